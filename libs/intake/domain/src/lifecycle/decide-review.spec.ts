import { annualPlanSchema, type AnnualPlan } from '../plans/annual-plan.schema';
import { decideReview, type DeclarationUnderReview, type ReviewFacts } from './decide-review';
import type { ReviewCommand } from './review-command';
import type { ReviewStatus } from './review-status';
import { verificationRules } from '../plans/seeds/verification-defaults';

const basePlan = {
  id: 'test-2023',
  title: 'test',
  region: 'testland',
  year: 2023,
  series: ['*'],
  levels: ['intermediate', 'deputy-senior'],
  source: 'fixture',
  stages: {
    applicantSubmission: { opens: '2023-09-18', closes: '2023-10-20' },
    employerReviewCloses: '2023-10-31',
    departmentReviewCloses: '2023-11-06',
    officeReviewCloses: '2023-11-20',
    correctionDays: 7,
    meetings: { opens: '2023-12-01', closes: '2023-12-31' },
    committeeDeadline: '2023-12-31',
    missedDeadlineBarYears: 0,
  },
  qualificationCutoff: '2023-08-31',
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
  verification: verificationRules({ from: '2022-01', to: '2022-12' }, [2022]),
};
const noFee: AnnualPlan = annualPlanSchema.parse(basePlan);
const withFee: AnnualPlan = annualPlanSchema.parse({ ...basePlan, id: 'fee-2023', fee: { required: true, amountYuan: 300, payWithinDays: 5 } });

/** Weekdays only: enough to test the rule; the real calendar (with 调休) is tested in libs/calendar. */
function weekdaysBetween(from: string, to: string): number {
  let count = 0;
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) count += 1;
  }
  return count;
}

const facts = (today: string, plan = noFee): ReviewFacts => ({ plan, today, workingDaysBetween: weekdaysBetween });
const at = (status: ReviewStatus, extra: Partial<DeclarationUnderReview> = {}): DeclarationUnderReview => ({
  status,
  correctionRequested: false,
  correctionDeadline: null,
  feeDeadline: null,
  ...extra,
});
const image = 'a'.repeat(64);
const publicity = { from: '2023-10-09', to: '2023-10-13', evidenceSha256: image }; // Mon..Fri

/** Applies commands in order, failing the test on the first refusal. */
function walk(start: DeclarationUnderReview, steps: [ReviewCommand, string][], plan = noFee): DeclarationUnderReview {
  return steps.reduce((declaration, [command, today]) => {
    const decision = decideReview(declaration, command, facts(today, plan));
    if (!decision.ok) throw new Error(`${command.type} refused: ${decision.reason}`);
    return { ...declaration, ...decision.changes, status: decision.to };
  }, start);
}

