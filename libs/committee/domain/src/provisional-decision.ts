/**
 * Until review meetings and anonymous ballots exist (R-CM-5, R-CM-7), the committee records a
 * provisional decision that follows the verification verdict, with no votes cast. It is marked
 * as such in its reason so nobody mistakes it for a vote.
 */
export interface Decision {
  outcome: 'passed' | 'failed';
  attending: number;
  votesFor: number;
  votesAgainst: number;
  reason: string;
}

export function provisionalDecision(verdict: { outcome: 'passed' | 'failed'; reason: string }): Decision {
  return {
    outcome: verdict.outcome,
    attending: 0,
    votesFor: 0,
    votesAgainst: 0,
    reason: `provisional, no meeting held: follows the verification verdict (${verdict.outcome}: ${verdict.reason})`,
  };
}
