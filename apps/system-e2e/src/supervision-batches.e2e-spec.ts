import { randomUUID } from 'node:crypto';
import { createEvent, deadLetterTopicOf, DeclarationSubmitted, Topics, type EventOf } from '@zc/contracts';
import { produceRaw, readTopicUntil, type ReadMessage } from '@zc/messaging/testing';
import { ApiClient, freshSampleNumber, PRINCIPALS, RunningSystem, sampleDeclaration, waitFor } from '@zc/testing';
import { closeQueries, query, TEST_KAFKA, TEST_SYSTEM } from './support/test-system';

/** A submission as intake publishes it; `planVersion` is the contract's (any safe positive integer). */
function submitted(planVersion = 1): EventOf<typeof DeclarationSubmitted> {
  const declarationId = randomUUID();
  const { applicantName, idNumber, employerCreditCode, series, level, region } = sampleDeclaration(freshSampleNumber());
  const data = { declarationId, applicantName, idNumber, employerCreditCode, series, level, region, planId: 'tianjin-2023', planVersion };
  return createEvent(DeclarationSubmitted, declarationId, data, { source: 'intake', correlationId: randomUUID() });
}

/** How many times supervision's consumer ran a handler of this label (a batch, or one event type alone). */
async function handlerRuns(url: string, type: string): Promise<number> {
  const metrics = await (await fetch(`${url}/metrics`)).text();
  const line = metrics.split('\n').find((l) => l.startsWith(`zc_event_handler_seconds_count{type="${type}"}`));
  return line ? Number(line.split(' ').pop()) : 0;
}

/**
 * Supervision handles a fetched batch in one transaction (R-SV-4: one audit append per batch).
 * A poison event amid good ones rolls its batch back; the events then go one at a time, so the
 * poison alone is dead-lettered with its reason and every good event is audited exactly once.
 */
describe('supervision takes events a batch at a time and isolates a poison event', () => {
  const system = new RunningSystem(TEST_SYSTEM, { services: ['supervision'] });

  beforeAll(() => system.start());
  afterAll(async () => {
    await system.stop();
    await closeQueries();
  });

  it('dead-letters the poison event with its reason, audits every good event once in partition order, and the chain verifies', async () => {
    const url = system.url('supervision');
    const batchesBefore = await handlerRuns(url, 'batch');
    const good = Array.from({ length: 8 }, () => submitted());
    // Valid for the contract, beyond PostgreSQL's integer: the case projection fails on it every time.
    const poison = submitted(2 ** 31);
    const sent = [...good.slice(0, 4), poison, ...good.slice(4)];
    // One key, so one partition, and one send: the consumer fetches them together.
    const key = `batch-${randomUUID()}`;
    await produceRaw(TEST_KAFKA, Topics.intakeDeclaration, sent.map((event) => ({ key, value: JSON.stringify(event) })));

    const isPoison = (m: ReadMessage) => m.headers['dlt-consumer-group'] === 'zc-supervision' && m.key === key;
    const dlt = await readTopicUntil(TEST_KAFKA, deadLetterTopicOf(Topics.intakeDeclaration), (messages) => messages.some(isPoison), 60_000);
    const letters = dlt.filter(isPoison);
    expect(letters).toHaveLength(1);
    expect(JSON.parse(letters[0].value as string)).toEqual(poison);
    expect(letters[0].headers['dlt-reason']).toMatch(/^handler failed after 3 attempts: .*out of range/);
    expect(letters[0].headers['dlt-attempts']).toBe(TEST_SYSTEM.env['CONSUMER_ATTEMPTS']);

    const ids = sent.map((event) => event.id);
    const audited = await waitFor('the good events in the audit log', async () => {
      const rows = await query<{ eventId: string; seq: string }>('supervision', 'SELECT "eventId", seq::text FROM "AuditRecord" WHERE "eventId" = ANY($1::uuid[]) ORDER BY seq', [ids]);
      return rows.length >= good.length ? rows : undefined;
    });
    expect(audited.map((row) => row.eventId)).toEqual(good.map((event) => event.id));
    const handled = await query<{ n: string }>('supervision', `SELECT count(*)::text AS n FROM inbox_event WHERE "eventId" = ANY($1::uuid[])`, [ids]);
    expect(handled[0].n).toBe(String(good.length));
    const timeline = await query<{ n: string }>('supervision', `SELECT count(*)::text AS n FROM "TimelineEntry" WHERE "eventId" = ANY($1::uuid[])`, [ids]);
    expect(timeline[0].n).toBe(String(good.length));

    const verdict = await new ApiClient(url).as(PRINCIPALS.bureauAdmin).get<{ ok: boolean }>('/audit/verification');
    expect(verdict.body.ok).toBe(true);
    // The batch path ran, and the poison's batch was taken apart one event at a time.
    expect(await handlerRuns(url, 'batch')).toBeGreaterThan(batchesBefore);
    expect(await handlerRuns(url, DeclarationSubmitted.type)).toBeGreaterThanOrEqual(Number(TEST_SYSTEM.env['CONSUMER_ATTEMPTS']));
  });
});
