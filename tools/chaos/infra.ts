import { execFile } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { freshDatabases, generateClients } from '../infra/databases';
import { ensureKafka, isPortOpen, stopKafka } from '../infra/kafka';
import { ensureSecuredKafka } from '../infra/secured-kafka';
import { ensurePostgres, ensureRedis, waitForPort } from '../infra/services';
import { CHAOS_DATABASE_PREFIX, CHAOS_KAFKA_PORT, CHAOS_REDIS_URL } from './settings';

const run = promisify(execFile);
const KAFKA_STATE_DIR = path.resolve(__dirname, '..', '..', '.cache', 'kafka-state', String(CHAOS_KAFKA_PORT));

/**
 * Fresh infrastructure of the chaos run's own: PostgreSQL and Redis up (shared servers, never
 * restarted here), a new Kafka broker on 9592 with an empty data dir (dead letters of an earlier
 * run would otherwise be counted), empty `zc_chaos_*` databases, Redis database 6 flushed.
 */
export async function startInfrastructure(log: (line: string) => void): Promise<void> {
  await Promise.all([ensurePostgres(), ensureRedis()]);
  await stopKafka({ port: CHAOS_KAFKA_PORT });
  rmSync(KAFKA_STATE_DIR, { recursive: true, force: true });
  const started = Date.now();
  await ensureSecuredKafka(CHAOS_KAFKA_PORT);
  log(`kafka on ${CHAOS_KAFKA_PORT} up (topics and ACLs provisioned) in ${Date.now() - started} ms`);
  await generateClients();
  await freshDatabases({ prefix: CHAOS_DATABASE_PREFIX });
  await flushChaosRedis();
  log(`databases ${CHAOS_DATABASE_PREFIX}* migrated, redis db 6 flushed`);
}

export async function flushChaosRedis(): Promise<void> {
  const redis = new Redis(CHAOS_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 2 });
  await redis.connect();
  try {
    // Our own database only (the URL selects db 6): FLUSHDB, never FLUSHALL.
    await redis.flushdb();
  } finally {
    redis.disconnect();
  }
}

/** Stops and starts the chaos broker on the same port and data dir (a controlled shutdown, then a fresh JVM). */
export async function restartKafka(): Promise<{ downMs: number }> {
  const started = Date.now();
  await stopKafka({ port: CHAOS_KAFKA_PORT });
  await ensureKafka({ port: CHAOS_KAFKA_PORT });
  return { downMs: Date.now() - started };
}

export async function stopChaosKafka(): Promise<void> {
  await stopKafka({ port: CHAOS_KAFKA_PORT });
}

function postgresVersion(): string {
  const versions = readdirSync('/etc/postgresql').sort((a, b) => Number(b) - Number(a));
  if (!versions[0]) throw new Error('no PostgreSQL cluster under /etc/postgresql');
  return versions[0];
}

/**
 * Restarts the shared PostgreSQL server (stop, then start): every database on it goes away for a
 * few seconds. Whatever happens, it is started again before this returns or throws.
 */
export async function restartPostgres(): Promise<{ downMs: number }> {
  const version = postgresVersion();
  const started = Date.now();
  try {
    await run('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'stop']);
  } finally {
    await ensurePostgresRunning();
  }
  return { downMs: Date.now() - started };
}

/** Starts PostgreSQL if it is not listening (the chaos run never leaves it down). */
export async function ensurePostgresRunning(): Promise<void> {
  if (await isPortOpen('127.0.0.1', 5432)) return;
  await run('pg_ctlcluster', ['--skip-systemctl-redirect', postgresVersion(), 'main', 'start']);
  await waitForPort('127.0.0.1', 5432, 30_000);
}
