/**
 * One row of the social-security agency's bulk file: a month of contributions paid by a unit for
 * a person (R-RV-2, R-VF-2). Validation is cheap and total: every row is either a record or a
 * reason, never an exception, because a file of millions of rows must report all of its bad ones.
 */
export interface SocialSecurityRow {
  idNumber: string;
  employerCreditCode: string;
  /** YYYY-MM */
  month: string;
}

export type RowVerdict = { ok: true; row: SocialSecurityRow } | { ok: false; reason: string };

export const SOCIAL_SECURITY_COLUMNS = ['idNumber', 'employerCreditCode', 'month'] as const;

const ID_NUMBER = /^\d{17}[\dX]$/;
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;
const MONTH = /^(19|20)\d{2}-(0[1-9]|1[0-2])$/;

export function validateSocialSecurityRow(fields: Partial<Record<(typeof SOCIAL_SECURITY_COLUMNS)[number], unknown>>): RowVerdict {
  const idNumber = typeof fields.idNumber === 'string' ? fields.idNumber.trim().toUpperCase() : '';
  const employerCreditCode = typeof fields.employerCreditCode === 'string' ? fields.employerCreditCode.trim().toUpperCase() : '';
  const month = typeof fields.month === 'string' ? fields.month.trim() : '';
  if (!ID_NUMBER.test(idNumber)) return { ok: false, reason: 'idNumber: must be 17 digits followed by a digit or X' };
  if (!CREDIT_CODE.test(employerCreditCode)) return { ok: false, reason: 'employerCreditCode: must be an 18-character unified social credit code' };
  if (!MONTH.test(month)) return { ok: false, reason: 'month: must be YYYY-MM' };
  return { ok: true, row: { idNumber, employerCreditCode, month } };
}
