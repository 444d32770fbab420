import { ApiClient, freshSampleNumber, PRINCIPALS, RunningSystem, sampleDeclaration, waitFor } from '@zc/testing';
import { awaitStatus, loadFeed, passCommittee, submit } from './support/declarations';
import { closeQueries, query, TEST_SYSTEM } from './support/test-system';

/**
 * A service dies at the worst moments of the transactional outbox. After a restart each
 * declaration still completes, exactly once: no event lost, no effect repeated.
 */
describe('crash between commit and publish', () => {
  const system = new RunningSystem(TEST_SYSTEM);
  const n = freshSampleNumber();
  const declaration = sampleDeclaration(n);

  beforeAll(async () => {
    // Start clean (any outbox rows left by an earlier run are published now) and give verification
    // the applicant's feed data, then arm the faults: verification dies after publishing its next
    // events, certificate before publishing its next.
    await system.start();
    await loadFeed(system, declaration);
    for (const [service, point] of [['verification', 'relay.after-publish'], ['certificate', 'relay.before-publish']] as const) {
      await system.service(service).stop();
      system.service(service).start({ FAULT_POINT: point });
      await system.service(service).waitReady();
    }
  });
  afterAll(async () => {
    await system.stop();
    await closeQueries();
  });

  /** The service died by SIGKILL at its fault point, leaving the case's events unmarked; restart it clean. */
  async function expectKilledWithEventsUnsent(service: 'verification' | 'certificate', id: string, events: number) {
    const process = system.service(service);
    expect((await process.waitForExit()).signal).toBe('SIGKILL');
    const [unsent] = await query<{ count: string }>(service, 'SELECT count(*) FROM outbox_event WHERE key = $1 AND "publishedAt" IS NULL', [id]);
    expect(unsent?.count).toBe(String(events));
    process.start({ FAULT_POINT: '' });
    await process.waitReady();
  }

  it('completes the declaration once when services are killed before and after publishing', async () => {
    const id = await submit(system, n, declaration);

    // Verification commits its three checks and the verdict, publishes them, and is killed before
    // marking them sent; certificate commits the certificate and its event, and is killed before publishing.
    await expectKilledWithEventsUnsent('verification', id, 4);
    await passCommittee(system, [id]);
    await expectKilledWithEventsUnsent('certificate', id, 1);

    const done = await awaitStatus(system, id, 'certificate-issued');
    expect(done.history.filter((h) => h.toStatus === 'certificate-issued')).toHaveLength(1);

    // Exactly one certificate, one decision, and the re-published checks handled once everywhere.
    expect(await query('certificate', 'SELECT id FROM "Certificate" WHERE "declarationId" = $1', [id])).toHaveLength(1);
    expect(await query('committee', 'SELECT 1 FROM "Decision" WHERE "declarationId" = $1', [id])).toHaveLength(1);
    expect(await query('verification', 'SELECT 1 FROM "CheckResult" WHERE "declarationId" = $1', [id])).toHaveLength(3);
    const timeline = await waitFor('the certificate event on the timeline', async () => {
      const entries = await new ApiClient(system.url('supervision')).as(PRINCIPALS.inspector).get<{ type: string }[]>(`/timelines/${id}`);
      return entries.body.some((e) => e.type === 'certificate.certificate.issued.v1') ? entries.body : undefined;
    });
    expect(timeline.filter((e) => e.type === 'verification.check.completed.v1')).toHaveLength(3);
    expect(timeline.filter((e) => e.type === 'verification.declaration.concluded.v1')).toHaveLength(1);
    expect(timeline.filter((e) => e.type === 'certificate.certificate.issued.v1')).toHaveLength(1);
    const [published] = await query<{ count: string }>('certificate', 'SELECT count(*) FROM outbox_event WHERE key = $1 AND "publishedAt" IS NOT NULL', [id]);
    expect(published?.count).toBe('1');
  });
});