describe('declaration review lifecycle', () => {
  it('goes draft → submitted → recommended → forwarded → accepted without a fee', () => {
    const end = walk(at('draft'), [
      [{ type: 'submit', by: 'applicant' }, '2023-09-20'],
      [{ type: 'recommend', by: 'employer', unitPublicity: publicity }, '2023-10-16'],
      [{ type: 'forward', by: 'department' }, '2023-10-20'],
      [{ type: 'accept', by: 'committee-office', committee: 'c1' }, '2023-11-01'],
    ]);
    expect(end.status).toBe('accepted');
  });

  it('lets the employer and the department return a declaration for the applicant to submit again', () => {
    const end = walk(at('draft'), [
      [{ type: 'submit', by: 'applicant' }, '2023-09-20'],
      [{ type: 'return-to-applicant', by: 'employer', reason: 'missing award' }, '2023-09-25'],
      [{ type: 'submit', by: 'applicant' }, '2023-09-26'],
      [{ type: 'recommend', by: 'employer', unitPublicity: publicity }, '2023-10-16'],
      [{ type: 'return-to-applicant', by: 'department', reason: 'wrong specialty' }, '2023-10-17'],
      [{ type: 'submit', by: 'applicant' }, '2023-10-18'],
    ]);
    expect(end.status).toBe('submitted');
  });

  describe('R-RV-1 unit publicity', () => {
    it('refuses a recommendation whose unit publicity lasted fewer working days than the plan asks', () => {
      const decision = decideReview(at('submitted'), { type: 'recommend', by: 'employer', unitPublicity: { ...publicity, to: '2023-10-12' } }, facts('2023-10-16'));
      expect(decision).toMatchObject({ ok: false, ruleId: 'R-RV-1', reason: expect.stringContaining('4 working days') });
    });

    it('refuses one still running, or without its image', () => {
      expect(decideReview(at('submitted'), { type: 'recommend', by: 'employer', unitPublicity: publicity }, facts('2023-10-13'))).toMatchObject({ ok: false, ruleId: 'R-RV-1' });
      expect(decideReview(at('submitted'), { type: 'recommend', by: 'employer', unitPublicity: { ...publicity, evidenceSha256: '' } }, facts('2023-10-16'))).toMatchObject({ ok: false, ruleId: 'R-RV-1' });
    });
  });

  describe('R-RV-3 stage deadlines from the plan', () => {
    it.each([
      ['a submission before the window opens', at('draft'), { type: 'submit', by: 'applicant' }, '2023-09-17'],
      ['a submission after it closes', at('draft'), { type: 'submit', by: 'applicant' }, '2023-10-21'],
      ['an employer recommendation after employer review closes', at('submitted'), { type: 'recommend', by: 'employer', unitPublicity: publicity }, '2023-11-01'],
      ['a department forward after its deadline', at('recommended'), { type: 'forward', by: 'department' }, '2023-11-07'],
      ['an office acceptance after office review closes', at('forwarded'), { type: 'accept', by: 'committee-office', committee: 'c1' }, '2023-11-21'],
    ] as [string, DeclarationUnderReview, ReviewCommand, string][])('refuses %s', (_case, declaration, command, today) => {
      expect(decideReview(declaration, command, facts(today))).toMatchObject({ ok: false, ruleId: 'R-RV-3' });
    });
  });

  describe('R-RV-4 return once with every defect, then accept, decline or abandon', () => {
    const returned = walk(at('forwarded'), [[{ type: 'request-correction', by: 'committee-office', defects: ['award certificate unreadable', 'no employer stamp on page 1'] }, '2023-11-10']]);

    it('returns once with a deadline of the plan’s correction days', () => {
      expect(returned).toMatchObject({ status: 'correction-requested', correctionRequested: true, correctionDeadline: '2023-11-17' });
    });

    it('refuses a second return, and a return listing no defect', () => {
      const resubmitted = walk(returned, [[{ type: 'resubmit', by: 'applicant' }, '2023-11-15']]);
      expect(decideReview(resubmitted, { type: 'request-correction', by: 'committee-office', defects: ['again'] }, facts('2023-11-16'))).toMatchObject({ ok: false, ruleId: 'R-RV-4' });
      expect(decideReview(at('forwarded'), { type: 'request-correction', by: 'committee-office', defects: [] }, facts('2023-11-10'))).toMatchObject({ ok: false, ruleId: 'R-RV-4' });
      expect(walk(resubmitted, [[{ type: 'accept', by: 'committee-office', committee: 'c1' }, '2023-11-18']]).status).toBe('accepted');
      expect(walk(resubmitted, [[{ type: 'decline', by: 'committee-office', reason: 'still unreadable' }, '2023-11-18']]).status).toBe('declined');
    });

    it('abandons a declaration not corrected in time, and not before', () => {
      expect(decideReview(returned, { type: 'abandon-overdue', by: 'system' }, facts('2023-11-17'))).toMatchObject({ ok: false });
      expect(decideReview(returned, { type: 'abandon-overdue', by: 'system' }, facts('2023-11-18'))).toMatchObject({ ok: true, to: 'abandoned', reason: expect.stringContaining('R-RV-4') });
      expect(decideReview(returned, { type: 'resubmit', by: 'applicant' }, facts('2023-11-18'))).toMatchObject({ ok: false, ruleId: 'R-RV-3' });
    });
  });

  describe('R-RV-5 fee where the plan asks for one', () => {
    const awaiting = walk(at('forwarded'), [[{ type: 'accept', by: 'committee-office', committee: 'c1' }, '2023-11-01']], withFee);

    it('waits for the fee after acceptance, then accepts', () => {
      expect(awaiting).toMatchObject({ status: 'awaiting-fee', feeDeadline: '2023-11-06' });
      expect(walk(awaiting, [[{ type: 'pay-fee', by: 'applicant', paymentReference: 'P-1' }, '2023-11-03']], withFee).status).toBe('accepted');
    });

    it('abandons when unpaid by the deadline', () => {
      expect(decideReview(awaiting, { type: 'abandon-overdue', by: 'system' }, facts('2023-11-07', withFee))).toMatchObject({ ok: true, to: 'abandoned', reason: expect.stringContaining('R-RV-5') });
      expect(decideReview(awaiting, { type: 'pay-fee', by: 'applicant', paymentReference: 'late' }, facts('2023-11-07', withFee))).toMatchObject({ ok: false, ruleId: 'R-RV-3' });
    });
  });

  it('refuses a transition that does not exist from the current status (a 409), saying why', () => {
    const decision = decideReview(at('accepted'), { type: 'withdraw', by: 'applicant' }, facts('2023-11-01'));
    expect(decision).toEqual({ ok: false, ruleId: null, reason: 'a declaration that is accepted cannot be sent withdraw by the applicant' });
    expect(decideReview(at('draft'), { type: 'forward', by: 'department' }, facts('2023-10-01')).ok).toBe(false);
    expect(decideReview(at('forwarded'), { type: 'decline', by: 'committee-office', reason: 'x' }, facts('2023-11-01')).ok).toBe(false);
  });

  it('lets the applicant withdraw until acceptance', () => {
    expect(walk(at('correction-requested', { correctionRequested: true, correctionDeadline: '2023-11-17' }), [[{ type: 'withdraw', by: 'applicant' }, '2023-11-12']]).status).toBe('withdrawn');
  });
});
