/**
 * The review stages of a declaration inside intake (R-RV-*), before the downstream services take
 * over at `accepted`. Downstream progress uses the statuses of ../declaration-status.ts.
 */
export const REVIEW_STATUSES = [
  'draft',
  'submitted', // with the employer
  'returned-by-employer',
  'recommended', // with the competent department
  'returned-by-department',
  'forwarded', // with the committee office
  'correction-requested', // returned once by the office, with every defect and a deadline (R-RV-4)
  'resubmitted',
  'awaiting-fee', // R-RV-5
  'accepted', // routed to its committee; verification and review follow
  'declined', // not accepted by the office after its one return
  'abandoned', // a correction or fee deadline passed
  'withdrawn',
] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** Who may act on a declaration in a status (the HTTP layer maps roles to these actors). */
export type Actor = 'applicant' | 'employer' | 'department' | 'committee-office' | 'bureau' | 'system';
