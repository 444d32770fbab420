import { CommitteeAuthorityLost, createEvent } from '@zc/contracts';
import type { CommitteePrisma } from '@zc/committee/data-access';
import { barForMissedDeadline } from '@zc/committee/domain';
import type { Publish } from '@zc/messaging';
import { latestPlanRules } from '../plans/committee-plan-rules';

const FINISHED = ['closed', 'rejected', 'lapsed'];

/**
 * R-CM-8: applied whenever a committee acts. Review plans left unfinished past their plan's
 * deadline lapse; where the plan bars such a committee (Jilin: 3 years), the bar is recorded and
 * published. Returns the committee's bar, if any, as it stands today.
 */
export async function enforceDeadlines(tx: CommitteePrisma, publish: Publish, committeeId: string, today: string, correlationId: string): Promise<{ until: string; because: string } | null> {
  const committee = await tx.committee.findUnique({ where: { id: committeeId } });
  if (!committee) return null;
  const unfinished = await tx.reviewPlan.findMany({ where: { committeeId, status: { notIn: FINISHED } } });
  const withRules = await Promise.all(unfinished.map(async (plan) => ({ plan, rules: await latestPlanRules(tx, plan.planId) })));
  const overdue = withRules.filter(({ rules }) => rules && today > rules.committeeDeadline);
  if (overdue.length > 0) {
    await tx.reviewPlan.updateMany({ where: { id: { in: overdue.map(({ plan }) => plan.id) } }, data: { status: 'lapsed' } });
    await tx.routedDeclaration.updateMany({ where: { reviewPlanId: { in: overdue.map(({ plan }) => plan.id) } }, data: { reviewPlanId: null } });
  }
  const bar = barForMissedDeadline(overdue.map(({ plan, rules }) => ({ planId: plan.planId, deadline: rules!.committeeDeadline, barYears: rules!.missedDeadlineBarYears })), today);
  if (bar && (committee.barredUntil ?? '') < bar.until) {
    await tx.committee.update({ where: { id: committeeId }, data: { barredUntil: bar.until, barredBecause: bar.because } });
    await publish(createEvent(CommitteeAuthorityLost, committeeId, { committeeId, barredUntil: bar.until, reason: bar.because, lapsedReviewPlans: overdue.map(({ plan }) => plan.id) }, { source: 'committee', correlationId }));
  }
  const current = await tx.committee.findUniqueOrThrow({ where: { id: committeeId } });
  return current.barredUntil && current.barredUntil >= today ? { until: current.barredUntil, because: current.barredBecause ?? '' } : null;
}
