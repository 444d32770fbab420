import { freshSampleNumber, RunningSystem, sampleDeclaration, waitFor } from '@zc/testing';
import { loadFeed, submit } from './support/declarations';
import { closeQueries, query, TEST_SYSTEM } from './support/test-system';

const SUBMITTED = 'intake.declaration.submitted.v1';

async function handledBy(url: string): Promise<number> {
  const metrics = await (await fetch(`${url}/metrics`)).text();
  const line = metrics.split('\n').find((l) => l.startsWith(`zc_events_consumed_total{type="${SUBMITTED}",outcome="handled"}`));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

describe('two instances of one service in one consumer group', () => {
  const system = new RunningSystem(TEST_SYSTEM, { services: ['intake', 'verification'], instances: { verification: 2 } });

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

    const results = await waitFor('a check result for every declaration', async () => {
      const rows = await query<{ declarationId: string }>('verification', 'SELECT "declarationId" FROM "CheckResult" WHERE "declarationId" = ANY($1::uuid[])', [ids]);
      return rows.length >= count ? rows : undefined;
    });
    expect(new Set(results.map((r) => r.declarationId)).size).toBe(count);
    expect(results).toHaveLength(count);

    const [first, second] = system.instances('verification');
    const perInstance = [await handledBy(first!.url), await handledBy(second!.url)];
    expect(perInstance[0]).toBeGreaterThan(0);
    expect(perInstance[1]).toBeGreaterThan(0);
    expect(perInstance[0]! + perInstance[1]!).toBe(count);
  });
});
