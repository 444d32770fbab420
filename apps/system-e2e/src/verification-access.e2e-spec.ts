import { RunningSystem } from '@zc/testing';
import { checkRow, type Fixtures } from './support/access-table';
import { TEST_SYSTEM, closeQueries } from './support/test-system';
import { VERIFICATION_ACCESS, verificationFixtures, type VerificationFixture } from './support/verification-access';

describe('verification: every endpoint for every role and scope', () => {
  const system = new RunningSystem(TEST_SYSTEM, { services: ['verification'] });
  let fixtures: Fixtures<VerificationFixture>;

  beforeAll(async () => {
    await system.start();
    fixtures = await verificationFixtures(system);
  });
  afterAll(async () => {
    await system.stop();
    await closeQueries();
  });

  it.each(VERIFICATION_ACCESS.rows.map((row) => [row.call, row] as const))('%s: allowed callers succeed, everyone else gets 403 and learns nothing', (_call, row) =>
    checkRow(system.url('verification'), row, fixtures),
  );
});
