import { RunningSystem } from '@zc/testing';
import { checkRow, type Fixtures } from './support/access-table';
import { SUPERVISION_ACCESS, supervisionFixtures, type SupervisionFixture } from './support/supervision-access';
import { closeQueries, TEST_SYSTEM } from './support/test-system';

describe('supervision: every endpoint for every role and scope', () => {
  const system = new RunningSystem(TEST_SYSTEM, { services: ['supervision'] });
  let fixtures: Fixtures<SupervisionFixture>;

  beforeAll(async () => {
    await system.start();
    fixtures = await supervisionFixtures(system);
  });
  afterAll(async () => {
    await system.stop();
    await closeQueries();
  });

  it.each(SUPERVISION_ACCESS.rows.map((row) => [row.call, row] as const))('%s: allowed callers succeed, everyone else gets 403 and learns nothing', (_call, row) =>
    checkRow(system.url('supervision'), row, fixtures),
  );
});
