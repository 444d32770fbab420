import { endOfCalendarDay, toCalendarDate } from '@zc/calendar';
import { ObjectionDecided, ObjectionFiled, ResultPublished, WindowOpened, type EventOf } from '@zc/contracts';
import { requirementOf } from './national-minimums';
import type { SupervisionRule } from './supervision-rule';

/** R-PB-1: results stay on display at least the plan's working days, to midnight in Beijing. */
export const publicityLengthRule: SupervisionRule = {
  ruleId: 'R-PB-1',
  name: 'result publicity too short',
  severity: 'medium',
  triggers: [WindowOpened.type],
  async evaluate(event, context) {
    const { declarationId, opensAt, closesAt } = (event as EventOf<typeof WindowOpened>).data;
    const declaration = await context.caseOf(declarationId);
    const plan = declaration?.planId ? await context.plan(declaration.planId, declaration.planVersion) : null;
    const { required: days, source } = requirementOf(plan, declaration?.planId, 'resultPublicityWorkingDays');
    const lastDay = context.calendar.addWorkingDays(toCalendarDate(new Date(opensAt)), days, declaration?.region ?? undefined);
    const required = endOfCalendarDay(lastDay);
    if (Date.parse(closesAt) >= required.getTime()) return [];
    return [
      {
        subject: declarationId,
        subjectKind: 'declaration',
        title: '结果公示期不足 — result publicity too short',
        detail: `on display from ${opensAt} to ${closesAt}; the ${days} working days of ${source} run to ${required.toISOString()} (the end of ${lastDay} in Beijing)`,
        evidence: [event.id],
        dedupeKey: `R-PB-1:${declarationId}`,
      },
    ];
  },
};

/** R-PB-3: a result is published only when publicity ends with no objection open or upheld. */
export const publishedWithObjectionRule: SupervisionRule = {
  ruleId: 'R-PB-3',
  name: 'results published with an objection open',
  severity: 'critical',
  triggers: [ResultPublished.type],
  reads(event) {
    const { declarationId } = (event as EventOf<typeof ResultPublished>).data;
    return [ObjectionFiled.type, ObjectionDecided.type].map((type) => ({ caseKey: declarationId, type }));
  },
  async evaluate(event, context) {
    const { declarationId } = (event as EventOf<typeof ResultPublished>).data;
    const filed = await context.eventsOf<EventOf<typeof ObjectionFiled>>(declarationId, ObjectionFiled.type);
    const decided = await context.eventsOf<EventOf<typeof ObjectionDecided>>(declarationId, ObjectionDecided.type);
    const decision = new Map(decided.map((d) => [d.data.objectionId, d]));
    const blocking = filed.filter((f) => decision.get(f.data.objectionId)?.data.decision !== 'dismissed');
    if (blocking.length === 0) return [];
    const upheld = blocking.filter((f) => decision.has(f.data.objectionId)).length;
    return [
      {
        subject: declarationId,
        subjectKind: 'declaration',
        title: '异议未处理或成立仍公布结果 — published with an objection open or upheld',
        detail: `published with ${blocking.length - upheld} objection(s) open and ${upheld} upheld`,
        evidence: [...blocking.flatMap((f) => [f.id, decision.get(f.data.objectionId)?.id].filter((id): id is string => Boolean(id))), event.id],
        dedupeKey: `R-PB-3:${declarationId}`,
      },
    ];
  },
};
