import { Pool } from 'pg';
import { DEFAULT_PORTS, type ServiceName } from '@zc/platform';
import type { SystemSettings } from '@zc/testing';
import { kafkaPasswordOf, SERVICES_BUILD_ENV, TEST_BROKERS, TEST_EVIDENCE_DIR, TEST_DATABASE_PREFIX, TEST_LOG_DIR, TEST_PORT_OFFSET, TEST_REDIS_URL } from './test-infrastructure';

export * from './test-infrastructure';

export const TEST_SYSTEM: SystemSettings = {
  env: {
    NODE_ENV: 'test',
    KAFKA_BROKERS: TEST_BROKERS.join(','),
    REDIS_URL: TEST_REDIS_URL,
    LOG_LEVEL: 'info',
    PUBLICITY_WINDOW_MS: '1500',
    PUBLICITY_SWEEP_MS: '300',
    SUPERVISION_GRACE_MS: '1000',
    AUDIT_ANCHOR_INTERVAL_MS: '500',
    // Tests call the public endpoints far more often than people; the limits get their own test.
    PUBLIC_RATE_LIMIT_PER_MINUTE: '100000',
    OBJECTIONS_PER_HOUR: '1000',
    CONSUMER_ATTEMPTS: '3',
    CONSUMER_BACKOFF_MS: '50',
    CONSUMER_MAX_BACKOFF_MS: '400',
    CONSUMER_SESSION_TIMEOUT_MS: '6000',
    OUTBOX_POLL_MS: '200',
    DATABASE_POOL_SIZE: '5',
    TEST_CLOCK: 'enabled',
    OVERDUE_SWEEP_MS: '300',
    EVIDENCE_MAX_BYTES: '65536',
    // The webhook receivers of the tests listen on loopback, which an unlisted host may not reach.
    WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
    EVIDENCE_DIR: TEST_EVIDENCE_DIR,
  },
  databaseUrl: (service) => `postgresql://postgres@127.0.0.1:5432/${TEST_DATABASE_PREFIX}${service}`,
  port: (service) => DEFAULT_PORTS[service] + TEST_PORT_OFFSET,
  logDir: TEST_LOG_DIR,
  kafkaPassword: kafkaPasswordOf,
  // Compiled once per run by global setup: a run starts some 190 service processes, each ~0.6 s of CPU sooner from JavaScript.
  build: process.env[SERVICES_BUILD_ENV],
};

const pools = new Map<ServiceName, Pool>();

/**
 * A small pool for a test's own look into a database. Idle connections can be cut under it (a
 * PostgreSQL restart, or `DROP DATABASE … WITH (FORCE)` racing `pool.end()`, which resolves before
 * its sockets close); the pool drops them, and an unheard 'error' would fail the whole file.
 */
export function testPool(connectionString: string): Pool {
  const pool = new Pool({ connectionString, max: 2 });
  pool.on('error', () => undefined);
  return pool;
}

/** A look into a service's test database, for assertions no API answers (outbox, inbox) and for tampering on purpose. */
export async function query<T>(service: ServiceName, sql: string, params: unknown[] = []): Promise<T[]> {
  let pool = pools.get(service);
  if (!pool) {
    pool = testPool(TEST_SYSTEM.databaseUrl(service));
    pools.set(service, pool);
  }
  return (await pool.query(sql, params)).rows as T[];
}

export async function closeQueries(): Promise<void> {
  await Promise.all([...pools.values()].map((pool) => pool.end()));
  pools.clear();
}
