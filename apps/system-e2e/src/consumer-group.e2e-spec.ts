import { freshSampleNumber, RunningSystem, sampleDeclaration, waitFor } from '@zc/testing';
import { loadFeed, submit } from './support/declarations';
import { closeQueries, query, TEST_SYSTEM } from './support/test-system';

const ACCEPTED = 'intake.declaration.accepted.v1';

async function handledBy(url: string): Promise<number> {
  const metrics = await (await fetch(`${url}/metrics`)).text();
  const line = metrics.split('\n').find((l) => l.startsWith(`zc_events_consumed_total{type="${ACCEPTED}",outcome="handled"}`));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

/**
 * Scaling one service on its own: three verification instances (as many as the topics' partitions,
 * KAFKA_PARTITIONS, which caps useful instances) join one consumer group and share the load.
 */
describe('three instances of one service in one consumer group', () => {
  const system = new RunningSystem(TEST_SYSTEM, { services: ['intake', 'verification'], instances: { verification: 3 } });

  beforeAll(() => system.start());
  afterAll(async () => {
    await system.stop();
    await closeQueries();
  });

  it('share the partitions, and every event is handled exactly once', async () => {
    const count = 24;
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const n = freshSampleNumber();
      const declaration = sampleDeclaration(n);
      await loadFeed(system, declaration);
      ids.push(await submit(system, n, declaration));
    }

    const results = await waitFor('a verdict for every declaration', async () => {
      const rows = await query<{ declarationId: string }>('verification', 'SELECT "declarationId" FROM "DeclarationCase" WHERE "declarationId" = ANY($1::uuid[]) AND "concludedAt" IS NOT NULL', [ids]);
      return rows.length >= count ? rows : undefined;
    });
    expect(new Set(results.map((r) => r.declarationId)).size).toBe(count);
    expect(results).toHaveLength(count);
    const checks = await query('verification', `SELECT 1 FROM "CheckResult" WHERE "declarationId" = ANY($1::uuid[]) AND status = 'passed'`, [ids]);
    expect(checks).toHaveLength(count * 3);

    // Delivery is at least once (a rebalance may redeliver); the effect is exactly once: one inbox
    // row per event, whichever instance took it.
    const events = await query<{ eventId: string }>('intake', `SELECT "eventId" FROM outbox_event WHERE key = ANY($1) AND type = $2`, [ids, ACCEPTED]);
    expect(events).toHaveLength(count);
    const handledOnce = await query<{ count: string }>(
      'verification',
      `SELECT count(*) FROM inbox_event WHERE consumer = 'verification.verify-declaration' AND "eventId" = ANY($1::uuid[])`,
      [events.map((e) => e.eventId)],
    );
    expect(Number(handledOnce[0]?.count)).toBe(count);

    // Every instance took a share of the partitions and did work.
    const instances = system.instances('verification');
    expect(instances).toHaveLength(3);
    const perInstance = await Promise.all(instances.map((instance) => handledBy(instance.url)));
    for (const handled of perInstance) expect(handled).toBeGreaterThan(0);
    expect(perInstance.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(count);
  });
});
