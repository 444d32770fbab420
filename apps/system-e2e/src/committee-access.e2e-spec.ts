import { RunningSystem } from '@zc/testing';
import { checkRow, type Fixtures } from './support/access-table';
import { COMMITTEE_ACCESS, committeeFixtures, type CommitteeFixture } from './support/committee-access';
import { closeQueries, TEST_SYSTEM } from './support/test-system';

describe('committee: every endpoint for every role and scope', () => {
  const system = new RunningSystem(TEST_SYSTEM, { services: ['committee'] });
  let fixtures: Fixtures<CommitteeFixture>;

  beforeAll(async () => {
    await system.start();
    fixtures = await committeeFixtures(system);
  });
  afterAll(async () => {
    await system.stop();
    await closeQueries();
  });

  it.each(COMMITTEE_ACCESS.rows.map((row) => [row.call, row] as const))('%s: allowed callers succeed, everyone else gets 403 and learns nothing', (_call, row) =>
    checkRow(system.url('committee'), row, fixtures),
  );
});
