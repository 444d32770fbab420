import { Redis } from 'ioredis';
import { skipToEndOfTopics } from '@zc/messaging/testing';
import { freshDatabases } from '../../../../tools/infra/databases';
import { ensureKafka, stopKafka } from '../../../../tools/infra/kafka';
import { restartPostgres } from '../../../../tools/chaos/infra';
import type { ChaosEnvironment } from '../../../../tools/chaos/scenario';
import { TEST_DATABASE_PREFIX, TEST_KAFKA, TEST_KAFKA_PORT, TEST_REDIS_URL, TEST_SYSTEM } from './test-system';

export { Cleanup, runChaos } from '../../../../tools/chaos/scenario';
export { restartPostgres };

/**
 * The short chaos run happens on the system tests' own infrastructure (Kafka 9192, zc_test_*,
 * Redis db 1, ports 41xx), not on the chaos script's, so that `npm test` starts no second broker.
 */
export const TEST_CHAOS_ENVIRONMENT: ChaosEnvironment = {
  settings: {
    ...TEST_SYSTEM,
    // Patient consumers: a broker or database restart is ridden out, never dead-lettered.
    env: {
      ...TEST_SYSTEM.env,
      PUBLICITY_WINDOW_MS: '1000',
      CONSUMER_ATTEMPTS: '20',
      CONSUMER_BACKOFF_MS: '200',
      CONSUMER_MAX_BACKOFF_MS: '3000',
      OUTBOX_POLL_MS: '300',
      VERIFICATION_SWEEP_MS: '5000',
    },
  },
  kafka: TEST_KAFKA,
  // Empty databases and an empty Redis database, so that the counts are this run's alone. Events
  // that earlier files left unread on the shared broker are skipped (every group moves to the end
  // of its topics); their dead letters are skipped by their dlt-failed-at.
  prepare: async () => {
    await skipToEndOfTopics(TEST_KAFKA);
    await freshDatabases({ prefix: TEST_DATABASE_PREFIX });
    const redis = new Redis(TEST_REDIS_URL);
    await redis.flushdb();
    redis.disconnect();
    return async () => undefined; // the broker is global setup's to stop
  },
  restartKafka: async () => {
    await stopKafka({ port: TEST_KAFKA_PORT });
    await ensureKafka({ port: TEST_KAFKA_PORT });
  },
  restartPostgres,
};
