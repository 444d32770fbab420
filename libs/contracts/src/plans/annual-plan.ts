import { z } from 'zod';
import { planVerificationRulesSchema } from '../verification-facts';

/**
 * An annual plan: everything about a year's evaluation that differs by region, series or year is
 * data here, never code (DOMAIN.md: "region-specific rules belong in the annual plan"). Dates are
 * ISO calendar dates (YYYY-MM-DD) in China Standard Time; a stage is open through its last day.
 *
 * One shape for every service: intake authors and publishes plans by it, and
 * `intake.plan.published.v1` carries the whole plan parsed by it, so a consumer reads typed fields
 * and a plan missing one is dead-lettered with the reason on arrival. No field a rule reads has a
 * default: a region without a rule says so (0, null, false), so a renamed field cannot fall back
 * to a number silently.
 */
const isoDate = z.iso.date();

export const LEVELS = ['primary', 'intermediate', 'deputy-senior', 'senior'] as const;
export const levelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof levelSchema>;

/** Special channels (R-EL-11); `normal` is the ordinary route. */
export const CHANNELS = ['normal', 'exceptional', 'direct-vocational', 'early-graduate', 'grassroots-3010', 'directed'] as const;
export const channelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof channelSchema>;

/** Evidence kinds a channel can demand (R-EL-11), uploaded as materials. */
export const CHANNEL_EVIDENCE = [
  'employer-exceptional-application', // Tianjin: the employer's sealed application (001 §9(3))
  'peer-expert-recommendations', // Beijing: ≥2 full-senior experts' recommendation forms (004 §4(6))
  'vocational-qualification-certificate', // direct declaration from a vocational qualification
  'graduate-degree-certificate', // early declaration of engineering master's/doctor's graduates
  'postdoctoral-certificate',
  'grassroots-service-certificate', // "3010": ≥30 years grassroots, ≥10 at intermediate
  'directed-county-certificate', // directed evaluation in border counties (003 §1(9))
] as const;

/** Who may not declare at all (R-EL-2). */
export const EXCLUDED_CATEGORIES = ['civil-servant', 'civil-servant-managed', 'retiree', 'public-institution-management-post'] as const;

/** Minimum years in the current post before the next level (R-EL-10). */
export const yearsInPostRuleSchema = z.object({
  /** The level being declared. */
  level: levelSchema,
  /** Public institutions evaluating and appointing separately, or combined units. */
  unitKind: z.enum(['separate', 'combined', 'any']),
  /** Only for separate units: the unit's administrative tier. */
  tier: z.enum(['provincial', 'city', 'county', 'any']).default('any'),
  years: z.number().int().min(0),
  /** "within 2 years of retirement one year less (until end of 2024)" */
  nearRetirementReduction: z.object({ withinYearsOfRetirement: z.number().int().positive(), lessYears: z.number().int().positive(), until: isoDate }).optional(),
});

/** A rule that takes effect from a date, or is only a preference before it (R-EL-12). */
export const datedRuleSchema = z.object({
  ruleId: z.string().regex(/^R-[A-Z]{2}-\d+$/),
  description: z.string(),
  series: z.array(z.string()).min(1),
  levels: z.array(levelSchema).min(1),
  requirement: z.object({ kind: z.literal('grassroots-service-years'), minimum: z.number().positive() }),
  /** Before this date the requirement is a preference only; from it, a condition. */
  requiredFrom: isoDate,
});

const stageWindow = z.object({ opens: isoDate, closes: isoDate });

/** R-RV-3: every stage has a deadline; R-CM-8: the committees' own. */
export const planStagesSchema = z.object({
  applicantSubmission: stageWindow,
  employerReviewCloses: isoDate,
  departmentReviewCloses: isoDate,
  officeReviewCloses: isoDate,
  /** Days the applicant has to fix a return-for-correction (R-RV-4). */
  correctionDays: z.number().int().positive(),
  examCloses: isoDate.optional(),
  meetings: stageWindow,
  /** R-CM-8: the committee must finish by this date. */
  committeeDeadline: isoDate,
  /** R-CM-8 (Jilin): a committee that misses the deadline may not be authorised for this many years; 0 where the notice sets no bar. */
  missedDeadlineBarYears: z.number().int().min(0).max(10),
});

