import type { Refusal } from '../review-plan/review-plan-rules';

/** What decides whether a committee may review today: its filing and any bar. */
export interface CommitteeStanding {
  id: string;
  filingNumber: string;
  /** The last day its filing (备案) is valid. */
  filedUntil: string;
  /** R-CM-8: not authorised through this day, for a missed deadline. */
  barredUntil: string | null;
  barredBecause: string | null;
}

/** R-CM-1: only a filed committee, within its filing's validity, may review. */
export function filed(committee: Pick<CommitteeStanding, 'filedUntil'>, today: string): boolean {
  return committee.filedUntil >= today;
}

/** R-CM-8: a committee that missed its deadline where the plan bars it (Jilin: 3 years). */
export function barred(committee: Pick<CommitteeStanding, 'barredUntil'>, today: string): boolean {
  return committee.barredUntil !== null && committee.barredUntil >= today;
}

/** Authorised to review today: filed and within its filing (R-CM-1), and not barred (R-CM-8). */
export function authorised(committee: Pick<CommitteeStanding, 'filedUntil' | 'barredUntil'>, today: string): boolean {
  return filed(committee, today) && !barred(committee, today);
}

/** Why the committee may not file a review plan today, if it may not: a bar first, then an expired filing. */
export function reviewRefusal(committee: CommitteeStanding, today: string): Refusal {
  if (barred(committee, today)) return { ok: false, ruleId: 'R-CM-8', reason: `committee ${committee.id} is not authorised: ${committee.barredBecause ?? `barred until ${committee.barredUntil}`}` };
  if (!filed(committee, today)) {
    return { ok: false, ruleId: 'R-CM-1', reason: `committee ${committee.id}'s filing ${committee.filingNumber} expired on ${committee.filedUntil}; its results would not be recognised` };
  }
  return { ok: true };
}
