import { DEGREES, FEED_PATTERNS, STUDY_MODES, type Degree } from '@zc/contracts';
import { text, upper, type FeedSourceDefinition, type RowVerdict } from './feed-source';

/** A degree the education ministry's data records for a person (R-VF-3). */
export interface DegreeRow {
  idNumber: string;
  certificateNumber: string;
  degree: Degree;
  institution: string;
  major: string;
  /** YYYY-MM-DD */
  graduatedOn: string;
  studyMode: (typeof STUDY_MODES)[number];
}

const { idNumber: ID_NUMBER, date: DATE, certificateNumber: CERTIFICATE } = FEED_PATTERNS;

export function validateDegreeRow(fields: Readonly<Record<string, unknown>>): RowVerdict<DegreeRow> {
  const idNumber = upper(fields['idNumber']);
  const certificateNumber = upper(fields['certificateNumber']);
  const degree = text(fields['degree']);
  const institution = text(fields['institution']);
  const major = text(fields['major']);
  const graduatedOn = text(fields['graduatedOn']);
  const studyMode = text(fields['studyMode']);
  if (!ID_NUMBER.test(idNumber)) return { ok: false, reason: 'idNumber: must be 17 digits followed by a digit or X' };
  if (!CERTIFICATE.test(certificateNumber)) return { ok: false, reason: 'certificateNumber: must be 6 to 40 letters or digits' };
  if (!(DEGREES as readonly string[]).includes(degree)) return { ok: false, reason: `degree: must be one of ${DEGREES.join(', ')}` };
  if (institution.length === 0 || institution.length > 100) return { ok: false, reason: 'institution: must be 1 to 100 characters' };
  if (major.length === 0 || major.length > 100) return { ok: false, reason: 'major: must be 1 to 100 characters' };
  if (!DATE.test(graduatedOn) || Number.isNaN(Date.parse(graduatedOn))) return { ok: false, reason: 'graduatedOn: must be a date YYYY-MM-DD' };
  if (!(STUDY_MODES as readonly string[]).includes(studyMode)) return { ok: false, reason: `studyMode: must be one of ${STUDY_MODES.join(', ')}` };
  return { ok: true, row: { idNumber, certificateNumber, degree: degree as Degree, institution, major, graduatedOn, studyMode: studyMode as DegreeRow['studyMode'] } };
}

export const DEGREE_FEED: FeedSourceDefinition<DegreeRow> = {
  source: 'degree',
  columns: [
    { name: 'idNumber', type: 'text' },
    { name: 'certificateNumber', type: 'text' },
    { name: 'degree', type: 'text' },
    { name: 'institution', type: 'text' },
    { name: 'major', type: 'text' },
    { name: 'graduatedOn', type: 'date' },
    { name: 'studyMode', type: 'text' },
  ],
  validate: validateDegreeRow,
};
