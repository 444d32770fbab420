import { ApiClient, freshSampleNumber, PRINCIPALS, RunningSystem, sampleDeclaration, waitFor } from '@zc/testing';
import { awaitStatus, loadFeed, passCommittee, submit } from './support/declarations';
import { closeQueries, query, TEST_SYSTEM } from './support/test-system';

interface Listed {
  windowId: string;
  name: string;
  idNumber: string;
  closesAt: string;
}

/**
 * Result publicity windows (R-PB-1, R-PB-3): five working days of the plan on the national
 * calendar, and a window that closes on time although the publicity service restarted while it
 * was open (its delayed job lives in Redis and is scheduled again at start-up).
 */
describe('publicity windows', () => {
  // No PUBLICITY_WINDOW_MS: windows take the plan's working days.
  const system = new RunningSystem(TEST_SYSTEM, { env: { publicity: { PUBLICITY_WINDOW_MS: '0' } } });
  const publicity = () => new ApiClient(system.url('publicity'));

  beforeAll(() => system.start());
  afterAll(async () => {
    await system.stop();
    await closeQueries();
  });

  async function onDisplay() {
    const n = freshSampleNumber();
    const declaration = sampleDeclaration(n);
    await loadFeed(system, declaration);
    const id = await submit(system, n, declaration);
    await passCommittee(system, [id]);
    const entry = await waitFor('the result on public display', async () => {
      const listed = await publicity().get<Listed[]>('/publicity');
      return listed.body.find((l) => l.name === declaration.applicantName && l.idNumber.endsWith(declaration.idNumber.slice(-4)));
    });
    return { id, entry };
  }

  it("keeps a result on display for the plan's five working days, to midnight in Beijing (R-PB-1)", async () => {
    // Opened on Monday 2023-12-04: Tuesday to Friday, then Monday 12-11 is the fifth working day.
    expect((await publicity().as(PRINCIPALS.bureauAdmin).request('PUT', '/testing/clock', { now: '2023-12-04T15:00:00+08:00' })).status).toBe(200);
    const { entry } = await onDisplay();
    expect(entry.closesAt).toBe('2023-12-11T16:00:00.000Z');
  });

  it('closes a window on time although the service restarted while it was open', async () => {
    const service = system.service('publicity');
    await service.stop();
    service.start({ PUBLICITY_WINDOW_MS: '6000' });
    await service.waitReady();
    const { id, entry } = await onDisplay();

    await service.stop();
    service.start({ PUBLICITY_WINDOW_MS: '6000' });
    await service.waitReady();
    const backAt = Date.now();

    await awaitStatus(system, id, 'certificate-issued');
    const [window] = await query<{ closesAt: Date; closedAt: Date }>('publicity', 'SELECT "closesAt", "closedAt" FROM "PublicityWindow" WHERE id = $1', [entry.windowId]);
    // Never early; late by no more than a moment after its time, or after the service is back if
    // its time came while the service was down (a slow restart on a loaded machine is not lateness).
    expect(window!.closedAt.getTime()).toBeGreaterThanOrEqual(window!.closesAt.getTime());
    expect(window!.closedAt.getTime() - Math.max(window!.closesAt.getTime(), backAt)).toBeLessThan(3_000);
  });
});
