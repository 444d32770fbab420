import { annualPlanSchema, type AnnualPlan } from '../plans/annual-plan.schema';
import { applicantProfileSchema, type ApplicantProfile } from './applicant-profile';
import { checkEligibility, ELIGIBILITY_RULES } from './check-eligibility';
import type { EligibilityContext } from './eligibility-rule';
import { verificationRules } from '../plans/seeds/verification-defaults';

/** A plan shaped like Jilin 2023's, kept here so these tests do not move when seed data is corrected. */
const plan: AnnualPlan = annualPlanSchema.parse({
  id: 'testland-2023',
  title: 'test plan',
  region: 'testland',
  year: 2023,
  series: ['*'],
  levels: ['primary', 'intermediate', 'deputy-senior', 'senior'],
  source: 'fixture',
  stages: {
    applicantSubmission: { opens: '2023-01-01', closes: '2023-02-28' },
    employerReviewCloses: '2023-03-31',
    departmentReviewCloses: '2023-04-30',
    officeReviewCloses: '2023-05-31',
    correctionDays: 10,
    meetings: { opens: '2023-06-01', closes: '2023-09-30' },
    committeeDeadline: '2023-09-30',
    missedDeadlineBarYears: 0,
  },
  qualificationCutoff: '2022-12-31',
  unitPublicityWorkingDays: 5,
  resultPublicityWorkingDays: 5,
  resultReporting: null,
  committeeMeetingApproval: false,
  extractionLeadDays: 7,
  fee: { required: false },
  defenceLevels: [],
  channels: {
    normal: { evidence: [] },
    exceptional: { evidence: ['peer-expert-recommendations'] },
    'grassroots-3010': { evidence: ['grassroots-service-certificate'] },
  },
  excludedCategories: ['civil-servant', 'civil-servant-managed', 'retiree', 'public-institution-management-post'],
  yearsInPost: [
    { level: 'deputy-senior', unitKind: 'separate', tier: 'county', years: 4, nearRetirementReduction: { withinYearsOfRetirement: 2, lessYears: 1, until: '2024-12-31' } },
    { level: 'deputy-senior', unitKind: 'separate', tier: 'any', years: 5 },
  ],
  examSeries: [{ series: 'accounting', validYears: 3 }],
  datedRules: [
    { ruleId: 'R-EL-12', description: '≥1 year of grassroots service', series: ['health'], levels: ['senior'], requirement: { kind: 'grassroots-service-years', minimum: 1 }, requiredFrom: '2026-01-01' },
  ],
  passRateCaps: [],
  verification: verificationRules({ from: '2022-01', to: '2022-12' }, [2022]),
});

const valid: ApplicantProfile & { employerCreditCode: string } = {
  ...applicantProfileSchema.parse({
    personCategory: 'in-service',
    origin: 'mainland',
    series: 'engineering',
    specialty: 'metrology',
    level: 'deputy-senior',
    currentPost: { since: '2017-06-30', unitKind: 'separate', tier: 'city' },
    education: { degree: 'bachelor', institution: '吉林大学', major: '计量', graduatedOn: '2010-07-01', studyMode: 'part-time' },
  }),
  employerCreditCode: '91440300708461136T',
};

/** A letter from another region's committee taking testland's metrology declarations (R-EL-8). */
const letter = { id: 'L-1', committeeId: 'beijing-engineering', fromRegion: 'testland', series: 'engineering', levels: ['deputy-senior'], specialties: ['metrology'], validUntil: '2023-12-31' };

const context: EligibilityContext = {
  plan,
  today: '2023-02-01',
  activeIntegrityRecords: [],
  otherDeclarationsThisYear: [],
  employerCommitteesForSeriesAndLevel: [],
  routedCommittee: 'committee-1',
  entrustmentLetter: null,
};

type Case = [rule: string, change: string, profile: Partial<ApplicantProfile>, context?: Partial<EligibilityContext>];

