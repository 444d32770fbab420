import { FEED_PATTERNS } from '@zc/contracts';
import { text, upper, type FeedSourceDefinition, type RowVerdict } from './feed-source';

/** Hours of one course a person completed in a year (R-VF-1). */
export interface ContinuingEducationRow {
  idNumber: string;
  year: number;
  courseCode: string;
  provider: string;
  hours: number;
}

const { idNumber: ID_NUMBER, year: YEAR, hours: HOURS } = FEED_PATTERNS;

export function validateContinuingEducationRow(fields: Readonly<Record<string, unknown>>): RowVerdict<ContinuingEducationRow> {
  const idNumber = upper(fields['idNumber']);
  const year = text(fields['year']);
  const courseCode = text(fields['courseCode']);
  const provider = text(fields['provider']);
  const hours = text(fields['hours']);
  if (!ID_NUMBER.test(idNumber)) return { ok: false, reason: 'idNumber: must be 17 digits followed by a digit or X' };
  if (!YEAR.test(year)) return { ok: false, reason: 'year: must be a four-digit year' };
  if (courseCode.length === 0 || courseCode.length > 64) return { ok: false, reason: 'courseCode: must be 1 to 64 characters' };
  if (provider.length === 0 || provider.length > 100) return { ok: false, reason: 'provider: must be 1 to 100 characters' };
  if (!HOURS.test(hours) || Number(hours) <= 0) return { ok: false, reason: 'hours: must be a positive number with at most one decimal' };
  return { ok: true, row: { idNumber, year: Number(year), courseCode, provider, hours: Number(hours) } };
}

export const CONTINUING_EDUCATION_FEED: FeedSourceDefinition<ContinuingEducationRow> = {
  source: 'continuing-education',
  columns: [
    { name: 'idNumber', type: 'text' },
    { name: 'year', type: 'int' },
    { name: 'courseCode', type: 'text' },
    { name: 'provider', type: 'text' },
    { name: 'hours', type: 'numeric' },
  ],
  validate: validateContinuingEducationRow,
};
