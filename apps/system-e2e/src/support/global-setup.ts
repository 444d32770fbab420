import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { buildServices } from '../../../../tools/build/services';
import { freshDatabases, generateClients } from '../../../../tools/infra/databases';
import { ensureKafka } from '../../../../tools/infra/kafka';
import { ensurePostgres, ensureRedis } from '../../../../tools/infra/services';
import { FIRST_TEST_SLOT, SERVICES_BUILD_ENV, TEST_LOG_DIR, testSlot } from './test-infrastructure';

/**
 * Brings up the test infrastructure of every slot the run's workers use, unless it is already
 * there; teardown stops what it started.
 */
export default async function globalSetup(globalConfig: { maxWorkers: number }): Promise<void> {
  rmSync(TEST_LOG_DIR, { recursive: true, force: true });
  const slots = Array.from({ length: Math.max(1, globalConfig.maxWorkers) }, (_, worker) => testSlot(FIRST_TEST_SLOT + worker));
  await Promise.all([ensurePostgres(), ensureRedis()]);
  const startedHere: number[] = [];
  (globalThis as { __zcKafkaStartedHere?: number[] }).__zcKafkaStartedHere = startedHere;
  const root = path.resolve(__dirname, '..', '..', '..', '..');
  // One broker after another: the first may have to assemble Kafka from Maven Central.
  for (const slot of slots) {
    if ((await ensureKafka({ port: slot.kafkaPort })).startedHere) startedHere.push(slot.kafkaPort);
    // Topics and ACLs, as the broker's administrator (a process of its own: it needs path aliases).
    execFileSync(process.execPath, ['-r', '@swc-node/register', 'tools/infra/provision-kafka.ts', '--port', String(slot.kafkaPort)], { cwd: root, stdio: 'inherit' });
  }
  await generateClients();
  // After the clients: they are sources of the build. The test files read the variable (Jest hands them this process's environment).
  process.env[SERVICES_BUILD_ENV] = buildServices().dir;
  // Every run starts from empty databases: results never depend on what earlier runs left.
  for (const slot of slots) await freshDatabases({ prefix: slot.databasePrefix });
}
