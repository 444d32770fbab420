import path from 'node:path';
import { DEFAULT_PORTS } from '@zc/platform';
import type { SystemSettings } from '@zc/testing';
import { kafkaCredentials } from '../infra/kafka';

/**
 * The chaos run's own infrastructure, beside `npm start` (9092, zc_*, Redis 0, 30xx) and the
 * system tests (9192, zc_test_*, Redis 1, 41xx): Kafka on 9592, `zc_chaos_*` databases, Redis
 * database 6, services on 46xx.
 */
export const CHAOS_KAFKA_PORT = 9592;
export const CHAOS_BROKERS = [`127.0.0.1:${CHAOS_KAFKA_PORT}`];
/** The chaos broker as its administrator (its passwords are made when it is, so read late). */
export const CHAOS_KAFKA = {
  brokers: CHAOS_BROKERS,
  get sasl() {
    return { username: 'admin', password: kafkaCredentials({ port: CHAOS_KAFKA_PORT })['admin'] as string };
  },
};
export const CHAOS_DATABASE_PREFIX = 'zc_chaos_';
export const CHAOS_REDIS_DB = 6;
export const CHAOS_REDIS_URL = `redis://127.0.0.1:6379/${CHAOS_REDIS_DB}`;
export const CHAOS_PORT_OFFSET = 1600;
export const CHAOS_LOG_DIR = path.resolve(__dirname, '..', '..', '.cache', 'chaos-logs');

export const chaosDatabaseUrl = (service: string) => `postgresql://postgres@127.0.0.1:5432/${CHAOS_DATABASE_PREFIX}${service}`;

/**
 * Like the system tests' settings, with consumers patient enough to ride out a broker or database
 * restart: a transient error (connection refused or reset, admin shutdown) is retried for as long
 * as the consumer runs; anything else is retried CONSUMER_ATTEMPTS times with backoff up to
 * CONSUMER_MAX_BACKOFF_MS (20 attempts ≈ 45 s) before it is dead-lettered.
 */
export function chaosSystemSettings(logDir = CHAOS_LOG_DIR, publicityWindowMs = 1000): SystemSettings {
  return {
    env: {
      NODE_ENV: 'test',
      KAFKA_BROKERS: CHAOS_BROKERS.join(','),
      REDIS_URL: CHAOS_REDIS_URL,
      LOG_LEVEL: 'info',
      PUBLICITY_WINDOW_MS: String(publicityWindowMs),
      PUBLICITY_SWEEP_MS: '1000',
      SUPERVISION_GRACE_MS: '1000',
      CONSUMER_ATTEMPTS: '20',
      CONSUMER_BACKOFF_MS: '200',
      CONSUMER_MAX_BACKOFF_MS: '3000',
      CONSUMER_SESSION_TIMEOUT_MS: '6000',
      OUTBOX_POLL_MS: '300',
      DATABASE_POOL_SIZE: '4',
      TEST_CLOCK: 'enabled',
      OVERDUE_SWEEP_MS: '5000',
      VERIFICATION_SWEEP_MS: '5000',
      EVIDENCE_MAX_BYTES: '65536',
      EVIDENCE_DIR: path.join(logDir, 'evidence'),
    },
    databaseUrl: chaosDatabaseUrl,
    port: (service) => DEFAULT_PORTS[service] + CHAOS_PORT_OFFSET,
    logDir,
    kafkaPassword: (principal) => kafkaCredentials({ port: CHAOS_KAFKA_PORT })[principal],
  };
}
