import path from 'node:path';

// Plain constants only: Jest's global setup imports this file without path aliases.

/**
 * System tests run on infrastructure of their own, beside anything `npm start` runs: a second
 * Kafka broker, `zc_test_*` databases, Redis database 1 and ports 41xx.
 */
export const TEST_KAFKA_PORT = 9192;
export const TEST_BROKERS = [`127.0.0.1:${TEST_KAFKA_PORT}`];
export const TEST_DATABASE_PREFIX = 'zc_test_';
export const TEST_REDIS_URL = 'redis://127.0.0.1:6379/1';
export const TEST_LOG_DIR = path.resolve(__dirname, '..', '..', '..', '..', '.cache', 'test-logs');
