import { CommitteeAuthorityLost, createEvent } from '@zc/contracts';
import type { CommitteePrisma } from '@zc/committee/data-access';
import { barForMissedDeadline } from '@zc/committee/domain';
import type { Publish } from '@zc/messaging';
import { filedPlanRules } from '../plans/committee-plan-rules';

const FINISHED = ['closed', 'rejected', 'lapsed'];

/**
 * R-CM-8: applied whenever a committee acts. Review plans left unfinished past their plan's
 * deadline lapse; where the plan bars such a committee (Jilin: 3 years), the bar is recorded and
 * published; whether the committee may still review is then its standing's to say (reviewRefusal).
 */
export async function enforceDeadlines(tx: CommitteePrisma, publish: Publish, committeeId: string, today: string, correlationId: string): Promise<void> {
  const committee = await tx.committee.findUnique({ where: { id: committeeId } });
  if (!committee) return;
  const unfinished = await tx.reviewPlan.findMany({ where: { committeeId, status: { notIn: FINISHED } } });
  const withRules = await Promise.all(unfinished.map(async (plan) => ({ plan, rules: await filedPlanRules(tx, plan.planId) })));
  const overdue = withRules.filter(({ rules }) => today > rules.committeeDeadline);
  if (overdue.length > 0) {
    await tx.reviewPlan.updateMany({ where: { id: { in: overdue.map(({ plan }) => plan.id) } }, data: { status: 'lapsed' } });
    await tx.routedDeclaration.updateMany({ where: { reviewPlanId: { in: overdue.map(({ plan }) => plan.id) } }, data: { reviewPlanId: null } });
  }
  const bar = barForMissedDeadline(overdue.map(({ plan, rules }) => ({ planId: plan.planId, deadline: rules.committeeDeadline, barYears: rules.missedDeadlineBarYears })), today);
  if (bar && (committee.barredUntil ?? '') < bar.until) {
    await tx.committee.update({ where: { id: committeeId }, data: { barredUntil: bar.until, barredBecause: bar.because } });
    await publish(createEvent(CommitteeAuthorityLost, committeeId, { committeeId, barredUntil: bar.until, reason: bar.because, lapsedReviewPlans: overdue.map(({ plan }) => plan.id) }, { source: 'committee', correlationId }));
  }
}
