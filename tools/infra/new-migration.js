#!/usr/bin/env node
'use strict';
// Writes a new migration for a service: the SQL that takes its database from the schema as last
// committed (git HEAD) to the schema in the work tree, via the official `prisma migrate diff`.
//
//   node tools/infra/new-migration.js <service> <name>
//
// Why not `prisma migrate dev`: on the wasm schema engine (Prisma 6.19 with a driver adapter) it
// creates a first migration fine but, once a history exists, fails replaying it with
// "PostgreSQL shadow DB must be provided through an external factory". A datamodel-to-datamodel
// diff needs no database at all. Review the SQL before committing it (data in existing rows!),
// and keep semicolons out of its comments: adapter-pg runs a migration split naively on ';'.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync, spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..', '..');

async function main() {
  const [service, name] = process.argv.slice(2);
  if (!service || !/^[a-z0-9_-]+$/.test(name ?? '')) throw new Error('usage: node tools/infra/new-migration.js <service> <name-in-kebab-case>');
  const dataAccess = path.join('libs', service, 'data-access');
  const schema = path.join(dataAccess, 'prisma', 'schema.prisma');
  const previous = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zc-migration-')), 'schema.prisma');
  fs.writeFileSync(previous, execFileSync('git', ['show', `HEAD:${schema}`], { cwd: ROOT }));
  // stdout is the SQL alone; Prisma's notices go to stderr.
  const diff = spawnSync(process.execPath, [
    path.join(ROOT, 'node_modules', 'prisma', 'build', 'index.js'),
    'migrate', 'diff', '--config', path.join(dataAccess, 'prisma.config.ts'),
    '--from-schema-datamodel', previous, '--to-schema-datamodel', schema, '--script',
  ], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1', DATABASE_URL: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres' } });
  if (diff.status !== 0) throw new Error(diff.stderr);
  const sql = diff.stdout.trim();
  if (!sql || sql === '-- This is an empty migration.') return console.log('no schema change since HEAD');
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const dir = path.join(ROOT, dataAccess, 'prisma', 'migrations', `${stamp}_${name.replace(/-/g, '_')}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'migration.sql'), `${sql}\n`);
  console.log(`wrote ${path.relative(ROOT, dir)}/migration.sql — review it before committing`);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
