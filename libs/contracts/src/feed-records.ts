import { z } from 'zod';
import { DEGREES, STUDY_MODES } from './verification-facts';
import type { FeedSourceName } from './topics';

/**
 * The records other agencies send, whichever way (stream, file, query service, push): one JSON
 * object (or CSV row with these headers) per record. Verification validates them with the same
 * patterns (libs/verification/domain/feeds); these schemas document them for the agencies.
 */
export const FEED_PATTERNS = {
  idNumber: /^\d{17}[\dX]$/,
  creditCode: /^[0-9A-HJ-NPQRTUWXY]{18}$/,
  yearMonth: /^(19|20)\d{2}-(0[1-9]|1[0-2])$/,
  year: /^(19|20)\d{2}$/,
  hours: /^\d{1,4}(\.\d)?$/,
  date: /^(19|20)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  certificateNumber: /^[0-9A-Z]{6,40}$/,
} as const;

const idNumber = z.string().regex(FEED_PATTERNS.idNumber).describe('Resident identity number (GB 11643)');
const text = (max: number) => z.string().min(1).max(max);

export const FeedRecordSchemas: Record<FeedSourceName, z.ZodObject> = {
  'social-security': z.object({
    idNumber,
    employerCreditCode: z.string().regex(FEED_PATTERNS.creditCode).describe('The paying unit (GB 32100)'),
    month: z.string().regex(FEED_PATTERNS.yearMonth).describe('YYYY-MM of the contribution'),
  }),
  'continuing-education': z.object({
    idNumber,
    year: z.union([z.int().min(1900).max(2099), z.string().regex(FEED_PATTERNS.year)]),
    courseCode: text(64),
    provider: text(100),
    hours: z
      .union([z.number().positive().max(9_999.9).refine((hours) => FEED_PATTERNS.hours.test(String(hours)), 'at most one decimal'), z.string().regex(FEED_PATTERNS.hours)])
      .describe('Hours, positive, at most one decimal'),
  }),
  degree: z.object({
    idNumber,
    certificateNumber: z.string().regex(FEED_PATTERNS.certificateNumber),
    degree: z.enum(DEGREES),
    institution: text(100),
    major: text(100),
    graduatedOn: z.string().regex(FEED_PATTERNS.date).describe('YYYY-MM-DD'),
    studyMode: z.enum(STUDY_MODES).describe('Full-time and part-time count alike (R-VF-3)'),
  }),
};
