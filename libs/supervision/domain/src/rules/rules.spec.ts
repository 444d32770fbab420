import { WorkingDayCalendar } from '@zc/calendar';
import { createEvent, DecisionRecorded, ExpertsDrawn, ReviewPlanFiled, type Envelope, type SupervisionPlanSlice } from '@zc/contracts';
import { SUPERVISION_RULES, rulesTriggeredBy } from './index';
import { leadTimeRule } from './lead-time.rule';
import type { RuleContext } from './supervision-rule';
import { quorumAndTwoThirdsRule } from './vote.rule';

const meta = { source: 'test', correlationId: 'c' };
const reviewPlanId = '6f1c1f5e-8f43-4c2e-9d1a-0a8f0e2a4b11';

/** What a rule may look up, held in memory: the events it has been given. */
function contextWith(events: Envelope[], plans: Record<string, SupervisionPlanSlice> = {}): RuleContext {
  return {
    calendar: new WorkingDayCalendar(),
    caseOf: async () => null,
    plan: async (planId) => plans[planId] ?? null,
    eventsOf: async <T extends Envelope>(key: string, type: string) => events.filter((e) => e.type === type && (e.subject === key || JSON.stringify(e.data).includes(key))) as T[],
    declarationsLike: async () => [],
  };
}

const PLAN: SupervisionPlanSlice = {
  unitPublicityWorkingDays: 5,
  resultPublicityWorkingDays: 5,
  extractionLeadDays: 7,
  stages: { applicantSubmission: { opens: '2023-09-18', closes: '2023-10-20' }, employerReviewCloses: '2023-10-27', departmentReviewCloses: '2023-11-06', officeReviewCloses: '2023-11-20', committeeDeadline: '2023-12-31' },
};

const filed = (filedOn: string) =>
  createEvent(ReviewPlanFiled, reviewPlanId, { reviewPlanId, committeeId: 'c', meetingOn: '2023-12-01', mode: 'on-site', panels: [], declarationIds: [], filedOn, planId: 'p', seedCommitment: 'a'.repeat(64) }, meta);

describe('supervision rules', () => {
  it('each has a rule id, a severity and at least one trigger, and the ids are the notices’', () => {
    for (const rule of SUPERVISION_RULES) {
      expect(rule.ruleId).toMatch(/^R-(RV|EL|CM|PB|CT)-\d+$/);
      expect(rule.triggers.length).toBeGreaterThan(0);
    }
    expect(rulesTriggeredBy(ExpertsDrawn.type).map((r) => r.ruleId).sort()).toEqual(['R-CM-2', 'R-CM-3', 'R-CM-4']);
  });

  it('R-CM-2 takes the plan’s lead time, and the national 7 days where the plan is unknown, saying which', async () => {
    expect(await leadTimeRule.evaluate(filed('2023-11-24'), contextWith([]))).toEqual([]);
    const [unknownPlan] = await leadTimeRule.evaluate(filed('2023-11-25'), contextWith([]));
    expect(unknownPlan?.detail).toBe('filed on 2023-11-25, 6 days before the meeting on 2023-12-01; the national minimum (plan p not received by supervision) requires at least 7');
    const [planned] = await leadTimeRule.evaluate(filed('2023-11-24'), contextWith([], { p: { ...PLAN, extractionLeadDays: 10 } }));
    expect(planned?.detail).toBe('filed on 2023-11-24, 7 days before the meeting on 2023-12-01; plan p requires at least 10');
  });

  it('R-CM-2 judges a draw against the filed plan’s meeting', async () => {
    const plan = filed('2023-11-20');
    const drawn = (drawnOn: string) => createEvent(ExpertsDrawn, reviewPlanId, { reviewPlanId, committeeId: 'c', seedCommitment: 'a'.repeat(64), revealedSeed: 's', witnessInput: 'w', drawnOn, panels: [] }, meta);
    expect(await leadTimeRule.evaluate(drawn('2023-11-24'), contextWith([plan]))).toEqual([]);
    expect((await leadTimeRule.evaluate(drawn('2023-11-27'), contextWith([plan])))[0]).toMatchObject({ dedupeKey: `R-CM-2:${reviewPlanId}:drawn`, evidence: [plan.id, expect.any(String)] });
  });

  it.each([
    [5, 4, 3, 'passed', []],
    [5, 5, 4, 'passed', []],
    [5, 5, 3, 'passed', ['two-thirds']],
    [5, 3, 3, 'passed', ['quorum']],
    [6, 3, 1, 'passed', ['quorum', 'two-thirds']],
    [5, 5, 3, 'failed', []],
  ] as const)('R-CM-7: a panel of %i, %i attending, %i in favour, %s → %j', async (members, attending, votesFor, outcome, breaches) => {
    const declarationId = '0b7f5a52-5a1b-4d36-9a3e-1f4f6c1f2d10';
    const decision = createEvent(DecisionRecorded, declarationId, { declarationId, members, attending, votesFor, votesAgainst: attending - votesFor, abstentions: 0, outcome, reason: 'r' }, meta);
    const found = await quorumAndTwoThirdsRule.evaluate(decision, contextWith([]));
    expect(found.map((v) => v.dedupeKey.split(':').at(-1))).toEqual(breaches);
  });
});
