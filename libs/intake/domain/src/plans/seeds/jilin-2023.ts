import { annualPlanSchema, type AnnualPlan } from '../annual-plan.schema';
import { verificationRules } from './verification-defaults';

/**
 * PLACEHOLDER — 003 §4(1) tells committees to "严格执行职称评审收费标准，及时开具收费票据", so Jilin
 * reviews are paid, but 003 states neither the amount, nor when or how it is paid, nor what happens
 * if it is not. These numbers are stand-ins (1 yuan so nobody takes it for a real fee).
 */
export const JILIN_2023_FEE_PLACEHOLDER = { amountYuan: 1, payWithinDays: 5 } as const;

/** 003 §6(2): near retirement, one year less — "2023年距退休不满2年参评人员 … 2024年底停止执行". */
const NEAR_RETIREMENT = { withinYearsOfRetirement: 2, lessYears: 1, until: '2024-12-31' } as const;

/** 003 §6(2) applies "申报上一级职称时", i.e. to every level above the entry level. */
const NEXT_LEVELS = ['intermediate', 'deputy-senior', 'senior'] as const;

/**
 * Jilin 2023: 003 = seeds/003_6a18fa77dd43f464.txt, 关于做好全省2023年职称制度改革和职称评审工作有关事宜
 * 的通知 (吉人社函〔2023〕8号). Dates the notice leaves open are derived as the LATEST date its stated
 * deadlines allow.
 */
