import { z } from 'zod';
import { declaredEducationSchema } from '@zc/contracts';
import { CHANNEL_EVIDENCE, channelSchema, levelSchema } from '../plans/annual-plan.schema';

const isoDate = z.iso.date();

/** What an applicant declares about themselves: the facts every eligibility rule reads. */
export const applicantProfileSchema = z.object({
  /** R-EL-1 / R-EL-2 */
  personCategory: z.enum([
    'in-service',
    'new-employment-form',
    'freelancer',
    'civil-servant',
    'civil-servant-managed',
    'retiree',
    'public-institution-management-post',
  ]),
  /** R-EL-1: HK/Macau/Taiwan staff, and foreigners with a work permit or permanent residence. */
  origin: z.enum(['mainland', 'hk-macau-taiwan', 'foreign']),
  foreignerPermit: z.enum(['work-permit', 'permanent-residence', 'none']).default('none'),
  /** R-EL-3: last day of the influence period of a sanction, if any. */
  sanctionInfluenceUntil: isoDate.nullable().default(null),
  series: z.string().min(1),
  specialty: z.string().min(1),
  level: levelSchema,
  channel: channelSchema.default('normal'),
  /** R-EL-10: the current post. */
  currentPost: z.object({
    since: isoDate,
    unitKind: z.enum(['separate', 'combined', 'other']),
    tier: z.enum(['provincial', 'city', 'county']).optional(),
  }),
  /** R-EL-10: near-retirement reduction. */
  retirementDate: isoDate.nullable().default(null),
  /** R-EL-7: the national exam for exam-plus-review series. */
  exam: z.object({ series: z.string(), passedOn: isoDate }).nullable().default(null),
  /** R-EL-8: the entrustment letter issued in the system, when no local committee exists. */
  entrustmentLetterId: z.string().nullable().default(null),
  /** R-EL-11 ("3010") and R-EL-12. */
  grassrootsServiceYears: z.number().min(0).default(0),
  yearsAtIntermediate: z.number().min(0).default(0),
  /** R-CT-3: the title held now; one obtained by directed evaluation names its county. */
  heldTitle: z.object({ level: levelSchema, directedCounty: z.string().trim().min(2).max(100).nullable().default(null) }).nullable().default(null),
  /** R-EL-11, R-CT-3: the county a directed (定向) title is valid in; only for the directed channel. */
  directedCounty: z.string().trim().min(2).max(100).nullable().default(null),
  /** R-EL-11: evidence uploaded for the channel. */
  evidence: z.array(z.enum(CHANNEL_EVIDENCE)).default([]),
  /** R-EL-11: for exceptional declarations in Beijing, recommendations from full-senior experts. */
  seniorExpertRecommendations: z.number().int().min(0).default(0),
  /** R-VF-3: the highest degree, matched against the degree feed after acceptance. */
  education: declaredEducationSchema,
  /** R-VF-1: under the promise system the applicant promises the continuing-education hours. */
  continuingEducationPromise: z.boolean().default(false),
});

export type ApplicantProfile = z.infer<typeof applicantProfileSchema>;
