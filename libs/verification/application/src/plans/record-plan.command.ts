import { Injectable } from '@nestjs/common';
import { describeIssues, planVerificationRulesSchema, type EventOf, type PlanPublished } from '@zc/contracts';
import { EventTransactions } from '@zc/messaging';
import { VerificationPrisma } from '@zc/verification/data-access';

const CONSUMER = 'verification.record-plan';

/** Keeps every version of every plan's verification rules: a declaration is checked by its own version. */
@Injectable()
export class RecordPlanCommand {
  constructor(private readonly transactions: EventTransactions<VerificationPrisma>) {}

  async execute(event: EventOf<typeof PlanPublished>): Promise<void> {
    const { planId, version, year, document } = event.data;
    const rules = planVerificationRulesSchema.safeParse(document['verification']);
    if (!rules.success) throw new Error(`plan ${planId} v${version} has no valid verification rules: ${describeIssues(rules.error)}`);
    const qualificationCutoff = String(document['qualificationCutoff'] ?? `${year - 1}-12-31`);
    await this.transactions.handleOnce(CONSUMER, event, async (tx) => {
      await tx.verificationPlan.upsert({
        where: { planId_version: { planId, version } },
        create: { planId, version, year, qualificationCutoff, rules: rules.data },
        update: {},
      });
    });
  }
}
