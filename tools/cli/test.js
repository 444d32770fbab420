#!/usr/bin/env node
'use strict';
// `npm test`: lint (module boundaries included), typecheck, unit tests, then system tests against
// a real Kafka broker, PostgreSQL and Redis (started when absent). Every step runs even when an
// earlier one fails; the last line is the tally `N passed, N failed`.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { ROOT, ensureDependencies, WORKSPACE_ENV } = require('./ensure-dependencies');

Object.assign(process.env, WORKSPACE_ENV);

const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);

function run(label, command, args) {
  const started = Date.now();
  console.log(`\n=== ${label}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`=== ${label}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${seconds} s`);
  return result.status === 0;
}

/**
 * System specs that restart the machine's PostgreSQL, which every test slot shares: they run after
 * the others, alone. Running the system project by hand with more than one worker, leave them out.
 */
const EXCLUSIVE_SYSTEM_SPECS = ['chaos-short\\.e2e-spec\\.ts$', 'consumer-stall\\.e2e-spec\\.ts$'];
/**
 * System files run at once: one per two cores (`ZC_TEST_WORKERS` overrides). A system file keeps
 * about a core and a half busy (its seven processes, the broker, the test): on two cores two files
 * at a time took as long as one after another (116 s for six files either way), so they go one by one there.
 */
const SYSTEM_WORKERS = Number(process.env.ZC_TEST_WORKERS ?? Math.max(1, Math.floor(os.availableParallelism() / 2)));

function jest(label, project, extra = []) {
  const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zc-jest-')), 'report.json');
  const ok = run(label, bin('jest'), ['--selectProjects', project, '--json', `--outputFile=${report}`, ...extra]);
  try {
    const { numPassedTests, numFailedTests, numRuntimeErrorTestSuites } = JSON.parse(fs.readFileSync(report, 'utf8'));
    return { passed: numPassedTests, failed: numFailedTests + numRuntimeErrorTestSuites + (ok || numFailedTests ? 0 : 1) };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

async function main() {
  const started = Date.now();
  ensureDependencies();
  const { ensurePostgres, ensureRedis } = require('../infra/services');
  const { generateClients } = require('../infra/databases');
  await Promise.all([ensurePostgres(), ensureRedis()]);
  await generateClients();

  const tally = { passed: 0, failed: 0 };
  const count = (ok) => (ok ? tally.passed++ : tally.failed++);
  // The boundary rule silently skips itself without a cached project graph (a fresh clone has none).
  count(run('Nx project graph', bin('nx'), ['show', 'projects']) && run('lint (ESLint with Nx module boundaries)', bin('eslint'), ['.']));
  count(run('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']));
  // The browser console has its own compiler settings (DOM, JSX, bundler resolution), then is built
  // for the browser tests and weighed against its first-load budget.
  count(run('console: typecheck', bin('tsc'), ['-p', 'apps/console/tsconfig.json']) && run('console: build and initial-load budget', process.execPath, ['tools/console/build.js', '--check']));
  // Jest's default leaves a core idle (workers = cores − 1): on two cores the unit tests took 72 s, on both 44 s.
  const results = [jest('unit tests', 'unit', ['--maxWorkers=100%'])];
  if (SYSTEM_WORKERS > 1) {
    // Several system files at once, each Jest worker on a test slot of its own (broker, databases,
    // Redis database, ports); then, alone, those that restart the PostgreSQL every slot shares.
    results.push(jest(`system tests (real Kafka, PostgreSQL, Redis), ${SYSTEM_WORKERS} files at a time`, 'system', [`--maxWorkers=${SYSTEM_WORKERS}`, '--testPathIgnorePatterns', ...EXCLUSIVE_SYSTEM_SPECS]));
    results.push(jest('system tests that restart PostgreSQL, alone', 'system', ['--runInBand', '--testPathPatterns', ...EXCLUSIVE_SYSTEM_SPECS]));
  } else {
    results.push(jest('system tests (real Kafka, PostgreSQL, Redis)', 'system', ['--runInBand']));
  }
  for (const result of results) {
    tally.passed += result.passed;
    tally.failed += result.failed;
  }
  console.log(`\nlint and typecheck count as one check each; npm test took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(`${tally.passed} passed, ${tally.failed} failed`);
  process.exit(tally.failed === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error.stack || error.message);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
