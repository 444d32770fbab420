import { randomUUID } from 'node:crypto';
import { createEvent, deadLetterTopicOf, PlanPublished, Topics } from '@zc/contracts';
import { produceRaw, readTopicUntil, type ReadMessage } from '@zc/messaging/testing';
import { RunningSystem, samplePlanDocument, waitFor } from '@zc/testing';
import { emit } from './support/supervision-events';
import { closeQueries, query, TEST_KAFKA, TEST_SYSTEM } from './support/test-system';

/** Every service that applies plans, and its consumer group. */
const CONSUMERS = { verification: 'zc-verification', committee: 'zc-committee', publicity: 'zc-publicity', supervision: 'zc-supervision' } as const;

/**
 * The annual plan travels typed (libs/contracts): each service that applies it keeps the numbers
 * the plan sets, and a plan missing one of them is dead-lettered by every consumer with the field
 * named, never applied with a default of the consumer's own (R-PB-1's 5 days, R-CM-2's 7).
 */
describe('the annual plan as a contract between intake and the services that apply it', () => {
  const system = new RunningSystem(TEST_SYSTEM, { services: ['verification', 'committee', 'publicity', 'supervision'] });

  beforeAll(() => system.start());
  afterAll(async () => {
    await system.stop();
    await closeQueries();
  });

  it('each consumer keeps the plan’s own numbers', async () => {
    const planId = `contract-${randomUUID()}`;
    const plan = samplePlanDocument({ id: planId, resultPublicityWorkingDays: 7, extractionLeadDays: 10, qualificationCutoff: '2023-08-31', resultReporting: { reportWithinDays: 1, fileWithinDays: 3 } });
    plan.stages.missedDeadlineBarYears = 3;
    await emit(PlanPublished, planId, { planId, version: 1, region: plan.region, year: plan.year, series: plan.series, document: plan }, 'intake');

    const kept = (service: keyof typeof CONSUMERS, table: string) =>
      waitFor(`plan ${planId} kept by ${service}`, async () => (await query<Record<string, unknown>>(service, `SELECT * FROM "${table}" WHERE "planId" = $1`, [planId]))[0]);
    expect(await kept('publicity', 'PublicityPlan')).toMatchObject({ workingDays: 7, reportWithinDays: 1, fileWithinDays: 3 });
    expect(await kept('verification', 'VerificationPlan')).toMatchObject({ qualificationCutoff: '2023-08-31', rules: plan.verification });
    expect((await kept('committee', 'CommitteePlan'))['document']).toMatchObject({ extractionLeadDays: 10, stages: { committeeDeadline: '2023-12-31', missedDeadlineBarYears: 3 } });
    expect((await kept('supervision', 'PlanDocument'))['document']).toMatchObject({ resultPublicityWorkingDays: 7, extractionLeadDays: 10 });
  });

  it('a plan missing a rule’s number is dead-lettered by every consumer with the field named, and kept by none', async () => {
    const planId = `contract-${randomUUID()}`;
    const plan = samplePlanDocument({ id: planId });
    const event = createEvent(PlanPublished, planId, { planId, version: 1, region: plan.region, year: plan.year, series: plan.series, document: plan }, { source: 'intake', correlationId: planId });
    // As if intake's schema had renamed the field: it no longer travels under the name consumers read.
    const { resultPublicityWorkingDays: _renamed, ...withoutIt } = event.data.document;
    await produceRaw(TEST_KAFKA, Topics.intakePlan, [{ key: planId, value: JSON.stringify({ ...event, data: { ...event.data, document: { ...withoutIt, resultPublicityDays: 5 } } }) }]);

    const byGroup = (group: string) => (m: ReadMessage) => m.key === planId && m.headers['dlt-consumer-group'] === group;
    const letters = await readTopicUntil(TEST_KAFKA, deadLetterTopicOf(Topics.intakePlan), (messages) => Object.values(CONSUMERS).every((group) => messages.some(byGroup(group))), 60_000);
    for (const group of Object.values(CONSUMERS)) {
      const letter = letters.find(byGroup(group))!;
      expect(letter.headers['dlt-reason']).toContain('document.resultPublicityWorkingDays');
      expect(letter.headers['dlt-attempts']).toBe('0'); // refused on arrival, not after retries
    }
    expect(await query('publicity', 'SELECT 1 FROM "PublicityPlan" WHERE "planId" = $1', [planId])).toEqual([]);
    expect(await query('supervision', 'SELECT 1 FROM "PlanDocument" WHERE "planId" = $1', [planId])).toEqual([]);
  });
});