/** R-CM-9: a pass-rate cap, e.g. Jilin third-level posts at 40 %. */
export const passRateCapSchema = z.object({ description: z.string(), series: z.array(z.string()), maxRate: z.number().gt(0).lte(1) });
export type PassRateCap = z.infer<typeof passRateCapSchema>;

/** The plan's fields, without the checks across them (so slices can be picked from it). */
export const annualPlanObject = z.object({
  /** Stable id across versions, e.g. `tianjin-2023`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  region: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a region code such as tianjin'),
  year: z.number().int().min(2000).max(2100),
  /** Series this plan covers; `*` for a city-wide plan. A series-specific plan takes precedence. */
  series: z.array(z.string().min(1)).min(1),
  levels: z.array(levelSchema).min(1),
  source: z.string().describe('The notice this plan transcribes'),
  stages: planStagesSchema,
  /** R-EL-9: qualifications are counted up to this date. */
  qualificationCutoff: isoDate,
  /** R-RV-1: unit publicity of the recommendation, in working days. */
  unitPublicityWorkingDays: z.number().int().min(5),
  /** R-PB-1: result publicity, in working days. */
  resultPublicityWorkingDays: z.number().int().min(5),
  /**
   * R-PB-4 (Jilin): results reported to the province within this many calendar days of the review
   * (次日: 1), and the filing materials sent within this many after publicity ends (3天内: 3).
   * null where the region's notice sets no such deadline.
   */
  resultReporting: z.object({ reportWithinDays: z.number().int().min(0).max(30), fileWithinDays: z.number().int().min(0).max(60) }).nullable(),
  /** R-CM-1 (Jilin): committees apply for each meeting (time, place, declaration counts) and are approved first; false elsewhere. */
  committeeMeetingApproval: z.boolean(),
  /** R-CM-2: review plan and expert draw at least this many days before the meeting. */
  extractionLeadDays: z.number().int().min(7),
  /** R-RV-5: an online fee after office review, unpaid in time means abandoned. */
  fee: z.object({ required: z.literal(true), amountYuan: z.number().positive(), payWithinDays: z.number().int().positive() }).or(z.object({ required: z.literal(false) })),
  /** R-CM-6: on-site defence for these levels. */
  defenceLevels: z.array(levelSchema),
  /** R-EL-11: channels open this year and the evidence each needs. */
  channels: z.partialRecord(channelSchema, z.object({ evidence: z.array(z.enum(CHANNEL_EVIDENCE)) })),
  /** R-EL-2 */
  excludedCategories: z.array(z.enum(EXCLUDED_CATEGORIES)).min(1),
  /** R-EL-10 */
  yearsInPost: z.array(yearsInPostRuleSchema),
  /** R-EL-7: series evaluated only after a national exam, and how long a pass stays valid. */
  examSeries: z.array(z.object({ series: z.string(), validYears: z.number().int().positive().optional() })),
  /** R-EL-12 and the like. */
  datedRules: z.array(datedRuleSchema),
  /** R-CM-9: pass-rate caps, e.g. Jilin third-level posts at 40 %. */
  passRateCaps: z.array(passRateCapSchema),
  /** R-VF-*, R-RV-2: what the data-sharing checks require this year (read by verification). */
  verification: planVerificationRulesSchema,
});

export const annualPlanSchema = annualPlanObject.superRefine((plan, context) => {
  const { stages } = plan;
  const order: [string, string][] = [
    ['applicantSubmission.opens', stages.applicantSubmission.opens],
    ['applicantSubmission.closes', stages.applicantSubmission.closes],
    ['employerReviewCloses', stages.employerReviewCloses],
    ['departmentReviewCloses', stages.departmentReviewCloses],
    ['officeReviewCloses', stages.officeReviewCloses],
    ['meetings.closes', stages.meetings.closes],
  ];
  order.slice(1).forEach(([name, date], i) => {
    const [previousName, previous] = order[i] as [string, string];
    if (date < previous) context.addIssue({ code: 'custom', path: ['stages', ...name.split('.')], message: `must not be before ${previousName} (${previous})` });
  });
  if (!plan.channels.normal) context.addIssue({ code: 'custom', path: ['channels', 'normal'], message: 'the normal channel must be open' });
});

export type AnnualPlan = z.infer<typeof annualPlanSchema>;
