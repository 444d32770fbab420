import { annualPlanSchema, type AnnualPlan } from '@zc/contracts';
import { checkCharacterOf } from '@zc/national-standards';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN_NAMES = ['伟', '芳', '娜', '敏', '静', '强', '磊', '洋', '艳', '杰', '勇', '军'];
/** Well-formed unified social credit codes (GB 32100 shape) of fictional units. */
export const SAMPLE_EMPLOYERS = ['91440300708461136T', '91110000600037341L', '91120116MA06A7Y28D'];

/** A declaration request as intake takes it (see libs/intake/application declaration.request.ts). */
export interface SampleDeclaration {
  applicantName: string;
  idNumber: string;
  employerCreditCode: string;
  department: string;
  region: string;
  series: string;
  specialty: string;
  level: 'primary' | 'intermediate' | 'deputy-senior' | 'senior';
  channel: string;
  personCategory: string;
  origin: string;
  currentPost: { since: string; unitKind: 'separate' | 'combined' | 'other'; tier?: string };
  employment: { kind: string; months?: number; filingNumber?: string };
  materials: object[];
  [more: string]: unknown;
}

/** The parts a paper's evidence consists of (R-RV-6); each is uploaded as a file. */
export const PAPER_PARTS = ['journal-cover', 'copyright-page', 'contents', 'full-text'];

/** A minimal PDF, as a scanned page would be uploaded. */
export const SAMPLE_PDF = Buffer.from('%PDF-1.4\n% sample evidence page\n%%EOF\n');

/** The department that supervises the sample employers (业务主管部门). */
export const SAMPLE_DEPARTMENT = 'tianjin-market-regulation';

/** Birth dates 1950-01-01 onwards: with the 3-digit sequence, ~18 million distinct identity numbers. */
const BIRTH_DATES = 18_250;

