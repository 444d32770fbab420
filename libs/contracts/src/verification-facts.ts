import { z } from 'zod';

/**
 * What verification reads from other services' events: the education an applicant declares (carried
 * by DeclarationAccepted) and the verification section of an annual plan (carried by PlanPublished).
 * Both are contracts between intake and verification, so they live here, once.
 */
export const DEGREES = ['associate', 'bachelor', 'master', 'doctor'] as const;
export const degreeSchema = z.enum(DEGREES);
export type Degree = z.infer<typeof degreeSchema>;

/** R-VF-3: full-time and part-time degrees count alike; the mode is kept for the record only. */
export const STUDY_MODES = ['full-time', 'part-time'] as const;

export const declaredEducationSchema = z.object({
  degree: degreeSchema,
  institution: z.string().trim().min(1).max(100),
  major: z.string().trim().min(1).max(100),
  graduatedOn: z.iso.date(),
  studyMode: z.enum(STUDY_MODES),
  /** The degree certificate's number, when the applicant gives it; it makes the match exact. */
  certificateNumber: z.string().trim().min(1).max(40).optional(),
});
export type DeclaredEducation = z.infer<typeof declaredEducationSchema>;

const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM');

export const planVerificationRulesSchema = z.object({
  /** How long a check may wait for feed data before it goes to manual review. */
  pendingTimeoutSeconds: z.int().positive().max(366 * 86_400),
  /** R-RV-2, R-VF-2: months the declaring unit must have paid within the window. */
  socialSecurity: z
    .object({ minimumMonths: z.int().min(1).max(120), window: z.object({ from: yearMonth, to: yearMonth }) })
    .refine((rules) => rules.window.from <= rules.window.to, { message: 'window.from must not be after window.to', path: ['window', 'from'] }),
  /** R-VF-1: hours each year, the years counted, and the share of promises the bureau spot-checks. */
  continuingEducation: z.object({
    hoursPerYear: z.number().positive().max(1_000),
    years: z.array(z.int().min(2000).max(2100)).min(1),
    spotCheckRate: z.number().gt(0).lte(1),
  }),
  /** R-VF-3, R-EL-9: years from graduation to the plan's qualification cut-off, by level and degree. */
  degree: z.object({
    minimumYearsSinceGraduation: z.record(z.string(), z.partialRecord(degreeSchema, z.number().min(0).max(50))),
  }),
});
export type PlanVerificationRules = z.infer<typeof planVerificationRulesSchema>;
