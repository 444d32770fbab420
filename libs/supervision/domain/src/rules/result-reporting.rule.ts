import { ReportingOverdue, ResultsReported, type EventOf } from '@zc/contracts';
import type { SupervisionRule, Violation } from './supervision-rule';

const KIND = { report: '报送评审结果 — results reported', filing: '报送备案材料 — results filed' } as const;

/** R-PB-4: results reported to the province and filed by the plan's deadlines; one finding per duty. */
export const lateReportingRule: SupervisionRule = {
  ruleId: 'R-PB-4',
  name: 'results reported or filed late',
  severity: 'medium',
  triggers: [ResultsReported.type, ReportingOverdue.type],
  async evaluate(event) {
    const finding = (kind: 'report' | 'filing', declarationId: string, detail: string): Violation => ({
      subject: declarationId,
      subjectKind: 'declaration',
      title: `逾期${KIND[kind]} late`,
      detail,
      evidence: [event.id],
      dedupeKey: `R-PB-4:${kind}:${declarationId}`,
    });
    if (event.type === ReportingOverdue.type) {
      const { kind, committee, declarationId, dueAt } = (event as EventOf<typeof ReportingOverdue>).data;
      return [finding(kind, declarationId, `committee ${committee} had not done the ${kind} due ${dueAt}`)];
    }
    const { kind, committee, reportedAt, results } = (event as EventOf<typeof ResultsReported>).data;
    return results.filter((r) => r.late).map((r) => finding(kind, r.declarationId, `committee ${committee} did the ${kind} on ${reportedAt}, due ${r.dueAt}`));
  },
};