function birthDateOf(n: number): string {
  return new Date(Date.UTC(1950, 0, 1) + (n % BIRTH_DATES) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
}

/**
 * A valid, deterministic declaration for applicant number `n` (distinct numbers, distinct
 * people): an intermediate metrology engineer in Tianjin, under the 2023 quality/metrology plan,
 * with one complete, stamped paper.
 */
export function sampleDeclaration(n: number, overrides: Partial<SampleDeclaration> = {}): SampleDeclaration {
  const first17 = `120101${birthDateOf(n)}${String(Math.floor(n / BIRTH_DATES) % 1000).padStart(3, '0')}`;
  return {
    applicantName: `${SURNAMES[n % SURNAMES.length]}${GIVEN_NAMES[Math.floor(n / SURNAMES.length) % GIVEN_NAMES.length]}`,
    idNumber: `${first17}${checkCharacterOf(first17)}`,
    employerCreditCode: SAMPLE_EMPLOYERS[n % SAMPLE_EMPLOYERS.length] as string,
    department: SAMPLE_DEPARTMENT,
    region: 'tianjin',
    series: 'engineering',
    specialty: 'metrology',
    level: 'intermediate',
    channel: 'normal',
    personCategory: 'in-service',
    origin: 'mainland',
    currentPost: { since: '2016-07-01', unitKind: 'combined' },
    employment: { kind: 'social-security-registration' },
    education: { degree: 'bachelor', institution: '天津大学', major: '测控技术与仪器', graduatedOn: '2012-07-01', studyMode: 'full-time' },
    continuingEducationPromise: false,
    materials: [
      {
        type: 'paper',
        title: '计量器具检定方法研究',
        firstPageStamped: true,
        cn: 'CN 11-2260/TB',
        issn: '1000-1158',
      },
    ],
    ...overrides,
  };
}

/**
 * Social-security feed records: `months` consecutive months paid by the declaring unit, inside the
 * seeded 2023 plans' windows (Jilin's is 2022, the others' reach into 2023).
 */
export function contributionRecords(declaration: Pick<SampleDeclaration, 'idNumber' | 'employerCreditCode'> & { region?: string }, months = 6) {
  const year = declaration.region === 'jilin' ? 2022 : 2023;
  return Array.from({ length: months }, (_, i) => ({
    idNumber: declaration.idNumber,
    employerCreditCode: declaration.employerCreditCode,
    month: `${year}-${String(i + 1).padStart(2, '0')}`,
  }));
}

/** Continuing-education feed records: `hours` in each of 2020–2022, the Tianjin 2023 plans' years. */
export function continuingEducationRecords(declaration: Pick<SampleDeclaration, 'idNumber'>, hours = 90, years = [2020, 2021, 2022]) {
  return years.map((year) => ({ idNumber: declaration.idNumber, year: String(year), courseCode: `CE-${year}-01`, provider: '天津市专业技术人员继续教育基地', hours: String(hours) }));
}

/** Degree feed records: the degree the sample declares (or another one, to test a mismatch). */
export function degreeRecords(declaration: Pick<SampleDeclaration, 'idNumber'> & { education?: unknown }, overrides: Record<string, string> = {}) {
  const education = (declaration.education ?? {}) as Record<string, string>;
  return [
    {
      idNumber: declaration.idNumber,
      certificateNumber: `1005612012${declaration.idNumber.slice(-6)}`,
      degree: education['degree'] ?? 'bachelor',
      institution: education['institution'] ?? '天津大学',
      major: education['major'] ?? '测控技术与仪器',
      graduatedOn: education['graduatedOn'] ?? '2012-07-01',
      studyMode: education['studyMode'] ?? 'full-time',
      ...overrides,
    },
  ];
}

const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A well-formed credit code no other test uses: a unit with no feed data of its own. */
export function uniqueCreditCode(): string {
  return Array.from({ length: 18 }, () => CREDIT_CODE_ALPHABET[Math.floor(Math.random() * CREDIT_CODE_ALPHABET.length)]).join('');
}

/** A sample number for a new person: distinct identity numbers for numbers below 18,250,000. */
export function freshSampleNumber(): number {
  return Math.floor(Math.random() * BIRTH_DATES * 1000);
}

/**
 * A whole annual plan as `intake.plan.published.v1` carries it, for tests that put plan events on
 * the broker themselves: shaped like Tianjin 2023 (000), every field the contract requires present.
 */
export function samplePlanDocument(overrides: Partial<AnnualPlan> = {}): AnnualPlan {
  return annualPlanSchema.parse({
    id: 'sample-2023',
    title: 'sample plan',
    region: 'tianjin',
    year: 2023,
    series: ['engineering'],
    levels: ['primary', 'intermediate', 'deputy-senior', 'senior'],
    source: 'test fixture shaped like seeds/000',
    stages: {
      applicantSubmission: { opens: '2023-09-18', closes: '2023-10-20' },
      employerReviewCloses: '2023-10-27',
      departmentReviewCloses: '2023-11-06',
      officeReviewCloses: '2023-11-20',
      correctionDays: 5,
      meetings: { opens: '2023-11-21', closes: '2023-12-31' },
      committeeDeadline: '2023-12-31',
      missedDeadlineBarYears: 0,
    },
    qualificationCutoff: '2023-12-31',
    unitPublicityWorkingDays: 5,
    resultPublicityWorkingDays: 5,
    resultReporting: null,
    committeeMeetingApproval: false,
    extractionLeadDays: 7,
    fee: { required: false },
    defenceLevels: [],
    channels: { normal: { evidence: [] } },
    excludedCategories: ['civil-servant', 'civil-servant-managed', 'retiree'],
    yearsInPost: [],
    examSeries: [],
    datedRules: [],
    passRateCaps: [],
    verification: {
      pendingTimeoutSeconds: 3 * 86_400,
      socialSecurity: { minimumMonths: 6, window: { from: '2022-09', to: '2023-08' } },
      continuingEducation: { hoursPerYear: 90, years: [2020, 2021, 2022], spotCheckRate: 0.1 },
      degree: { minimumYearsSinceGraduation: { intermediate: { bachelor: 5, master: 2 } } },
    },
    ...overrides,
  });
}
