import { committeesFor, SEED_CATALOGUE, SERIES_NAMED_BY_REGION } from '../../catalogue';
import { annualPlanSchema, type AnnualPlan } from '../annual-plan.schema';
import {
  BEIJING_2023_FEE_PLACEHOLDER,
  BEIJING_2023_PLAN,
  JILIN_2023_FEE_PLACEHOLDER,
  JILIN_2023_PLAN,
  SEED_PLANS,
  TIANJIN_2023_PLAN,
  TIANJIN_2023_QUALITY_METROLOGY_PLAN,
} from './index';

describe('seed plans', () => {
  it.each(SEED_PLANS.map((plan) => [plan.id, plan] as const))('%s parses unchanged', (_id, plan) => {
    const result = annualPlanSchema.safeParse(plan);
    expect(result.error?.issues).toBeUndefined();
    expect(result.data).toEqual(plan);
  });

  it('has the four plans, with unique ids', () => {
    const ids = SEED_PLANS.map((plan) => plan.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(['tianjin-2023', 'tianjin-2023-quality-metrology', 'beijing-2023', 'jilin-2023']);
  });

  it('uses only series codes the catalogue knows, and exam series the catalogue marks exam-plus-review', () => {
    const known = new Set(SEED_CATALOGUE.series.map((series) => series.code));
    const examPlusReview = new Set(SEED_CATALOGUE.series.filter((series) => series.examPlusReview).map((series) => series.code));
    for (const plan of SEED_PLANS) {
      const referenced = [...plan.series, ...plan.datedRules.flatMap((rule) => rule.series), ...plan.passRateCaps.flatMap((cap) => cap.series)];
      expect(referenced.filter((code) => code !== '*' && !known.has(code))).toEqual([]);
      expect(plan.examSeries.map((entry) => entry.series).filter((code) => !examPlusReview.has(code))).toEqual([]);
    }
  });

  it('opens exactly the channels each notice offers (R-EL-11)', () => {
    const open = Object.fromEntries(SEED_PLANS.map((plan) => [plan.id, Object.keys(plan.channels).sort()]));
    expect(open).toEqual({
      'tianjin-2023': ['direct-vocational', 'early-graduate', 'exceptional', 'normal'],
      'tianjin-2023-quality-metrology': ['direct-vocational', 'early-graduate', 'exceptional', 'normal'],
      'beijing-2023': ['direct-vocational', 'exceptional', 'normal'],
      'jilin-2023': ['direct-vocational', 'directed', 'early-graduate', 'exceptional', 'grassroots-3010', 'normal'],
    });
  });

  it('can route a declaration of every series a plan covers, at every level, to a committee of its region', () => {
    const unrouted: string[] = [];
    for (const plan of SEED_PLANS) {
      const series = plan.series.includes('*') ? SERIES_NAMED_BY_REGION[plan.region as keyof typeof SERIES_NAMED_BY_REGION] : plan.series;
      expect(series).toBeDefined();
      for (const code of series!) {
        const offered = SEED_CATALOGUE.series.find((candidate) => candidate.code === code)!.levels;
        for (const level of plan.levels.filter((candidate) => offered.includes(candidate))) {
          if (committeesFor(SEED_CATALOGUE, { region: plan.region, series: code, specialty: 'any-specialty', level }).length === 0) {
            unrouted.push(`${plan.id} ${code} ${level}`);
          }
        }
      }
    }
    expect(unrouted).toEqual([]);
  });
});

describe('Tianjin 2023 city-wide (000)', () => {
  const plan: AnnualPlan = TIANJIN_2023_PLAN;

  it('covers every series and level in Tianjin', () => {
    expect(plan.region).toBe('tianjin');
    expect(plan.series).toEqual(['*']);
    expect(plan.levels).toEqual(['primary', 'intermediate', 'deputy-senior', 'senior']);
  });

  it('has the calendar of 000 §4: applicants from 09-18, departments by 11-06, all review by the end of December', () => {
    expect(plan.stages).toEqual({
      applicantSubmission: { opens: '2023-09-18', closes: '2023-11-06' },
      employerReviewCloses: '2023-11-06',
      departmentReviewCloses: '2023-11-06',
      officeReviewCloses: '2023-12-24',
      correctionDays: 5,
      meetings: { opens: '2023-11-07', closes: '2023-12-31' },
      committeeDeadline: '2023-12-31',
      missedDeadlineBarYears: 0,
    });
  });

  it('charges no fee (000 §5(2)), publicises for 5 working days and draws experts 7 days ahead (000 §4)', () => {
    expect(plan.fee).toEqual({ required: false });
    expect(plan.unitPublicityWorkingDays).toBe(5);
    expect(plan.resultPublicityWorkingDays).toBe(5);
    expect(plan.resultReporting).toBeNull(); // 000 sets no reporting deadline; R-PB-4's are Jilin's
    expect(plan.extractionLeadDays).toBe(7);
    expect(plan.defenceLevels).toEqual([]);
  });

  it('excludes civil servants, staff managed as such and retirees (000 §1(5))', () => {
    expect(plan.excludedCategories).toEqual(['civil-servant', 'civil-servant-managed', 'retiree']);
  });

  it('opens direct declaration with a vocational qualification (000 §1(3))', () => {
    expect(plan.channels['direct-vocational']?.evidence).toEqual(['vocational-qualification-certificate']);
    expect(plan.channels['grassroots-3010']).toBeUndefined();
    expect(plan.channels.directed).toBeUndefined();
  });
});

describe('Tianjin 2023 engineering quality / metrology committee (001)', () => {
  const plan: AnnualPlan = TIANJIN_2023_QUALITY_METROLOGY_PLAN;

  it('is an engineering plan for intermediate and deputy-senior (001 §1)', () => {
    expect(plan.region).toBe('tianjin');
    expect(plan.series).toEqual(['engineering']);
    expect(plan.levels).toEqual(['intermediate', 'deputy-senior']);
  });

  it('has the calendar of 001 §7: from 09-18, departments by 11-06, office by 11-20, exams by 11-30, meetings 12-01..12-31', () => {
    expect(plan.stages).toEqual({
      applicantSubmission: { opens: '2023-09-18', closes: '2023-11-06' },
      employerReviewCloses: '2023-11-06',
      departmentReviewCloses: '2023-11-06',
      officeReviewCloses: '2023-11-20',
      correctionDays: 5,
      examCloses: '2023-11-30',
      meetings: { opens: '2023-12-01', closes: '2023-12-31' },
      committeeDeadline: '2023-12-31',
      missedDeadlineBarYears: 0,
    });
  });

  it('charges no fee, holds no defence, and wants the employer’s sealed application for exceptional declarations (001 §4, §9(3))', () => {
    expect(plan.fee).toEqual({ required: false });
    expect(plan.defenceLevels).toEqual([]);
    expect(plan.channels.exceptional?.evidence).toEqual(['employer-exceptional-application']);
    expect(plan.unitPublicityWorkingDays).toBe(5);
    expect(plan.resultPublicityWorkingDays).toBe(5);
  });
});

describe('Beijing 2023 (004)', () => {
  const plan: AnnualPlan = BEIJING_2023_PLAN;

  it('covers the professional-qualification series of 004 §3(1), not the post series of §3(2)', () => {
    expect(plan.series).toHaveLength(19);
    expect(plan.series).toEqual(expect.arrayContaining(['engineering', 'economics', 'accounting', 'public-legal-services', 'social-science-research']));
    expect(plan.series).not.toContain('health');
    expect(plan.series).not.toContain('primary-secondary-teachers');
  });

  it('has the calendar of 004 §3(1): applicants 07-04..07-17, units by 07-31, office July–August, review September–November', () => {
    expect(plan.stages).toEqual({
      applicantSubmission: { opens: '2023-07-04', closes: '2023-07-17' },
      employerReviewCloses: '2023-07-31',
      departmentReviewCloses: '2023-07-31',
      officeReviewCloses: '2023-08-31',
      correctionDays: 5,
      meetings: { opens: '2023-09-01', closes: '2023-11-30' },
      committeeDeadline: '2023-11-30',
      missedDeadlineBarYears: 0,
    });
  });

  it('collects an online fee after office review — amount and period are a labelled placeholder (004 §3(1)3 gives none)', () => {
    expect(BEIJING_2023_FEE_PLACEHOLDER).toEqual({ amountYuan: 1, payWithinDays: 5 });
    expect(plan.fee).toEqual({ required: true, amountYuan: 1, payWithinDays: 5 });
  });

  it('holds an on-site defence for senior and intermediate (004 §3(1)4, R-CM-6)', () => {
    expect([...plan.defenceLevels].sort()).toEqual(['deputy-senior', 'intermediate', 'senior']);
  });

  it('needs full-senior peer experts’ recommendation forms for exceptional declarations (004 §4(6))', () => {
    expect(plan.channels.exceptional?.evidence).toEqual(['peer-expert-recommendations']);
  });

  it('publicises for 5 working days in the unit and for the results (004 §3(1)2, §3(1)5)', () => {
    expect(plan.unitPublicityWorkingDays).toBe(5);
    expect(plan.resultPublicityWorkingDays).toBe(5);
  });
});

describe('Jilin 2023 (003)', () => {
  const plan: AnnualPlan = JILIN_2023_PLAN;

  it('takes declarations 01-01..02-28 and finishes the reviews by the end of Q3 (003 §6(1), §6(4))', () => {
    expect(plan.stages.applicantSubmission).toEqual({ opens: '2023-01-01', closes: '2023-02-28' });
    expect(plan.stages.employerReviewCloses).toBe('2023-02-28');
    expect(plan.stages.meetings).toEqual({ opens: '2023-03-01', closes: '2023-09-30' });
    expect(plan.stages.committeeDeadline).toBe('2023-09-30');
    expect(plan.stages.missedDeadlineBarYears).toBe(3); // 003 §6(4)
    expect(plan.stages.officeReviewCloses).toBe('2023-09-23');
  });

  it('counts qualifications up to 2022-12-31 (003 §6(1), R-EL-9)', () => {
    expect(plan.qualificationCutoff).toBe('2022-12-31');
  });

  it('has the years-in-post table of 003 §6(2) (R-EL-10)', () => {
    const reduction = { withinYearsOfRetirement: 2, lessYears: 1, until: '2024-12-31' };
    const separate = (['intermediate', 'deputy-senior', 'senior'] as const).flatMap((level) => [
      { level, unitKind: 'separate', tier: 'provincial', years: 5, nearRetirementReduction: reduction },
      { level, unitKind: 'separate', tier: 'city', years: 5, nearRetirementReduction: reduction },
      { level, unitKind: 'separate', tier: 'county', years: 4, nearRetirementReduction: reduction },
    ]);
    expect(plan.yearsInPost).toEqual([
      ...separate,
      { level: 'intermediate', unitKind: 'combined', tier: 'any', years: 4 },
      { level: 'deputy-senior', unitKind: 'combined', tier: 'any', years: 5 },
      { level: 'senior', unitKind: 'combined', tier: 'any', years: 5 },
    ]);
  });

  it('makes ≥1 year of grassroots service a condition from 2026 for school and health senior declarations (003 §1(8), R-EL-12)', () => {
    expect(plan.datedRules).toHaveLength(1);
    expect(plan.datedRules[0]).toMatchObject({
      ruleId: 'R-EL-12',
      series: ['primary-secondary-teachers', 'health'],
      levels: ['deputy-senior', 'senior'],
      requirement: { kind: 'grassroots-service-years', minimum: 1 },
      requiredFrom: '2026-01-01',
    });
  });

  it('opens the "3010" and directed channels with their evidence (003 §2(2), §1(9))', () => {
    expect(plan.channels['grassroots-3010']?.evidence).toEqual(['grassroots-service-certificate']);
    expect(plan.channels.directed?.evidence).toEqual(['directed-county-certificate']);
    expect(plan.channels['early-graduate']?.evidence).toEqual(['graduate-degree-certificate']);
  });

  it('excludes management-post staff of public institutions besides civil servants and retirees (003 §6(1))', () => {
    expect(plan.excludedCategories).toEqual(['civil-servant', 'civil-servant-managed', 'retiree', 'public-institution-management-post']);
  });

  it('caps third-level post evaluation at 40 % (003 §2(4), R-CM-9)', () => {
    expect(plan.passRateCaps).toEqual([expect.objectContaining({ series: ['*'], maxRate: 0.4 })]);
  });

  it('publicises results for 5 working days (003 §6(4)); the fee is a labelled placeholder (003 §4(1) names none)', () => {
    expect(plan.resultPublicityWorkingDays).toBe(5);
    expect(JILIN_2023_FEE_PLACEHOLDER).toEqual({ amountYuan: 1, payWithinDays: 5 });
    expect(plan.fee).toEqual({ required: true, amountYuan: 1, payWithinDays: 5 });
  });

  it('reports results the next day and files them within 3 days of publicity (003 §6(4), R-PB-4)', () => {
    expect(plan.resultReporting).toEqual({ reportWithinDays: 1, fileWithinDays: 3 });
  });

  it('treats 高级社会工作师 as exam-plus-review (003 §1(10))', () => {
    expect(plan.examSeries).toContainEqual({ series: 'social-work' });
  });
});
