import { FEED_PATTERNS } from '@zc/contracts';
import { text, upper, type FeedSourceDefinition, type RowVerdict } from './feed-source';

/** One month of contributions paid by a unit for a person (R-RV-2, R-VF-2). */
export interface SocialSecurityRow {
  idNumber: string;
  employerCreditCode: string;
  /** YYYY-MM */
  month: string;
}

const { idNumber: ID_NUMBER, creditCode: CREDIT_CODE, yearMonth: MONTH } = FEED_PATTERNS;

export function validateSocialSecurityRow(fields: Readonly<Record<string, unknown>>): RowVerdict<SocialSecurityRow> {
  const idNumber = upper(fields['idNumber']);
  const employerCreditCode = upper(fields['employerCreditCode']);
  const month = text(fields['month']);
  if (!ID_NUMBER.test(idNumber)) return { ok: false, reason: 'idNumber: must be 17 digits followed by a digit or X' };
  if (!CREDIT_CODE.test(employerCreditCode)) return { ok: false, reason: 'employerCreditCode: must be an 18-character unified social credit code' };
  if (!MONTH.test(month)) return { ok: false, reason: 'month: must be YYYY-MM' };
  return { ok: true, row: { idNumber, employerCreditCode, month } };
}

export const SOCIAL_SECURITY_FEED: FeedSourceDefinition<SocialSecurityRow> = {
  source: 'social-security',
  columns: [
    { name: 'idNumber', type: 'text' },
    { name: 'employerCreditCode', type: 'text' },
    { name: 'month', type: 'text' },
  ],
  validate: validateSocialSecurityRow,
};
