import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { CommitteeRegistered } from '@zc/contracts';
import { ApiClient, PRINCIPALS, RunningSystem, waitFor } from '@zc/testing';
import { restartPostgres } from './support/chaos-environment';
import { emit } from './support/supervision-events';
import { closeQueries, query, TEST_SYSTEM } from './support/test-system';

/** The key supervision's audit chain appenders queue on (libs/supervision/application/src/audit/audit-log.ts). */
const AUDIT_LOCK = `hashtext('supervision.audit-chain')`;

/**
 * Supervision under the faults that once stopped it silently (issue 13): a PostgreSQL restart
 * while its transaction waits mid-way, and a consumer held up on purpose. Supervision handles the
 * batches of all its partitions in one transaction at a time (a group commit), so with a pool of one
 * connection that transaction holds the whole pool: a connection lost to the pool at the restart
 * would leave none, and supervision would wait for ever. A short stall timeout makes the watchdog act in seconds.
 */
describe('a consumer under database faults: it catches up on its own, and a stall shows and heals', () => {
  const system = new RunningSystem(TEST_SYSTEM, {
    services: ['supervision'],
    env: { supervision: { DATABASE_POOL_SIZE: '1', DATABASE_LOCK_TIMEOUT_MS: '2000', CONSUMER_STALL_TIMEOUT_MS: '3000', CONSUMER_LAG_INTERVAL_MS: '500' } },
  });
  const bureau = () => new ApiClient(system.url('supervision')).as(PRINCIPALS.bureauAdmin);
  const readiness = async () => {
    const response = await fetch(`${system.url('supervision')}/health/ready`);
    return { status: response.status, body: await response.text() };
  };
  const metric = async (name: string) => {
    const text = await (await fetch(`${system.url('supervision')}/metrics`)).text();
    return text.split('\n').filter((line) => line.startsWith(`${name}{`)).map((line) => Number(line.split(' ').at(-1)));
  };

  /** Holds the audit chain's lock in a session of the test's own, as a stuck appender would. */
  async function holdAuditLock(): Promise<Client> {
    const client = new Client({ connectionString: TEST_SYSTEM.databaseUrl('supervision') });
    client.on('error', () => undefined); // cut by the restart on purpose
    await client.connect();
    await client.query(`SELECT pg_advisory_lock(${AUDIT_LOCK})`);
    return client;
  }

  async function emitCommittees(count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const committeeId = `committee-${randomUUID()}`;
      const event = await emit(CommitteeRegistered, committeeId, { committeeId, name: `评委会 ${i}`, type: 'socialised', region: 'tianjin', filingNumber: `BA-${committeeId}`, filedUntil: '2027-12-31' });
      ids.push(event.id);
    }
    return ids;
  }

  const audited = (ids: string[]) =>
    waitFor(
      `all ${ids.length} events in the audit chain`,
      async () => {
        const rows = await query<{ eventId: string }>('supervision', 'SELECT "eventId" FROM "AuditRecord" WHERE "eventId" = ANY($1::uuid[])', [ids]);
        return rows.length === ids.length ? rows : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );

  beforeAll(() => system.start());
  afterAll(async () => {
    await system.stop();
    await closeQueries();
  });

  it('rides out a PostgreSQL restart while its transactions wait on the audit lock, and catches up on its own', async () => {
    const lock = await holdAuditLock();
    let ids: string[];
    try {
      ids = await emitCommittees(15);
      // Supervision is mid-transaction with the one connection of its pool: inbox claims and
      // timeline entries written, waiting for the chain's lock.
      await waitFor('supervision waiting on the audit lock with its whole pool', async () => {
        const [row] = await query<{ waiting: string }>('supervision', `SELECT count(*) AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`);
        return Number(row?.waiting) >= 1;
      });
      await restartPostgres();
    } finally {
      await lock.end().catch(() => undefined);
    }

    expect(await audited(ids)).toHaveLength(ids.length);
    const verification = await bureau().get<{ ok: boolean; checked: number }>('/audit/verification');
    expect(verification.body.ok).toBe(true);
    expect(verification.body.checked).toBeGreaterThanOrEqual(ids.length);
    await waitFor('supervision ready again', async () => ((await readiness()).status === 200 ? true : undefined));
  });

  it('turns unready while its consumer makes no progress on a backlog, replaces it, and is ready again once it moves', async () => {
    const lock = await holdAuditLock();
    try {
      await stallAndHeal(lock);
    } finally {
      await lock.end().catch(() => undefined);
    }
  });

  async function stallAndHeal(lock: Client) {
    const restarts = async () => (await metric('zc_consumer_restarts_total')).reduce((a, b) => a + b, 0);
    const restartsBefore = await restarts();
    const ids = await emitCommittees(3);

    const unready = await waitFor('readiness to report the stall', async () => {
      const answer = await readiness();
      return answer.status === 503 && answer.body.includes('stalled') ? answer : undefined;
    });
    expect(unready.body).toMatch(/zc-supervision stalled: [a-z.-]+v1:\d lag \d+, no progress for \d+ s/);
    expect(Math.max(...(await metric('zc_consumer_lag')))).toBeGreaterThan(0);
    expect(Math.max(...(await metric('zc_consumer_oldest_unhandled_seconds')))).toBeGreaterThan(0);
    // At twice the stall timeout the watchdog puts a new member in the stalled one's place.
    await waitFor('the watchdog to replace the stalled member', async () => ((await restarts()) > restartsBefore ? true : undefined));

    await lock.end();
    expect(await audited(ids)).toHaveLength(ids.length);
    await waitFor('supervision ready again', async () => ((await readiness()).status === 200 ? true : undefined));
    await waitFor('its lag back to zero', async () => (Math.max(...(await metric('zc_consumer_lag'))) === 0 ? true : undefined));
  }
});
