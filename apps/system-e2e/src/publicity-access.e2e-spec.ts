import { RunningSystem } from '@zc/testing';
import { checkRow, type Fixtures } from './support/access-table';
import { PUBLICITY_ACCESS, publicityFixtures, type PublicityFixture } from './support/publicity-access';
import { closeQueries, TEST_SYSTEM } from './support/test-system';

describe('publicity: every endpoint for every role and scope', () => {
  // Windows stay open for the whole file: objections are filed to them.
  const system = new RunningSystem(TEST_SYSTEM, { services: ['publicity'], env: { publicity: { PUBLICITY_WINDOW_MS: '600000' } } });
  let fixtures: Fixtures<PublicityFixture>;

  beforeAll(async () => {
    await system.start();
    fixtures = await publicityFixtures(system);
  });
  afterAll(async () => {
    await system.stop();
    await closeQueries();
  });

  it.each(PUBLICITY_ACCESS.rows.map((row) => [row.call, row] as const))('%s: allowed callers succeed, everyone else gets 403 and learns nothing', (_call, row) =>
    checkRow(system.url('publicity'), row, fixtures),
  );
});
