/**
 * Quorum and the vote (R-CM-5, R-CM-7, R-CM-9). Ballots are counted per declaration with no link to
 * who cast them; these rules see only counts.
 */
export interface QuorumRule {
  /** Share of the panel's members who must attend; 2/3 unless the plan says otherwise. */
  share: number;
}

export const DEFAULT_QUORUM: QuorumRule = { share: 2 / 3 };

export function quorumMet(members: number, attending: number, rule: QuorumRule = DEFAULT_QUORUM): boolean {
  return members > 0 && attending >= Math.ceil(members * rule.share - 1e-9);
}

export interface Count {
  declarationId: string;
  attending: number;
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
}

export interface Result extends Count {
  outcome: 'passed' | 'failed';
  reason: string;
}

/** R-CM-7: at least two thirds of the attending members in favour (integers, so no rounding). */
export function passesTwoThirds(count: Pick<Count, 'attending' | 'votesFor'>): boolean {
  return count.attending > 0 && count.votesFor * 3 >= count.attending * 2;
}

/**
 * Results of a panel's declarations. With a pass-rate cap (R-CM-9, e.g. Jilin third-level posts
 * at 40 %), at most floor(cap × declarations) pass: those with the most votes in favour; a tie at
 * the cap's edge passes none of the tied, since the cap may not be exceeded.
 */
export function results(counts: readonly Count[], passRateCap?: number): Result[] {
  const passing = counts.filter(passesTwoThirds);
  let admitted = new Set(passing.map((c) => c.declarationId));
  let capNote = '';
  if (passRateCap !== undefined) {
    const places = Math.floor(counts.length * passRateCap + 1e-9);
    if (passing.length > places) {
      const score = (c: Count) => c.votesFor / c.attending;
      const ranked = [...passing].sort((a, b) => score(b) - score(a));
      const firstLeftOut = score(ranked[places] as Count);
      admitted = new Set(ranked.slice(0, places).filter((c) => score(c) > firstLeftOut).map((c) => c.declarationId));
      capNote = `; the pass-rate cap of ${Math.round(passRateCap * 100)} % allows ${places} of ${counts.length} (R-CM-9)`;
    }
  }
  return counts.map((count) => {
    const tally = `${count.votesFor} of ${count.attending} attending members in favour, ${count.votesAgainst} against, ${count.abstentions} abstaining`;
    if (!passesTwoThirds(count)) return { ...count, outcome: 'failed', reason: `${tally}: fewer than two thirds in favour (R-CM-7)` };
    if (!admitted.has(count.declarationId)) return { ...count, outcome: 'failed', reason: `${tally}: two thirds in favour, but not among those the cap admits${capNote}` };
    return { ...count, outcome: 'passed', reason: `${tally}: at least two thirds in favour (R-CM-7)${capNote}` };
  });
}
