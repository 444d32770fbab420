import { CommitteeAuthorityLost, ReviewPlanFiled, type EventOf } from '@zc/contracts';
import type { SupervisionRule } from './supervision-rule';

/**
 * R-CM-8: committees finish by the plan's deadline. A meeting planned after it is a finding when
 * filed; a committee that missed it loses this year's authority (in Jilin for 3 years), which the
 * committee service announces.
 */
export const committeeDeadlineRule: SupervisionRule = {
  ruleId: 'R-CM-8',
  name: 'a committee missing its annual deadline',
  severity: 'high',
  triggers: [CommitteeAuthorityLost.type, ReviewPlanFiled.type],
  async evaluate(event, context) {
    if (event.type === ReviewPlanFiled.type) {
      const { reviewPlanId, committeeId, meetingOn, planId } = (event as EventOf<typeof ReviewPlanFiled>).data;
      const plan = planId ? await context.plan(planId) : null;
      // No plan received, no deadline known: nothing to judge yet (there is no national date).
      const deadline = plan?.stages.committeeDeadline;
      if (!deadline || meetingOn <= deadline) return [];
      return [
        {
          subject: reviewPlanId,
          subjectKind: 'review-plan',
          title: '评审会议安排在年度截止日期之后 — a meeting planned after the annual deadline',
          detail: `committee ${committeeId} plans to meet on ${meetingOn}; plan ${planId} ends reviews on ${deadline}`,
          evidence: [event.id],
          dedupeKey: `R-CM-8:${reviewPlanId}`,
        },
      ];
    }
    const { committeeId, barredUntil, reason, lapsedReviewPlans } = (event as EventOf<typeof CommitteeAuthorityLost>).data;
    return [
      {
        subject: committeeId,
        subjectKind: 'committee',
        title: '评委会未按期完成年度评审 — a committee missed its annual deadline',
        detail: `${reason}; ${lapsedReviewPlans.length} review plan(s) lapsed; not authorised until ${barredUntil}`,
        evidence: [event.id],
        dedupeKey: `R-CM-8:${committeeId}:${barredUntil}`,
      },
    ];
  },
};
