import { Injectable } from '@nestjs/common';
import { EventTransactions } from '@zc/messaging';
import { Clock } from '@zc/platform';
import { VerificationPrisma } from '@zc/verification/data-access';
import { CheckRunner } from './check-runner';
import { lockCheck } from './lock-check';

/**
 * A pending check at the plan's timeout: judged once more (data may have arrived unnoticed) and,
 * still without data, sent to the committee office's manual-review queue.
 */
@Injectable()
export class TimeOutCheckCommand {
  constructor(
    private readonly transactions: EventTransactions<VerificationPrisma>,
    private readonly runner: CheckRunner,
    private readonly clock: Clock,
  ) {}

  async execute(checkId: string): Promise<'done' | 'not-due'> {
    return this.transactions.execute(async (tx, publish) => {
      const check = await lockCheck(tx, checkId);
      if (!check || check.status !== 'pending') return 'done';
      if (check.timesOutAt && check.timesOutAt.getTime() > this.clock.now().getTime()) return 'not-due';
      const kase = await tx.declarationCase.findUniqueOrThrow({ where: { declarationId: check.declarationId } });
      const cause = { correlationId: check.declarationId };
      const stillPending = await this.runner.run(tx, publish, kase, check, cause);
      if (stillPending) {
        const { reason } = await tx.checkResult.findUniqueOrThrow({ where: { id: checkId } });
        await this.runner.sendToManualReview(tx, publish, kase, check, `no feed data by the plan's timeout (${check.timesOutAt?.toISOString()}): ${reason}; the committee office decides`, [], cause);
      }
      return 'done';
    });
  }
}
