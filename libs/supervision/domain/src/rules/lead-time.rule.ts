import { ExpertsDrawn, ReviewPlanFiled, type EventOf } from '@zc/contracts';
import { requirementOf } from './national-minimums';
import type { RuleContext, SupervisionRule, Violation } from './supervision-rule';

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

async function leadDays(context: RuleContext, planId: string | undefined): Promise<{ required: number; source: string }> {
  const plan = planId ? await context.plan(planId) : null;
  return requirementOf(plan, planId, 'extractionLeadDays');
}

/** R-CM-2: the review plan is reported and the experts drawn at least the lead time before the meeting. */
export const leadTimeRule: SupervisionRule = {
  ruleId: 'R-CM-2',
  name: 'review plan or draw later than the lead time',
  severity: 'high',
  triggers: [ReviewPlanFiled.type, ExpertsDrawn.type],
  async evaluate(event, context) {
    if (event.type === ReviewPlanFiled.type) {
      const { reviewPlanId, meetingOn, filedOn, planId } = (event as EventOf<typeof ReviewPlanFiled>).data;
      return late(reviewPlanId, 'filed', filedOn, meetingOn, await leadDays(context, planId), [event.id]);
    }
    const { reviewPlanId, drawnOn } = (event as EventOf<typeof ExpertsDrawn>).data;
    const [filed] = await context.eventsOf<EventOf<typeof ReviewPlanFiled>>(reviewPlanId, ReviewPlanFiled.type);
    if (!drawnOn || !filed) return [];
    return late(reviewPlanId, 'drawn', drawnOn, filed.data.meetingOn, await leadDays(context, filed.data.planId), [filed.id, event.id]);
  },
};

function late(reviewPlanId: string, step: 'filed' | 'drawn', on: string, meetingOn: string, lead: { required: number; source: string }, evidence: string[]): Violation[] {
  const days = daysBetween(on, meetingOn);
  if (days >= lead.required) return [];
  return [
    {
      subject: reviewPlanId,
      subjectKind: 'review-plan',
      title: step === 'filed' ? '评审方案报送晚于规定提前期 — review plan filed too late' : '专家抽取晚于规定提前期 — experts drawn too late',
      detail: `${step} on ${on}, ${days} days before the meeting on ${meetingOn}; ${lead.source} requires at least ${lead.required}`,
      evidence,
      dedupeKey: `R-CM-2:${reviewPlanId}:${step}`,
    },
  ];
}
