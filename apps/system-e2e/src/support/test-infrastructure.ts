import path from 'node:path';
import { kafkaCredentials } from '../../../../tools/infra/kafka';

// Plain constants (and the test broker's passwords) only: Jest's global setup imports this file
// without path aliases.

/**
 * System tests run on infrastructure of their own, beside anything `npm start` runs: a second
 * Kafka broker, `zc_test_*` databases, Redis database 1 and ports 41xx. `ZC_TEST_SLOT=N` (1–4)
 * moves all of it aside (Kafka 9192+10N, `zc_testN_*`, Redis database 6+N, ports 41xx+100N), so
 * two checkouts on one machine can run their system tests at once.
 */
export const TEST_SLOT = Number(process.env['ZC_TEST_SLOT'] ?? 0);
if (!Number.isInteger(TEST_SLOT) || TEST_SLOT < 0 || TEST_SLOT > 4) throw new Error('ZC_TEST_SLOT takes 0 to 4');
export const TEST_KAFKA_PORT = 9192 + 10 * TEST_SLOT;
export const TEST_BROKERS = [`127.0.0.1:${TEST_KAFKA_PORT}`];
/**
 * The test broker as its administrator sees it (a super user), for tests that put raw messages on
 * it or read any topic. The password is read once the broker exists (global setup makes it).
 */
export const TEST_KAFKA = {
  brokers: TEST_BROKERS,
  get sasl() {
    return { username: 'admin', password: kafkaPasswordOf('admin') };
  },
};

/** A principal's password on the test broker (the services', `admin`, `feed-<source>`). */
export function kafkaPasswordOf(principal: string): string {
  const password = kafkaCredentials({ port: TEST_KAFKA_PORT })[principal];
  if (!password) throw new Error(`the test broker has no principal ${principal}`);
  return password;
}
export const TEST_DATABASE_PREFIX = TEST_SLOT === 0 ? 'zc_test_' : `zc_test${TEST_SLOT}_`;
export const TEST_REDIS_URL = `redis://127.0.0.1:6379/${TEST_SLOT === 0 ? 1 : 6 + TEST_SLOT}`;
export const TEST_PORT_OFFSET = 1100 + 100 * TEST_SLOT;
export const TEST_LOG_DIR = path.resolve(__dirname, '..', '..', '..', '..', '.cache', 'test-logs');
