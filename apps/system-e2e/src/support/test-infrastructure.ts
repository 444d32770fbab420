import path from 'node:path';
import { kafkaCredentials } from '../../../../tools/infra/kafka';

// Plain constants (and the test broker's passwords) only: Jest's global setup imports this file
// without path aliases.

/**
 * System tests run on infrastructure of their own, beside anything `npm start` runs: a second
 * Kafka broker, `zc_test_*` databases, Redis database 1 and ports 41xx. A slot moves all of it
 * aside (slot N: Kafka 9192+10N, `zc_testN_*`, Redis database 6+N, ports 41xx+500N), so that two
 * runs can share a machine: `ZC_TEST_SLOT=N` picks the first slot of a checkout, and each Jest
 * worker takes its own from there (with four cores or more `npm test` runs system files side by
 * side, worker 1 on the first slot, worker 2 on the next; see tools/cli/test.js).
 */
export interface TestSlot {
  slot: number;
  kafkaPort: number;
  databasePrefix: string;
  redisUrl: string;
  /** Added to each service's default port; a slot spans 500 ports (second and third instances of a service add 100 and 200). */
  portOffset: number;
}

export const FIRST_TEST_SLOT = Number(process.env['ZC_TEST_SLOT'] ?? 0);
/** Slots a run may use: Redis has 16 databases and each slot takes one above 6. */
const MAX_SLOT = 8;

export function testSlot(slot: number): TestSlot {
  if (!Number.isInteger(slot) || slot < 0 || slot > MAX_SLOT) throw new Error(`test slots are 0 to ${MAX_SLOT} (ZC_TEST_SLOT plus the Jest worker), not ${slot}`);
  return {
    slot,
    kafkaPort: 9192 + 10 * slot,
    databasePrefix: slot === 0 ? 'zc_test_' : `zc_test${slot}_`,
    redisUrl: `redis://127.0.0.1:6379/${slot === 0 ? 1 : 6 + slot}`,
    portOffset: 1100 + 500 * slot,
  };
}

/** This process's slot: the first one, or the first plus the Jest worker's number less one. */
const THIS_SLOT = testSlot(FIRST_TEST_SLOT + Number(process.env['JEST_WORKER_ID'] ?? 1) - 1);
export const TEST_SLOT = THIS_SLOT.slot;
export const TEST_KAFKA_PORT = THIS_SLOT.kafkaPort;
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
export const TEST_DATABASE_PREFIX = THIS_SLOT.databasePrefix;
export const TEST_REDIS_URL = THIS_SLOT.redisUrl;
export const TEST_PORT_OFFSET = THIS_SLOT.portOffset;
export const TEST_LOG_DIR = path.resolve(__dirname, '..', '..', '..', '..', '.cache', 'test-logs');
/** Intake's evidence files, a folder per slot: each slot's orphan sweep knows only its own database's references. */
export const TEST_EVIDENCE_DIR = path.resolve(__dirname, '..', '..', '..', '..', '.cache', 'test-evidence', `slot-${TEST_SLOT}`);
/** Where global setup tells the test files which build of the services to run (tools/build/services.js). */
export const SERVICES_BUILD_ENV = 'ZC_TEST_SERVICES_BUILD';
