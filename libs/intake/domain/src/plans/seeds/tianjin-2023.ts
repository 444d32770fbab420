import { annualPlanSchema, type AnnualPlan } from '../annual-plan.schema';
import { verificationRules } from './verification-defaults';

/**
 * Tianjin 2023, city-wide: 000 = seeds/000_a7b2e91b67125f3f.txt, 市人社局关于开展2023年度职称评审
 * 工作的通知 (津人社办函〔2023〕355号, number as cited in 001's preamble). Each series' competent
 * department publishes its own plan by 09-15 (000 §4(1)); such a plan (e.g. `tianjin-2023-quality-
 * metrology`) takes precedence over this one. Dates the notice leaves open are derived as the
 * LATEST date its stated deadlines allow, so that the platform never refuses what the notice permits.
 */
export const TIANJIN_2023_PLAN: AnnualPlan = annualPlanSchema.parse({
  id: 'tianjin-2023',
  title: '天津市2023年度职称评审工作',
  region: 'tianjin',
  year: 2023,
  series: ['*'],
  levels: ['primary', 'intermediate', 'deputy-senior', 'senior'],
  source: 'seeds/000_a7b2e91b67125f3f.txt — 市人社局关于开展2023年度职称评审工作的通知（津人社办函〔2023〕355号）',
  stages: {
    applicantSubmission: {
      opens: '2023-09-18', // 000 §4(2): applicants log in from 09-18 (Monday)
      // Derived: 000 gives no closing day; an applicant's file must reach the department by its
      // 11-06 deadline, so 11-06 is the latest possible. Units set earlier internal dates.
      closes: '2023-11-06',
    },
    employerReviewCloses: '2023-11-06', // derived as above: the department deadline bounds the employer
    departmentReviewCloses: '2023-11-06', // 000 §4(2): departments' online review and submission by 11-06 (Monday)
    // Derived: 000 §4(3) only says all review work ends by the end of December; the office review must
    // precede the meeting, and the review plan and expert draw come ≥7 days before it (000 §4(3),
    // R-CM-2): 12-31 − 7 = 12-24 for a meeting on the last permitted day.
    officeReviewCloses: '2023-12-24',
    // ASSUMED: no notice states how long an applicant has to fix a returned file (001 §7(2) "限时更改").
    correctionDays: 5,
    // examCloses omitted: each committee office schedules its own professional exams (000 §4(3)).
    meetings: {
      // Derived: the first day the offices hold the departments' complete submissions (after 11-06).
      opens: '2023-11-07',
      closes: '2023-12-31', // 000 §4(3): "全部评审工作原则上于12月底前完成"
    },
    // 000 §4(3): end of December. NOT EXPRESSIBLE: new specialties, newly authorised self-evaluation
    // units and exam-plus-review series may finish by 2024-03-31 (the last after reporting to 市职称办).
    committeeDeadline: '2023-12-31',
    missedDeadlineBarYears: 0, // 000 bars no committee for missing the deadline (Jilin's 003 §6(4) does)
  },
  // ASSUMED: neither 000 nor 001 names a qualification cut-off; the end of the evaluation year is used
  // so that nobody is refused on a date the notice never set. To be confirmed with 市职称办.
  qualificationCutoff: '2023-12-31',
  unitPublicityWorkingDays: 5, // 000 §4(2): 不少于5个工作日
  resultPublicityWorkingDays: 5, // 000 §4(4): 不少于5个工作日
  resultReporting: null, // 000 sets no deadline for reporting results (R-PB-4 is Jilin's, 003 §6(4))
  committeeMeetingApproval: false, // 000 asks no per-meeting approval (R-CM-1's is Jilin's, 003 §5(2))
  extractionLeadDays: 7, // 000 §4(3): plan reported and experts drawn 7 days before the meeting
  fee: { required: false }, // 000 §5(2): 职称申报不收取申报人费用
  // 000 §5(2) encourages 述职答辩 among other methods but requires no defence at any level.
  defenceLevels: [],
  channels: {
    normal: { evidence: [] },
    // 000 §1(4): winners of national skills / post-doc innovation / 海河英才 competitions; 000 sets no
    // evidence (001 §9(3) adds the employer's sealed application for its own committee).
    exceptional: { evidence: [] },
    // 000 §1(3): with the vocational-qualification certificate and the employer's appointment proof
    // (聘任证明 — no evidence kind exists for the latter).
    'direct-vocational': { evidence: ['vocational-qualification-certificate'] },
    // 000 §3(1): post-docs in station may declare deputy-senior through their station unit (the
    // closest channel; Tianjin has no early declaration for master's/doctor's graduates).
    'early-graduate': { evidence: ['postdoctoral-certificate'] },
    // not open: 'grassroots-3010' and 'directed' are Jilin's (003 §2(2), §1(9))
  },
  excludedCategories: ['civil-servant', 'civil-servant-managed', 'retiree'], // 000 §1(5)
  yearsInPost: [], // 000 defers to each series' standard (000 §3(1)); no table in the notice
  // 000 §3(8) requires a valid national exam pass for exam-plus-review series but names none. ASSUMED:
  // the national exam-plus-review series (高级会计师/经济师/统计师/审计师; 高级社会工作师, cf. 000 §4(5)
  // and 003 §1(10)); validity "在成绩有效期内" is not quantified, so validYears is left out.
  examSeries: [{ series: 'accounting' }, { series: 'economics' }, { series: 'statistics' }, { series: 'auditing' }, { series: 'social-work' }],
  datedRules: [],
  passRateCaps: [],
  verification: verificationRules({ from: '2022-09', to: '2023-08' }, [2020, 2021, 2022]),
});
