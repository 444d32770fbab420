/** What someone asks to do with a declaration under review. */
export type ReviewCommand =
  | { type: 'submit'; by: 'applicant' }
  | { type: 'withdraw'; by: 'applicant' }
  | { type: 'return-to-applicant'; by: 'employer' | 'department'; reason: string }
  | { type: 'recommend'; by: 'employer'; unitPublicity: UnitPublicity }
  | { type: 'forward'; by: 'department' }
  | { type: 'request-correction'; by: 'committee-office'; defects: string[] }
  | { type: 'resubmit'; by: 'applicant' }
  | { type: 'accept'; by: 'committee-office'; committee: string }
  | { type: 'decline'; by: 'committee-office'; reason: string }
  | { type: 'pay-fee'; by: 'applicant'; paymentReference: string }
  | { type: 'abandon-overdue'; by: 'system' };

/** The employer's in-unit publicity of its recommendation (R-RV-1), kept as an image. */
export interface UnitPublicity {
  from: string;
  to: string;
  /** SHA-256 of the uploaded image of the publicity. */
  evidenceSha256: string;
}
