import { annualPlanSchema, type AnnualPlan } from '../annual-plan.schema';
import { verificationRules } from './verification-defaults';

/**
 * Tianjin 2023, engineering series, quality / metrology / standardisation / drug-inspection
 * specialties: 001 = seeds/001_436d3af770ae2f1e.txt, 2023年度天津市工程技术系列质量、计量、标准化、药品检验
 * 专业职称评审工作方案, made under the city-wide notice (000, 津人社办函〔2023〕355号).
 *
 * NOT EXPRESSIBLE: the plan covers only these four engineering specialties (001 §1), but the schema
 * scopes a plan by series alone, so `series: ['engineering']` also matches every other Tianjin
 * engineering specialty. The specialties are in the catalogue's committee
 * `tianjin-engineering-quality-metrology`.
 */
export const TIANJIN_2023_QUALITY_METROLOGY_PLAN: AnnualPlan = annualPlanSchema.parse({
  id: 'tianjin-2023-quality-metrology',
  title: '2023年度天津市工程技术系列质量、计量、标准化、药品检验专业职称评审工作方案',
  region: 'tianjin',
  year: 2023,
  series: ['engineering'],
  levels: ['intermediate', 'deputy-senior'], // 001 §1: 副高级和中级
  source: 'seeds/001_436d3af770ae2f1e.txt — 2023年度天津市工程技术系列质量、计量、标准化、药品检验专业职称评审工作方案',
  stages: {
    applicantSubmission: {
      opens: '2023-09-18', // 001 §7(1): applicants from 09-18 (Monday)
      // Derived: 001 gives no closing day; the department deadline (11-06) is the latest possible.
      closes: '2023-11-06',
    },
    employerReviewCloses: '2023-11-06', // derived: bounded by the department deadline, 001 §7(1)
    departmentReviewCloses: '2023-11-06', // 001 §7(1): departments by 11-06 (Monday)
    officeReviewCloses: '2023-11-20', // 001 §7(2): office online review by 11-20
    // ASSUMED: 001 §7(2) returns a file "限时更改" without saying how long.
    correctionDays: 5,
    // 001 §7(3): by 11-30, professional exams for applicants without the required education (not the
    // national exam of R-EL-7).
    examCloses: '2023-11-30',
    meetings: { opens: '2023-12-01', closes: '2023-12-31' }, // 001 §7(4): meetings 12-01..12-31
    committeeDeadline: '2023-12-31', // 001 §7(4); 000 §4(3) end of December
    missedDeadlineBarYears: 0, // neither 001 nor 000 bars a committee for missing it
  },
  // ASSUMED: no cut-off in 001 or 000; end of the evaluation year (as in `tianjin-2023`).
  qualificationCutoff: '2023-12-31',
  unitPublicityWorkingDays: 5, // 001 §7(1): 不少于5个工作日
  resultPublicityWorkingDays: 5, // 001 §7(5): 不少于5个工作日
  resultReporting: null, // neither 001 nor 000 sets a reporting deadline (R-PB-4)
  committeeMeetingApproval: false, // neither asks per-meeting approval (R-CM-1)
  extractionLeadDays: 7, // 000 §4(3) (001 is silent)
  fee: { required: false }, // 000 §5(2): no fee in Tianjin
  defenceLevels: [], // 001 §4: 评审方式为专家评审 (no defence)
  channels: {
    normal: { evidence: [] },
    exceptional: { evidence: ['employer-exceptional-application'] }, // 001 §9(3): 用人单位出具破格申请并加盖公章
    // 001 §2: vocational-qualification certificate plus the employer's appointment proof (聘任证明,
    // no evidence kind for it).
    'direct-vocational': { evidence: ['vocational-qualification-certificate'] },
    // 000 §3(1): in-station post-docs declare deputy-senior through their station unit (001 is silent).
    'early-graduate': { evidence: ['postdoctoral-certificate'] },
    // not open: 'grassroots-3010' and 'directed' are Jilin's
  },
  excludedCategories: ['civil-servant', 'civil-servant-managed', 'retiree'], // 001 §2
  yearsInPost: [], // 001 §3 refers to 津人社局发〔2019〕39号 for 资历 conditions; not in the notice
  examSeries: [], // engineering is not exam-plus-review
  datedRules: [],
  passRateCaps: [],
  verification: verificationRules({ from: '2022-09', to: '2023-08' }, [2020, 2021, 2022]),
});
