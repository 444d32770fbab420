import { Injectable } from '@nestjs/common';
import type { EventOf, PlanPublished } from '@zc/contracts';
import { EventTransactions } from '@zc/messaging';
import { VerificationPrisma } from '@zc/verification/data-access';

const CONSUMER = 'verification.record-plan';

/**
 * Keeps every version of every plan's verification rules: a declaration is checked by its own
 * version. The plan arrives parsed by its contract (one missing these fields is dead-lettered).
 */
@Injectable()
export class RecordPlanCommand {
  constructor(private readonly transactions: EventTransactions<VerificationPrisma>) {}

  async execute(event: EventOf<typeof PlanPublished>): Promise<void> {
    const { planId, version, year, document } = event.data;
    // R-VF-*, R-RV-2 and the cut-off of R-EL-9, as the plan sets them.
    const { verification: rules, qualificationCutoff } = document;
    await this.transactions.handleOnce(CONSUMER, event, async (tx) => {
      await tx.verificationPlan.upsert({
        where: { planId_version: { planId, version } },
        create: { planId, version, year, qualificationCutoff, rules },
        update: {},
      });
    });
  }
}
