import { DeclarationStatusChanged, type EventOf } from '@zc/contracts';
import { requirementOf } from './national-minimums';
import type { SupervisionRule } from './supervision-rule';

/** R-RV-1: the employer recommends only after unit publicity of at least the plan's working days. */
export const unitPublicityRule: SupervisionRule = {
  ruleId: 'R-RV-1',
  name: 'unit publicity too short',
  severity: 'medium',
  triggers: [DeclarationStatusChanged.type],
  async evaluate(event, context) {
    const { declarationId, to, unitPublicity } = (event as EventOf<typeof DeclarationStatusChanged>).data;
    if (to !== 'recommended' || !unitPublicity) return [];
    const declaration = await context.caseOf(declarationId);
    const plan = declaration?.planId ? await context.plan(declaration.planId, declaration.planVersion) : null;
    const { required, source } = requirementOf(plan, declaration?.planId, 'unitPublicityWorkingDays');
    const days = context.calendar.workingDaysBetween(unitPublicity.from, unitPublicity.to, declaration?.region ?? undefined);
    if (days >= required) return [];
    return [
      {
        subject: declarationId,
        subjectKind: 'declaration',
        title: '单位公示不足规定工作日 — unit publicity too short',
        detail: `the employer recommended after unit publicity from ${unitPublicity.from} to ${unitPublicity.to}: ${days} working days, where ${source} requires ${required}`,
        evidence: [event.id],
        dedupeKey: `R-RV-1:${declarationId}`,
      },
    ];
  },
};
