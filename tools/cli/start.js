#!/usr/bin/env node
'use strict';
// `npm start`: installs what is missing, brings up PostgreSQL, Redis and a local Kafka broker,
// prepares the six databases, then runs every service and a few sample declarations through
// them (tools/cli/run-system.ts). Ctrl-C stops every process this started, Kafka included.

const { spawn } = require('node:child_process');
const { ROOT, ensureDependencies, WORKSPACE_ENV } = require('./ensure-dependencies');

Object.assign(process.env, WORKSPACE_ENV);

async function main() {
  ensureDependencies();
  const { ensurePostgres, ensureRedis } = require('../infra/services');
  const { ensureKafka, stopKafka } = require('../infra/kafka');
  const { generateClients, migrateDatabases } = require('../infra/databases');

  await Promise.all([ensurePostgres(), ensureRedis()]);
  const kafka = await ensureKafka();
  console.log(`Kafka at ${kafka.bootstrap}${kafka.startedHere ? ' (started here)' : ' (already running)'}`);
  await generateClients();
  await migrateDatabases();
  const { built } = require('../console/build').buildConsole({ onlyWhenStale: true });
  if (built) console.log('Console built into dist/console');

  const system = spawn(process.execPath, ['-r', '@swc-node/register', 'tools/cli/run-system.ts'], { cwd: ROOT, stdio: 'inherit', env: process.env });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // In a terminal the services got Ctrl-C themselves; elsewhere we pass the signal on.
    system.kill('SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const code = await new Promise((resolve) => system.once('exit', (exitCode) => resolve(exitCode ?? 1)));
  if (kafka.startedHere) {
    await stopKafka();
    console.log('Kafka stopped');
  }
  process.exit(stopping ? 0 : code);
}

main().catch((error) => {
  console.error(error.stack || error.message);
  process.exit(1);
});
