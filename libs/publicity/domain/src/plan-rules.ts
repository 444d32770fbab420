import type { AnnualPlan } from '@zc/contracts';

/** What publicity keeps of each plan version. */
export interface PublicityPlanRules {
  /** R-PB-1: results stay on display at least this many working days. */
  workingDays: number;
  /** R-PB-4: calendar days to report results after the review, and to file them after publicity; null where the plan sets none. */
  reportWithinDays: number | null;
  fileWithinDays: number | null;
}

/** Read from the plan as the contract types it: each number is the plan's own, none defaulted. */
export function publicityRulesOf(plan: Pick<AnnualPlan, 'resultPublicityWorkingDays' | 'resultReporting'>): PublicityPlanRules {
  return {
    workingDays: plan.resultPublicityWorkingDays,
    reportWithinDays: plan.resultReporting?.reportWithinDays ?? null,
    fileWithinDays: plan.resultReporting?.fileWithinDays ?? null,
  };
}

/**
 * A result whose plan version publicity has not received: its window and deadlines are the plan's,
 * so nothing is guessed; the event is retried (the plan's event may be on its way) and, failing
 * that, dead-lettered with this reason.
 */
export class PlanNotKnownError extends Error {
  constructor(planId: string, version: number) {
    super(`plan ${planId} v${version} is not known to publicity yet: its publicity rules (R-PB-1, R-PB-4) cannot be applied`);
    this.name = 'PlanNotKnownError';
  }
}
