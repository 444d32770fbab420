import { Injectable } from '@nestjs/common';
import type { EventOf, FeedBatchReceived } from '@zc/contracts';
import { EventTransactions } from '@zc/messaging';
import { VerificationPrisma } from '@zc/verification/data-access';

const CONSUMER = 'verification.record-feed-batch';

/** Keeps each batch's data-quality report where ops can list it (GET /feeds/batches). */
@Injectable()
export class RecordFeedBatchCommand {
  constructor(private readonly transactions: EventTransactions<VerificationPrisma>) {}

  async execute(event: EventOf<typeof FeedBatchReceived>): Promise<void> {
    const { batchId, receivedAt, ...report } = event.data;
    await this.transactions.handleOnce(CONSUMER, event, async (tx) => {
      // A stream batch delivered twice reports twice under one id: the first report stands.
      await tx.feedBatch.upsert({ where: { batchId }, create: { batchId, receivedAt: new Date(receivedAt), ...report }, update: {} });
    });
  }
}
