import { DeclarationStatusChanged, type EventOf, type SupervisionPlanSlice } from '@zc/contracts';
import type { SupervisionRule } from './supervision-rule';

type Stages = SupervisionPlanSlice['stages'];

/** The last day of the stage each transition closes, from the plan (R-RV-3). */
const STAGE_CLOSES: Record<string, (stages: Stages) => string> = {
  submitted: (stages) => stages.applicantSubmission?.closes,
  recommended: (stages) => stages.employerReviewCloses,
  forwarded: (stages) => stages.departmentReviewCloses,
  accepted: (stages) => stages.officeReviewCloses,
};

/** R-RV-3: each stage ends by the plan's deadline; a step taken after it is a finding. */
export const stageDeadlineRule: SupervisionRule = {
  ruleId: 'R-RV-3',
  name: 'a stage deadline missed',
  severity: 'medium',
  triggers: [DeclarationStatusChanged.type],
  async evaluate(event, context) {
    const { declarationId, to, on } = (event as EventOf<typeof DeclarationStatusChanged>).data;
    const closesOf = STAGE_CLOSES[to];
    if (!closesOf || !on) return [];
    const declaration = await context.caseOf(declarationId);
    const plan = declaration?.planId ? await context.plan(declaration.planId, declaration.planVersion) : null;
    // No plan received, no stage deadline known: nothing to judge (there is no national date).
    const closes = plan ? closesOf(plan.stages) : undefined;
    if (!closes || on <= closes) return [];
    return [
      {
        subject: declarationId,
        subjectKind: 'declaration',
        title: '超过年度计划规定的阶段截止日期 — a stage deadline missed',
        detail: `the declaration became ${to} on ${on}; the plan ${declaration?.planId} closed that stage on ${closes}`,
        evidence: [event.id],
        dedupeKey: `R-RV-3:${declarationId}:${to}`,
      },
    ];
  },
};