const cases: Case[] = [
  ['R-EL-1', 'a foreigner without a work permit or residence', { origin: 'foreign', foreignerPermit: 'none' }],
  ['R-EL-2', 'a civil servant', { personCategory: 'civil-servant' }],
  ['R-EL-2', 'a management-post staff member where the plan excludes them', { personCategory: 'public-institution-management-post' }],
  ['R-EL-3', 'a sanction still in its influence period', { sanctionInfluenceUntil: '2023-06-30' }],
  ['R-EL-4', 'the same series declared already this year', {}, { otherDeclarationsThisYear: [{ id: 'd1', series: 'engineering' }] }],
  ['R-EL-5', 'the employer already sends this series and level to another committee', {}, { employerCommitteesForSeriesAndLevel: ['committee-2'] }],
  ['R-EL-6', 'an active integrity record', {}, { activeIntegrityRecords: [{ recordId: 'r1', activeUntil: '2025-05-01' }] }],
  ['R-EL-7', 'an exam-plus-review series without the exam', { series: 'accounting' }],
  ['R-EL-7', 'an exam passed after the cut-off', { series: 'accounting', exam: { series: 'accounting', passedOn: '2023-01-10' } }],
  ['R-EL-8', 'no local committee and no entrustment letter', {}, { routedCommittee: null }],
  ['R-EL-9', 'enough years counted to today but not to the cut-off', { currentPost: { since: '2018-01-15', unitKind: 'separate', tier: 'city' } }],
  ['R-EL-10', 'too few years in post', { currentPost: { since: '2020-01-01', unitKind: 'separate', tier: 'city' } }],
  ['R-EL-11', 'a channel the plan does not open', { channel: 'directed', directedCounty: '珲春市' }],
  ['R-EL-11', 'a directed declaration without its county (R-CT-3)', { channel: 'directed' }],
  ['R-EL-11', 'a county named outside the directed channel', { directedCounty: '珲春市' }],
  ['R-CT-3', 'a normal declaration on a directed title', { heldTitle: { level: 'intermediate', directedCounty: '珲春市' } }],
  ['R-EL-11', 'an exceptional declaration with one expert recommendation', { channel: 'exceptional', evidence: ['peer-expert-recommendations'], seniorExpertRecommendations: 1 }],
  ['R-EL-11', 'a 3010 declaration without its certificate', { channel: 'grassroots-3010', grassrootsServiceYears: 31, yearsAtIntermediate: 12 }],
  ['R-EL-12', 'a health senior without grassroots service after the rule took effect', { series: 'health', level: 'senior' }, { today: '2026-02-01' }],
];

