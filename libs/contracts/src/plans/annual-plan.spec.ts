import { createEvent } from '../create-event';
import { PlanPublished } from '../events/intake.events';
import { parseEvent } from '../registry';
import { Topics } from '../topics';
import { annualPlanSchema, type AnnualPlan } from './annual-plan';
import { committeePlanSliceSchema, supervisionPlanSliceSchema } from './plan-slices';

/** A whole plan shaped like Tianjin 2023's (000), kept here: contracts may not depend on the test kit. */
function samplePlanDocument(overrides: Partial<AnnualPlan> = {}): AnnualPlan {
  return annualPlanSchema.parse({
    id: 'sample-2023',
    title: 'sample plan',
    region: 'tianjin',
    year: 2023,
    series: ['engineering'],
    levels: ['intermediate', 'deputy-senior'],
    source: 'test fixture',
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
    excludedCategories: ['civil-servant', 'retiree'],
    yearsInPost: [],
    examSeries: [],
    datedRules: [],
    passRateCaps: [],
    verification: {
      pendingTimeoutSeconds: 86_400,
      socialSecurity: { minimumMonths: 6, window: { from: '2022-09', to: '2023-08' } },
      continuingEducation: { hoursPerYear: 90, years: [2022], spotCheckRate: 0.1 },
      degree: { minimumYearsSinceGraduation: { intermediate: { bachelor: 5 } } },
    },
    ...overrides,
  });
}

/** Every field of a plan that a service other than intake reads, as a path into the document. */
const READ_BY_CONSUMERS: string[][] = [
  ['qualificationCutoff'], // verification (R-EL-9, R-VF-3)
  ['verification'], // verification (R-VF-*, R-RV-2)
  ['resultPublicityWorkingDays'], // publicity, supervision (R-PB-1)
  ['resultReporting'], // publicity (R-PB-4)
  ['unitPublicityWorkingDays'], // supervision (R-RV-1)
  ['extractionLeadDays'], // committee, supervision (R-CM-2)
  ['committeeMeetingApproval'], // committee (R-CM-1)
  ['defenceLevels'], // committee (R-CM-6)
  ['passRateCaps'], // committee (R-CM-9)
  ['stages', 'meetings'], // committee (R-RV-3)
  ['stages', 'committeeDeadline'], // committee, supervision (R-CM-8)
  ['stages', 'missedDeadlineBarYears'], // committee (R-CM-8)
  ['stages', 'applicantSubmission'], // supervision (R-RV-3)
  ['stages', 'employerReviewCloses'],
  ['stages', 'departmentReviewCloses'],
  ['stages', 'officeReviewCloses'],
];

function planEventWithout(path: readonly string[]): string {
  const plan = samplePlanDocument();
  const event = createEvent(PlanPublished, plan.id, { planId: plan.id, version: 1, region: plan.region, year: plan.year, series: plan.series, document: plan }, { source: 'intake', correlationId: 'c' });
  const document = structuredClone(event.data.document) as Record<string, unknown>;
  const parent = path.slice(0, -1).reduce((at, key) => at[key] as Record<string, unknown>, document);
  delete parent[path.at(-1) as string];
  return JSON.stringify({ ...event, data: { ...event.data, document } });
}

describe('the annual plan contract', () => {
  it('carries a whole plan through the event, parsed on arrival', () => {
    const plan = samplePlanDocument({ resultPublicityWorkingDays: 7 });
    const event = createEvent(PlanPublished, plan.id, { planId: plan.id, version: 1, region: plan.region, year: plan.year, series: plan.series, document: plan }, { source: 'intake', correlationId: 'c' });
    const parsed = parseEvent(JSON.stringify(event), Topics.intakePlan);
    expect(parsed).toEqual({ ok: true, event });
  });

  it.each(READ_BY_CONSUMERS)('refuses a plan without %s on arrival, naming it: a consumer dead-letters it rather than default it', (...path: string[]) => {
    const parsed = parseEvent(planEventWithout(path), Topics.intakePlan);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toContain(`document.${path.join('.')}`);
  });

  it('has no default for a rule: a region without one says so (0, null, false)', () => {
    const plan = samplePlanDocument();
    const { resultReporting: _r, committeeMeetingApproval: _c, ...authoredWithout } = plan;
    const refused = annualPlanSchema.safeParse(authoredWithout);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['committeeMeetingApproval', 'resultReporting']);
    expect(annualPlanSchema.parse(plan)).toMatchObject({ resultReporting: null, committeeMeetingApproval: false, stages: { missedDeadlineBarYears: 0 } });
  });

  it('gives the committee and supervision their slices, and refuses a kept plan that lacks a field of one', () => {
    const plan = samplePlanDocument({ extractionLeadDays: 10 });
    expect(committeePlanSliceSchema.parse(plan)).toEqual({
      extractionLeadDays: 10,
      committeeMeetingApproval: false,
      defenceLevels: [],
      passRateCaps: [],
      stages: { meetings: plan.stages.meetings, committeeDeadline: '2023-12-31', missedDeadlineBarYears: 0 },
    });
    expect(supervisionPlanSliceSchema.parse(plan)).toMatchObject({ unitPublicityWorkingDays: 5, resultPublicityWorkingDays: 5, extractionLeadDays: 10, stages: { officeReviewCloses: '2023-11-20' } });
    const { extractionLeadDays: _lead, ...withoutLead } = plan;
    expect(committeePlanSliceSchema.safeParse(withoutLead).error?.issues[0]?.path).toEqual(['extractionLeadDays']);
    expect(supervisionPlanSliceSchema.safeParse(withoutLead).error?.issues[0]?.path).toEqual(['extractionLeadDays']);
  });
});
