import { RunningSystem } from '@zc/testing';
import { checkRow, type Fixtures } from './support/access-table';
import { CERTIFICATE_ACCESS, certificateFixtures, type CertificateFixture } from './support/certificate-access';
import { closeQueries, TEST_SYSTEM } from './support/test-system';

describe('certificate: every endpoint for every role and scope', () => {
  const system = new RunningSystem(TEST_SYSTEM, { services: ['certificate'] });
  let fixtures: Fixtures<CertificateFixture>;

  beforeAll(async () => {
    await system.start();
    fixtures = await certificateFixtures(system);
  });
  afterAll(async () => {
    await system.stop();
    await closeQueries();
  });

  it.each(CERTIFICATE_ACCESS.rows.map((row) => [row.call, row] as const))('%s: allowed callers succeed, everyone else gets 403 and learns nothing', (_call, row) =>
    checkRow(system.url('certificate'), row, fixtures),
  );
});
