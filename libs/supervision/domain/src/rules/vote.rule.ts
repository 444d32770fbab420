import { DecisionRecorded, type EventOf } from '@zc/contracts';
import type { SupervisionRule, Violation } from './supervision-rule';

/**
 * R-CM-7: at least two thirds of the panel attend (the platform's quorum), and a pass has at
 * least two thirds of those attending in favour. Integers only, so nothing rounds a breach away.
 */
export const quorumAndTwoThirdsRule: SupervisionRule = {
  ruleId: 'R-CM-7',
  name: 'quorum or two thirds broken',
  severity: 'critical',
  triggers: [DecisionRecorded.type],
  async evaluate(event) {
    const { declarationId, outcome, members, attending, votesFor } = (event as EventOf<typeof DecisionRecorded>).data;
    const violations: Violation[] = [];
    const finding = (what: string, title: string, detail: string): Violation => ({ subject: declarationId, subjectKind: 'declaration', title, detail, evidence: [event.id], dedupeKey: `R-CM-7:${declarationId}:${what}` });
    if (members !== undefined && 3 * attending < 2 * members) {
      violations.push(finding('quorum', '评审会议不足法定人数 — decided without a quorum', `${attending} of a panel of ${members} attended; two thirds must`));
    }
    if (outcome === 'passed' && 3 * votesFor < 2 * attending) {
      violations.push(finding('two-thirds', '同意票不足到会评委三分之二却通过 — passed without two thirds in favour', `passed with ${votesFor} of ${attending} attending in favour`));
    }
    return violations;
  },
};
