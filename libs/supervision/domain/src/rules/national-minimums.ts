import type { SupervisionPlanSlice } from '@zc/contracts';

/**
 * The floors the notices set for every plan (DOMAIN.md): what a rule judges by when supervision has
 * not received the plan a case names (topics are not ordered against each other, so its event may
 * still be on its way), and the finding says so. Never a stand-in for a number of a plan it has.
 */
export const NATIONAL_MINIMUMS = {
  /** R-RV-1: unit publicity of at least 5 working days (000 §4(2), 004 §3(1)2). */
  unitPublicityWorkingDays: 5,
  /** R-PB-1: result publicity of at least 5 working days (000 §4(4), 004 §3(1)5, 003 §6(4)). */
  resultPublicityWorkingDays: 5,
  /** R-CM-2: the review plan reported and the experts drawn at least 7 days before the meeting (000 §4(3)). */
  extractionLeadDays: 7,
} as const satisfies Partial<SupervisionPlanSlice>;

type Floor = keyof typeof NATIONAL_MINIMUMS;

/** The number a rule requires: the plan's, or the notices' floor where the plan is unknown, with where it came from. */
export function requirementOf(plan: SupervisionPlanSlice | null, planId: string | null | undefined, field: Floor): { required: number; source: string } {
  if (plan) return { required: plan[field], source: `plan ${planId}` };
  return { required: NATIONAL_MINIMUMS[field], source: `the national minimum (plan ${planId ?? 'unnamed'} not received by supervision)` };
}
