import type { CommitteePlanSlice, PassRateCap } from '@zc/contracts';

/** The parts of an annual plan the committee applies, as the plan sets them (none defaulted). */
export interface CommitteePlanRules {
  /** R-RV-3: the plan's meeting window. */
  meetings: { opens: string; closes: string };
  /** R-CM-8: reviews finish by this day. */
  committeeDeadline: string;
  /** R-CM-8 (Jilin): years a committee that missed the deadline may not be authorised; 0 where the plan sets no bar. */
  missedDeadlineBarYears: number;
  /** R-CM-2: days before the meeting by which the plan is filed and the experts drawn. */
  extractionLeadDays: number;
  /** R-CM-1 (Jilin): each meeting is applied for and approved before its draw. */
  committeeMeetingApproval: boolean;
  /** R-CM-6 */
  defenceLevels: string[];
  /** R-CM-9 */
  passRateCaps: PassRateCap[];
}

export function committeePlanRulesOf(plan: CommitteePlanSlice): CommitteePlanRules {
  const { stages, extractionLeadDays, committeeMeetingApproval, defenceLevels, passRateCaps } = plan;
  return { meetings: stages.meetings, committeeDeadline: stages.committeeDeadline, missedDeadlineBarYears: stages.missedDeadlineBarYears, extractionLeadDays, committeeMeetingApproval, defenceLevels, passRateCaps };
}
