import { DeclarationAccepted, type EventOf } from '@zc/contracts';
import type { SupervisionRule } from './supervision-rule';

/**
 * R-EL-5: one employer's declarations of a series and level go to one committee (no 多头报送).
 * Deferred: the other declarations travel on other partitions.
 */
export const oneCommitteePerUnitRule: SupervisionRule = {
  ruleId: 'R-EL-5',
  name: 'one unit sending the same series and level to two committees',
  severity: 'high',
  triggers: [DeclarationAccepted.type],
  deferred: true,
  async evaluate(event, context) {
    const { declarationId, employerCreditCode, series, level, planId, committee } = (event as EventOf<typeof DeclarationAccepted>).data;
    if (!committee) return [];
    const others = (await context.declarationsLike({ employerCreditCode, series, level, planId })).filter((other) => other.id !== declarationId && other.committee && other.committee !== committee);
    if (others.length === 0) return [];
    const accepted = await Promise.all(others.map(async (other) => (await context.eventsOf(other.id, DeclarationAccepted.type)).map((e) => e.id)));
    const committees = [...new Set([committee, ...others.map((other) => other.committee)])].sort();
    return [
      {
        subject: declarationId,
        subjectKind: 'declaration',
        title: '同一单位同系列同层级多头报送 — one unit, two committees',
        detail: `employer ${employerCreditCode} sent ${series} ${level} declarations under ${planId} to ${committees.join(' and ')}`,
        evidence: [event.id, ...accepted.flat()],
        dedupeKey: `R-EL-5:${employerCreditCode}:${series}:${level}:${planId}`,
      },
    ];
  },
};
