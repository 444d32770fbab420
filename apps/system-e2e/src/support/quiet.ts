import { SERVICE_NAMES, type ServiceName } from '@zc/platform';
import { query } from './test-system';

/** Runs SQL in a service's database: the shared test databases unless a file has its own. */
export type ServiceQuery = <T>(service: ServiceName, sql: string) => Promise<T[]>;

/** Rows in every table of a service's database: any write, partial or not, changes it. */
export async function footprint(service: ServiceName, run: ServiceQuery = query): Promise<Record<string, number>> {
  const tables = await run<{ table_name: string }>(
    service,
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\\_prisma%'`,
  );
  const counts = await Promise.all(
    tables.map(async ({ table_name }) => [table_name, Number((await run<{ n: string }>(service, `SELECT count(*) AS n FROM "${table_name}"`))[0]?.n)] as const),
  );
  return Object.fromEntries(counts);
}

async function unpublished(service: ServiceName, run: ServiceQuery): Promise<number> {
  return Number((await run<{ n: string }>(service, `SELECT count(*) AS n FROM outbox_event WHERE "publishedAt" IS NULL`))[0]?.n);
}

const POLL_MS = 500;
const STABLE_POLLS = 4;

/**
 * Waits until the whole system is at rest: every outbox relayed and no table of any service
 * changing over four polls in a row. The test databases and topics are shared between files, so
 * a new system first handles what earlier files left in flight (events its consumers had not yet
 * read, publicity windows due); a test that compares row counts must start after that.
 */
export async function awaitQuiet(timeoutMs = 60_000, run: ServiceQuery = query): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let previous = '';
  let stable = 0;
  for (;;) {
    const pending = (await Promise.all(SERVICE_NAMES.map((service) => unpublished(service, run)))).reduce((a, b) => a + b, 0);
    const snapshot = JSON.stringify(await Promise.all(SERVICE_NAMES.map((service) => footprint(service, run))));
    stable = pending === 0 && snapshot === previous ? stable + 1 : 0;
    if (stable >= STABLE_POLLS) return;
    if (Date.now() > deadline) throw new Error(`the system did not come to rest within ${timeoutMs} ms (${pending} outbox rows unpublished)`);
    previous = snapshot;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
