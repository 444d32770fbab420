import type { CommitteePrisma } from '@zc/committee/data-access';

/** The parts of an annual plan the committee applies. */
export interface CommitteePlanRules {
  meetings: { opens: string; closes: string };
  committeeDeadline: string;
  /** R-CM-8 (Jilin): years a committee that missed the deadline may not be authorised. */
  missedDeadlineBarYears: number;
  extractionLeadDays: number;
  /** R-CM-1 (Jilin): each meeting is applied for and approved before its draw. */
  committeeMeetingApproval: boolean;
  defenceLevels: string[];
  passRateCaps: { description: string; series: string[]; maxRate: number }[];
}

export async function latestPlanRules(prisma: Pick<CommitteePrisma, 'committeePlan'>, planId: string): Promise<CommitteePlanRules | null> {
  const plan = await prisma.committeePlan.findFirst({ where: { planId }, orderBy: { version: 'desc' } });
  if (!plan) return null;
  const document = plan.document as { stages: { meetings: CommitteePlanRules['meetings']; committeeDeadline: string; missedDeadlineBarYears?: number } } & Omit<CommitteePlanRules, 'meetings' | 'committeeDeadline' | 'missedDeadlineBarYears'>;
  return {
    meetings: document.stages.meetings,
    committeeDeadline: document.stages.committeeDeadline,
    missedDeadlineBarYears: document.stages.missedDeadlineBarYears ?? 0,
    extractionLeadDays: document.extractionLeadDays,
    committeeMeetingApproval: document.committeeMeetingApproval ?? false,
    defenceLevels: document.defenceLevels,
    passRateCaps: document.passRateCaps,
  };
}
