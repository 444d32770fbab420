import { annualPlanSchema, type AnnualPlan } from '../annual-plan.schema';
import { verificationRules } from './verification-defaults';

/**
 * PLACEHOLDER — 004 says only that applicants pay online "根据评审机构通知，在规定时间内" after the
 * office review (004 §3(1)3); it states neither the amount nor the period. These two numbers are
 * stand-ins to be replaced from the committee offices' notices; 1 yuan is chosen so that nobody
 * mistakes it for a real fee.
 */
export const BEIJING_2023_FEE_PLACEHOLDER = { amountYuan: 1, payWithinDays: 5 } as const;

/**
 * Beijing 2023: 004 = seeds/004_26ceedf7fdba221b.txt, 北京市人力资源和社会保障局关于开展2023年度
 * 北京市职称评价工作的通知. The calendar of 004 §3(1) applies to professional-qualification
 * evaluation (专业技术资格评审) of the series it lists; health and school-teacher series follow their
 * competent departments' own schedules (004 §3(2)) and universities/party schools evaluate themselves
 * (004 §3(3)), so those series are not in this plan.
 */
export const BEIJING_2023_PLAN: AnnualPlan = annualPlanSchema.parse({
  id: 'beijing-2023',
  title: '2023年度北京市职称评价工作（专业技术资格评审）',
  region: 'beijing',
  year: 2023,
  // 004 §3(1): 工程技术、农业技术、经济、会计、统计、审计、体育、新闻、出版、播音主持、翻译、艺术、工艺美术、
  // 文物博物、图书资料、档案、自然科学研究、哲学社会科学研究、公共法律服务. (实验技术 is open to high-skill talent
  // by 004 §1 but is not in §3(1)'s list, so no Beijing plan covers it.)
  series: [
    'engineering',
    'agriculture',
    'economics',
    'accounting',
    'statistics',
    'auditing',
    'sports',
    'journalism',
    'publishing',
    'broadcasting',
    'translation',
    'art',
    'arts-and-crafts',
    'cultural-relics',
    'library',
    'archives',
    'natural-science-research',
    'social-science-research',
    'public-legal-services',
  ],
  levels: ['primary', 'intermediate', 'deputy-senior', 'senior'], // 004 §3(1): "各级别"
  source: 'seeds/004_26ceedf7fdba221b.txt — 北京市人力资源和社会保障局关于开展2023年度北京市职称评价工作的通知',
  stages: {
    applicantSubmission: { opens: '2023-07-04', closes: '2023-07-17' }, // 004 §3(1)1: 7月4日（周二）-7月17日（周一）
    employerReviewCloses: '2023-07-31', // 004 §3(1)2: units 7月4日（周二）-7月31日（周一）
    // NOT EXPRESSIBLE: Beijing has no competent-department stage — the social-security unit (or the
    // recommending association) submits straight to the review service organisation (004 §3(1)2).
    // Set to the unit deadline so the stage adds no time.
    departmentReviewCloses: '2023-07-31',
    officeReviewCloses: '2023-08-31', // 004 §3(1)3: "7月-8月"
    // ASSUMED: 004 §3(1)3 says "在规定期限内一次性告知", without the period.
    correctionDays: 5,
    // no examCloses: 004 schedules no exam stage
    meetings: { opens: '2023-09-01', closes: '2023-11-30' }, // 004 §3(1)4: defence and review "9月-11月"
    committeeDeadline: '2023-11-30', // 004 §3(1)4; the bureau's acceptance (验收) follows, before publicity
    missedDeadlineBarYears: 0, // 004 bars no committee for missing the deadline
  },
  // ASSUMED: 004 names no cut-off; end of the evaluation year. To be confirmed with the bureau.
  qualificationCutoff: '2023-12-31',
  unitPublicityWorkingDays: 5, // 004 §3(1)2: 单位内部公示不少于5个工作日
  resultPublicityWorkingDays: 5, // 004 §3(1)5: 公示期不少于5个工作日
  resultReporting: null, // 004 §3(1)5 says where results are published, not by when they are reported (R-PB-4)
  committeeMeetingApproval: false, // 004 asks no per-meeting approval (R-CM-1)
  extractionLeadDays: 7, // R-CM-2 (000 §4(3), Tianjin); 004 is silent — the platform-wide minimum
  // 004 §3(1)3: online fee after the office review; unpaid in time = abandoned. Amount and period: PLACEHOLDER.
  fee: { required: true, ...BEIJING_2023_FEE_PLACEHOLDER },
  defenceLevels: ['intermediate', 'deputy-senior', 'senior'], // 004 §3(1)4: 高、中级现场答辩; 初级 expert review
  channels: {
    normal: { evidence: [] },
    // 004 §4(6): ≥2 peer experts with a full-senior title fill in 《北京市高级职称破格申报推荐表》
    // (senior levels only — the schema cannot limit a channel to levels).
    exceptional: { evidence: ['peer-expert-recommendations'] },
    // 004 §4(5): a vocational qualification counts as the corresponding title and as a condition for
    // the next level (recognition rather than a separate declaration route).
    'direct-vocational': { evidence: ['vocational-qualification-certificate'] },
    // not open: 'early-graduate', 'grassroots-3010', 'directed' (004 has none of them)
  },
  // 004 §1 names only civil servants. 'retiree': implied — §1 admits only staff with a current
  // 人事劳动关系. 'civil-servant-managed': ASSUMED (excluded in 000 §1(5) and 003 §6(1), not in 004).
  excludedCategories: ['civil-servant', 'civil-servant-managed', 'retiree'],
  yearsInPost: [], // 004 defers to each series' standard
  // 004 §3(1) "除国家有明确要求外": the national exam-plus-review series among this plan's (ASSUMED list).
  examSeries: [{ series: 'accounting' }, { series: 'economics' }, { series: 'statistics' }, { series: 'auditing' }],
  datedRules: [],
  passRateCaps: [],
  verification: verificationRules({ from: '2022-07', to: '2023-06' }, [2020, 2021, 2022]),
});
