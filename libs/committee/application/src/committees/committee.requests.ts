import { z } from 'zod';

const isoDate = z.iso.date();
const creditCode = z.string().trim().toUpperCase().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, 'must be an 18-character unified social credit code (GB 32100)');

export const registerCommitteeRequest = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be a committee id such as tianjin-engineering-quality-metrology'),
  name: z.string().trim().min(1).max(100),
  organisingUnit: z.string().trim().min(1).max(100),
  type: z.enum(['socialised', 'self-evaluation', 'joint']),
  region: z.string().trim().min(1).max(32),
  series: z.array(z.string().min(1)).min(1),
  specialties: z.array(z.string().min(1)).min(1),
  levels: z.array(z.enum(['primary', 'intermediate', 'deputy-senior', 'senior'])).min(1),
  filingNumber: z.string().trim().min(1).max(64),
  filedUntil: isoDate,
  openToHighSkill: z.boolean(),
});

export const addExpertRequest = z.strictObject({
  /**
   * The expert's sign-in account (the subject of their token), so the drawn expert commits, reads
   * and votes as themselves; a fresh id when left out (an expert without an account yet).
   */
  id: z.uuid().optional(),
  name: z.string().trim().min(1).max(50),
  specialties: z.array(z.string().min(1)).min(1),
  titleLevel: z.enum(['deputy-senior', 'senior']),
  employerCreditCode: creditCode,
  highSkill: z.boolean().default(false),
  nonPublic: z.boolean().default(false),
  available: z.boolean().default(true),
  conflicts: z.array(z.uuid()).default([]),
});

export const entrustmentLetterRequest = z.strictObject({
  /** The region whose declarations this committee takes. */
  fromRegion: z.string().trim().min(1).max(32),
  series: z.string().min(1),
  levels: z.array(z.enum(['primary', 'intermediate', 'deputy-senior', 'senior'])).min(1),
  /** Empty: every specialty of the series. */
  specialties: z.array(z.string().min(1)).default([]),
  validUntil: isoDate,
});