export const JILIN_2023_PLAN: AnnualPlan = annualPlanSchema.parse({
  id: 'jilin-2023',
  title: '吉林省2023年职称制度改革和职称评审工作',
  region: 'jilin',
  year: 2023,
  series: ['*'],
  levels: ['primary', 'intermediate', 'deputy-senior', 'senior'],
  source: 'seeds/003_6a18fa77dd43f464.txt — 关于做好全省2023年职称制度改革和职称评审工作有关事宜的通知（吉人社函〔2023〕8号）',
  stages: {
    applicantSubmission: { opens: '2023-01-01', closes: '2023-02-28' }, // 003 §6(1): 1月1日启动, 申报截止2月28日
    // Derived: 003 calls employers 申报单位 (§6(3)), so the declaration deadline of §6(1) binds them too.
    employerReviewCloses: '2023-02-28',
    // Derived: 003 dates neither the departments' nor the offices' review; the only bound is the end of
    // Q3 for the reviews (§6(1), §6(4)) less the 7-day lead for the review plan and expert draw (R-CM-2):
    // 09-30 − 7 = 09-23.
    departmentReviewCloses: '2023-09-23',
    officeReviewCloses: '2023-09-23',
    correctionDays: 5, // ASSUMED: 003 says nothing about returns for correction
    meetings: {
      opens: '2023-03-01', // derived: the day after declarations close (003 §6(1))
      closes: '2023-09-30', // 003 §6(1), §6(4): 三季度末前完成评审
    },
    // 003 §6(1), §6(4); a non-HR committee that misses it loses this year's authority and is not
    // authorised again for three years.
    committeeDeadline: '2023-09-30',
    missedDeadlineBarYears: 3, // 003 §6(4): 逾期未完成的，取消当年评审权，3年内不得授权
  },
  // 003 §6(1): 学历年限、取得资格年限、聘任年限、业绩成果截止时间均为2022年12月31日
  qualificationCutoff: '2022-12-31',
  unitPublicityWorkingDays: 5, // 003 is silent on unit publicity; the R-RV-1 minimum
  resultPublicityWorkingDays: 5, // 003 §6(4): 双公示, 公示期为5个工作日
  resultReporting: { reportWithinDays: 1, fileWithinDays: 3 }, // 003 §6(4): 次日报送评审结果; 公示结束后3天内报送备案材料
  committeeMeetingApproval: true, // 003 §5(2): 评审会议实行网上申请、审批
  extractionLeadDays: 7, // R-CM-2 (000 §4(3), Tianjin); 003 is silent — the platform-wide minimum
  fee: { required: true, ...JILIN_2023_FEE_PLACEHOLDER }, // 003 §4(1): committees charge per the fee standard; PLACEHOLDER amounts
  defenceLevels: [], // 003 requires no defence
  channels: {
    normal: { evidence: [] },
    // 003 §6(3) mentions declarations "通过破格、绿色通道渠道" to be checked strictly; no evidence named.
    exceptional: { evidence: [] },
    // 003 §1(10): social-worker qualifications correspond to titles (吉人社函〔2021〕171号 目录).
    'direct-vocational': { evidence: ['vocational-qualification-certificate'] },
    // 003 §2(1): engineering master's graduates 1 year early to engineer, doctors 1 year early to senior
    // engineer. In-station post-docs may declare deputy-senior directly (same §) — evidence lists are
    // all-required, so 'postdoctoral-certificate' cannot be offered as an alternative here.
    'early-graduate': { evidence: ['graduate-degree-certificate'] },
    // 003 §2(2): ≥30 years grassroots, ≥10 years at intermediate; any time, "县审核省认定" monthly.
    'grassroots-3010': { evidence: ['grassroots-service-certificate'] },
    // 003 §1(9): pilot in all border counties; not for "以考代评"/"考评结合" series; certificate marked 定向.
    directed: { evidence: ['directed-county-certificate'] },
  },
  // 003 §6(1): 事业单位管理岗人员、参照公务员管理事业单位人员、公务员和离退休人员不得申报
  excludedCategories: ['civil-servant', 'civil-servant-managed', 'retiree', 'public-institution-management-post'],
  // 003 §6(2) (R-EL-10)
  yearsInPost: [
    // 评聘分开 (separate) public institutions: provincial 5, city (市/州) 5, county (县/市/区) and below 4;
    // within 2 years of retirement one year less, until the end of 2024.
    ...NEXT_LEVELS.flatMap((level) => [
      { level, unitKind: 'separate', tier: 'provincial', years: 5, nearRetirementReduction: NEAR_RETIREMENT },
      { level, unitKind: 'separate', tier: 'city', years: 5, nearRetirementReduction: NEAR_RETIREMENT },
      { level, unitKind: 'separate', tier: 'county', years: 4, nearRetirementReduction: NEAR_RETIREMENT },
    ]),
    // 评聘结合 (combined) units: intermediate 4, senior (高级 = deputy-senior and senior) 5.
    // NOT EXPRESSIBLE: units newly authorised for combined evaluation since 2021 may, in the two years
    // before retirement, use the separate units' years less one, until the end of 2023.
    { level: 'intermediate', unitKind: 'combined', years: 4 },
    { level: 'deputy-senior', unitKind: 'combined', years: 5 },
    { level: 'senior', unitKind: 'combined', years: 5 },
  ],
  // 003 §1(10): 高级社会工作者 is "考评结合". The other four are the national exam-plus-review series
  // (ASSUMED — 003 names "考评结合系列" in §1(9), §1(12) without listing them).
  examSeries: [{ series: 'social-work' }, { series: 'accounting' }, { series: 'economics' }, { series: 'statistics' }, { series: 'auditing' }],
  datedRules: [
    {
      // 003 §1(8) (R-EL-12): a preference in 2023–2025, required from 2026.
      ruleId: 'R-EL-12',
      description: '中小学、卫生系列专业技术人员申报高级职称须具备基层服务满1年经历（2023—2025年同等条件下优先，2026年起为必要条件）',
      series: ['primary-secondary-teachers', 'health'],
      levels: ['deputy-senior', 'senior'], // 高级职称
      requirement: { kind: 'grassroots-service-years', minimum: 1 },
      requiredFrom: '2026-01-01',
    },
  ],
  passRateCaps: [
    {
      // 003 §2(4). NOT EXPRESSIBLE: the cap applies to third-level posts (专业技术三级岗位), a post grade,
      // not to a series or level; '*' = every series.
      description: '专业技术三级岗位评审通过率控制在40%以内（003 §2(4)）',
      series: ['*'],
      maxRate: 0.4,
    },
  ],
  // Jilin counts yearly hours from the year before this plan, no make-up for earlier years (003 §3(3)).
  verification: verificationRules({ from: '2022-01', to: '2022-12' }, [2022]),
});
