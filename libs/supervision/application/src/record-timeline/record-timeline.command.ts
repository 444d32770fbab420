import { Injectable } from '@nestjs/common';
import type { Envelope } from '@zc/contracts';
import { EventTransactions } from '@zc/messaging';
import { SupervisionPrisma, type Prisma } from '@zc/supervision/data-access';
import { timelineEntryOf } from '@zc/supervision/domain';

const CONSUMER = 'supervision.record-timeline';

@Injectable()
export class RecordTimelineCommand {
  constructor(private readonly transactions: EventTransactions<SupervisionPrisma>) {}

  async execute(event: Envelope, topic: string): Promise<void> {
    await this.transactions.handleOnce(CONSUMER, event, async (tx) => {
      const entry = timelineEntryOf(event, topic);
      await tx.timelineEntry.create({ data: { ...entry, data: entry.data as Prisma.InputJsonValue } });
    });
  }
}
