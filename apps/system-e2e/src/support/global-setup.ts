import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { freshDatabases, generateClients } from '../../../../tools/infra/databases';
import { ensureKafka } from '../../../../tools/infra/kafka';
import { ensurePostgres, ensureRedis } from '../../../../tools/infra/services';
import { TEST_DATABASE_PREFIX, TEST_KAFKA_PORT, TEST_LOG_DIR } from './test-infrastructure';

/** Brings up the test infrastructure unless it is already there; teardown stops what it started. */
export default async function globalSetup(): Promise<void> {
  rmSync(TEST_LOG_DIR, { recursive: true, force: true });
  await Promise.all([ensurePostgres(), ensureRedis()]);
  const kafka = await ensureKafka({ port: TEST_KAFKA_PORT });
  (globalThis as { __zcKafkaStartedHere?: boolean }).__zcKafkaStartedHere = kafka.startedHere;
  // Topics and ACLs, as the broker's administrator (a process of its own: it needs path aliases).
  const root = path.resolve(__dirname, '..', '..', '..', '..');
  execFileSync(process.execPath, ['-r', '@swc-node/register', 'tools/infra/provision-kafka.ts', '--port', String(TEST_KAFKA_PORT)], { cwd: root, stdio: 'inherit' });
  await generateClients();
  // Every run starts from empty databases: results never depend on what earlier runs left.
  await freshDatabases({ prefix: TEST_DATABASE_PREFIX });
}
