import { Injectable } from '@nestjs/common';
import type { EventOf, FeedBatchReceived } from '@zc/contracts';
import { EventTransactions } from '@zc/messaging';
import { FEED_TABLES, VerificationPrisma } from '@zc/verification/data-access';
import { checksReading } from '@zc/verification/domain';
import { CheckRunner, type PendingCheck } from '../checks/check-runner';
import { PendingCheckScheduler } from '../checks/pending-check.scheduler';
import { lockCheck } from '../checks/lock-check';

/**
 * Late data: when a batch arrives (by any way in), every pending check of a person the batch has
 * records for is judged again. Pending checks are few, so each is looked up in the batch by person.
 */
@Injectable()
export class RerunPendingChecksCommand {
  constructor(
    private readonly prisma: VerificationPrisma,
    private readonly transactions: EventTransactions<VerificationPrisma>,
    private readonly runner: CheckRunner,
    private readonly scheduler: PendingCheckScheduler,
  ) {}

  async execute(event: EventOf<typeof FeedBatchReceived>): Promise<void> {
    const { source, batchId, rowsAccepted } = event.data;
    if (rowsAccepted === 0) return;
    const waiting = await this.prisma.$queryRawUnsafe<{ id: string }[]>(
      `SELECT c.id::text AS id FROM "CheckResult" c
       WHERE c.status = 'pending' AND c."check" = ANY($1::text[])
         AND EXISTS (SELECT 1 FROM "${FEED_TABLES[source]}" r WHERE r."idNumber" = c."idNumber" AND r."batchId" = $2)`,
      checksReading(source),
      batchId,
    );
    const stillPending: PendingCheck[] = [];
    for (const { id } of waiting) {
      const pending = await this.transactions.execute(async (tx, publish) => {
        const check = await lockCheck(tx, id);
        if (!check || check.status !== 'pending') return null;
        const kase = await tx.declarationCase.findUniqueOrThrow({ where: { declarationId: check.declarationId } });
        return this.runner.run(tx, publish, kase, check, { correlationId: event.correlationId, causedBy: event });
      });
      if (pending) stillPending.push(pending);
    }
    await this.scheduler.track(stillPending);
  }
}
