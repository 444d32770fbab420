import { ExpertsDrawn, ReviewPlanFiled, type EventOf } from '@zc/contracts';
import type { SupervisionRule, Violation } from './supervision-rule';

/** R-CM-3: a panel that must hold high-skill experts drew at least that many. */
export const highSkillExpertRule: SupervisionRule = {
  ruleId: 'R-CM-3',
  name: 'no high-skill expert drawn where required',
  severity: 'high',
  triggers: [ExpertsDrawn.type],
  async evaluate(event, context) {
    const drawn = (event as EventOf<typeof ExpertsDrawn>).data;
    const [filed] = await context.eventsOf<EventOf<typeof ReviewPlanFiled>>(drawn.reviewPlanId, ReviewPlanFiled.type);
    if (!filed) return [];
    return drawn.panels.flatMap((panel): Violation[] => {
      const minimum = filed.data.panels.find((spec) => spec.specialty === panel.specialty)?.highSkillMinimum ?? 0;
      const highSkill = panel.highSkillMembers?.length;
      if (minimum === 0 || highSkill === undefined || highSkill >= minimum) return [];
      return [
        {
          subject: drawn.reviewPlanId,
          subjectKind: 'review-plan',
          title: '未按要求抽取高技能人才评委 — no high-skill expert drawn where required',
          detail: `the ${panel.specialty} panel drew ${highSkill} high-skill experts; the review plan requires ${minimum}`,
          evidence: [filed.id, event.id],
          dedupeKey: `R-CM-3:${drawn.reviewPlanId}:${panel.specialty}`,
        },
      ];
    });
  },
};

/** R-CM-4: an expert recused for their employer or a declared conflict is never drawn. */
export const recusedExpertRule: SupervisionRule = {
  ruleId: 'R-CM-4',
  name: 'a recused expert drawn',
  severity: 'critical',
  triggers: [ExpertsDrawn.type],
  async evaluate(event) {
    const drawn = (event as EventOf<typeof ExpertsDrawn>).data;
    return drawn.panels.flatMap((panel): Violation[] => {
      const recused = new Set(panel.recused ?? []);
      const seated = [...panel.members, ...panel.substitutes].filter((id) => recused.has(id));
      if (seated.length === 0) return [];
      return [
        {
          subject: drawn.reviewPlanId,
          subjectKind: 'review-plan',
          title: '应回避的评委被抽中 — a recused expert drawn',
          detail: `the ${panel.specialty} panel drew ${seated.length} expert(s) who must recuse: ${seated.join(', ')}`,
          evidence: [event.id],
          dedupeKey: `R-CM-4:${drawn.reviewPlanId}:${panel.specialty}`,
        },
      ];
    });
  },
};