describe('eligibility at submission (R-EL-1 … R-EL-12)', () => {
  it('accepts a valid declaration with no refusal and no warning', () => {
    expect(checkEligibility(valid, context)).toEqual({ eligible: true, refusals: [], warnings: [] });
  });

  // Every row gets its fourth entry: Jest takes a missing one for a `done` callback and waits.
  it.each(cases.map(([rule, change, profile, overrides]) => [rule, change, profile, overrides ?? {}] as const))('%s refuses %s, naming only that rule, in Chinese and English', (rule, _change, profile, overrides) => {
    const verdict = checkEligibility({ ...valid, ...profile }, { ...context, ...overrides });
    expect(verdict.eligible).toBe(false);
    expect(verdict.refusals.map((r) => r.ruleId)).toEqual(expect.arrayContaining([rule]));
    expect(new Set(verdict.refusals.map((r) => r.ruleId))).toEqual(new Set([rule]));
    for (const refusal of verdict.refusals) {
      expect(refusal.reason.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(refusal.reason.en.length).toBeGreaterThan(10);
    }
  });

  it('covers every eligibility rule id', () => {
    const tested = new Set(cases.map(([rule]) => rule));
    for (const rule of ELIGIBILITY_RULES) expect(tested).toContain(rule.id);
    expect(tested).toContain('R-EL-9');
  });

  it('lists every failed rule at once, not just the first', () => {
    const verdict = checkEligibility({ ...valid, personCategory: 'retiree', sanctionInfluenceUntil: '2024-01-01' }, { ...context, routedCommittee: null });
    expect(verdict.refusals.map((r) => r.ruleId).sort()).toEqual(['R-EL-2', 'R-EL-3', 'R-EL-8']);
  });

  it('lets a county post count 4 years, and one year less within 2 years of retirement (R-EL-10)', () => {
    const county = { currentPost: { since: '2018-12-01', unitKind: 'separate' as const, tier: 'county' as const } };
    expect(checkEligibility({ ...valid, ...county }, context).eligible).toBe(true);
    const threeYears = { currentPost: { since: '2019-12-01', unitKind: 'separate' as const, tier: 'county' as const } };
    expect(checkEligibility({ ...valid, ...threeYears }, context).refusals.map((r) => r.ruleId)).toEqual(['R-EL-10']);
    expect(checkEligibility({ ...valid, ...threeYears, retirementDate: '2024-06-30' }, context).eligible).toBe(true);
  });

  it('accepts the channels with their evidence, an entrustment letter in place of a local committee, and a valid exam', () => {
    expect(checkEligibility({ ...valid, channel: 'exceptional', evidence: ['peer-expert-recommendations'], seniorExpertRecommendations: 2 }, context).eligible).toBe(true);
    expect(checkEligibility({ ...valid, channel: 'grassroots-3010', evidence: ['grassroots-service-certificate'], grassrootsServiceYears: 30, yearsAtIntermediate: 10 }, context).eligible).toBe(true);
    expect(checkEligibility({ ...valid, entrustmentLetterId: 'L-1' }, { ...context, routedCommittee: null, entrustmentLetter: letter }).eligible).toBe(true);
    expect(checkEligibility({ ...valid, series: 'accounting', exam: { series: 'accounting', passedOn: '2021-09-01' } }, context).eligible).toBe(true);
  });

  it('accepts a directed declaration that names its county, where the plan opens the channel (R-CT-3)', () => {
    const directedPlan = { ...plan, channels: { ...plan.channels, directed: { evidence: ['directed-county-certificate' as const] } } };
    const directed = { ...valid, channel: 'directed' as const, directedCounty: '珲春市', evidence: ['directed-county-certificate' as const] };
    expect(checkEligibility(directed, { ...context, plan: directedPlan }).eligible).toBe(true);
    // A directed title supports the next directed declaration in its own county only (R-CT-3).
    const heldThere = { level: 'intermediate' as const, directedCounty: '珲春市' };
    expect(checkEligibility({ ...directed, heldTitle: heldThere }, { ...context, plan: directedPlan }).eligible).toBe(true);
    const elsewhere = checkEligibility({ ...directed, directedCounty: '安图县', heldTitle: heldThere }, { ...context, plan: directedPlan });
    expect(elsewhere.refusals.map((r) => [r.ruleId, r.field])).toEqual([['R-CT-3', 'directedCounty']]);
  });

  it('refuses an entrustment letter that was never issued, covers another declaration, or has expired (R-EL-8)', () => {
    const entrusted = { ...valid, entrustmentLetterId: 'L-1' };
    const reasonFor = (entrustmentLetter: typeof letter | null) =>
      checkEligibility(entrusted, { ...context, routedCommittee: null, entrustmentLetter }).refusals.map((r) => [r.ruleId, r.reason.en]);
    expect(reasonFor(null)).toEqual([['R-EL-8', 'no entrustment letter L-1 was issued in the system']]);
    expect(reasonFor({ ...letter, fromRegion: 'beijing' })).toEqual([['R-EL-8', 'entrustment letter L-1 does not cover testland engineering metrology deputy-senior']]);
    expect(reasonFor({ ...letter, levels: ['intermediate'] })[0]?.[0]).toBe('R-EL-8');
    expect(reasonFor({ ...letter, specialties: ['quality'] })[0]?.[0]).toBe('R-EL-8');
    expect(reasonFor({ ...letter, validUntil: '2022-12-31' })).toEqual([['R-EL-8', 'entrustment letter L-1 expired on 2022-12-31']]);
    expect(reasonFor({ ...letter, specialties: [] })).toEqual([]);
  });

  it('warns, without refusing, before a dated rule takes effect (R-EL-12) and on a failed credit-code check (GB 32100)', () => {
    const verdict = checkEligibility({ ...valid, series: 'health', level: 'senior', employerCreditCode: '91440300708461136U' }, context);
    expect(verdict.eligible).toBe(true);
    expect(verdict.warnings.map((w) => w.ruleId).sort()).toEqual(['GB 32100', 'R-EL-12']);
  });
});
