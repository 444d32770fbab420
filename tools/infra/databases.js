#!/usr/bin/env node
'use strict';
// One PostgreSQL database per service, with that service's Prisma client generated and its
// migrations applied through the official `prisma migrate deploy` (wasm engine, see
// libs/database/src/prisma-cli-config.ts).
//
//   node tools/infra/databases.js [--prefix zc_test_]

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { run } = require('./net');

const ROOT = path.resolve(__dirname, '..', '..');
const SERVICES = ['intake', 'verification', 'committee', 'publicity', 'certificate', 'supervision'];
const PRISMA_CLI = path.join(ROOT, 'node_modules', 'prisma', 'build', 'index.js');
const PG_URL = process.env.PG_ADMIN_URL || 'postgresql://postgres@127.0.0.1:5432';

const databaseUrl = (service, prefix = 'zc_') => `${PG_URL}/${prefix}${service}`;

async function prisma(args, env) {
  const { code, output } = await run(process.execPath, [PRISMA_CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1', ...env },
  });
  if (code !== 0) throw new Error(`prisma ${args.join(' ')} failed:\n${output}`);
  return output;
}

const configOf = (service) => path.join('libs', service, 'data-access', 'prisma.config.ts');

/** Generates each service's Prisma client (gitignored sources) unless its schema is unchanged. */
async function generateClients() {
  const prismaVersion = require(path.join(ROOT, 'node_modules', 'prisma', 'package.json')).version;
  await Promise.all(
    SERVICES.map(async (service) => {
      const dataAccess = path.join(ROOT, 'libs', service, 'data-access');
      const schema = fs.readFileSync(path.join(dataAccess, 'prisma', 'schema.prisma'));
      const stamp = crypto.createHash('sha256').update(prismaVersion).update(schema).digest('hex');
      const stampFile = path.join(dataAccess, 'src', 'generated', 'prisma', '.schema-hash');
      if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) return;
      await prisma(['generate', '--config', configOf(service)], { DATABASE_URL: databaseUrl(service) });
      fs.writeFileSync(stampFile, stamp);
    }),
  );
}

async function createDatabase(name) {
  const { Client } = require(path.join(ROOT, 'node_modules', 'pg'));
  const client = new Client({ connectionString: `${PG_URL}/postgres` });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) {
      await client.query(`CREATE DATABASE "${name}"`);
      forgetAnchors(name);
    }
  } catch (error) {
    if (error.code !== '42P04') throw error; // created concurrently
  } finally {
    await client.end();
  }
}

/**
 * A new database starts a new audit chain: the development anchors of any earlier database of
 * that name (supervision's signed heads, kept outside it under .cache/audit-anchors) would
 * otherwise contradict it. Production anchors live elsewhere and are never touched here.
 */
function forgetAnchors(database) {
  fs.rmSync(path.join(ROOT, '.cache', 'audit-anchors', `${database}.jsonl`), { force: true });
}

/** Drops every service's database of this prefix (test and benchmark runs start from nothing). */
async function dropDatabases({ prefix }) {
  if (!prefix || prefix === 'zc_') throw new Error('refusing to drop the working databases');
  const { Client } = require(path.join(ROOT, 'node_modules', 'pg'));
  const client = new Client({ connectionString: `${PG_URL}/postgres` });
  await client.connect();
  try {
    for (const service of SERVICES) {
      await client.query(`DROP DATABASE IF EXISTS "${prefix}${service}" WITH (FORCE)`);
      forgetAnchors(`${prefix}${service}`);
    }
  } finally {
    await client.end();
  }
}

/** Creates each service's database when missing and applies its pending migrations. */
async function migrateDatabases({ prefix = 'zc_' } = {}) {
  for (const service of SERVICES) await createDatabase(`${prefix}${service}`);
  await Promise.all(
    SERVICES.map((service) => prisma(['migrate', 'deploy', '--config', configOf(service)], { DATABASE_URL: databaseUrl(service, prefix) })),
  );
}

const TEMPLATE_PREFIX = 'zc_template_';

/** A digest of the service's migrations: a template made from other migrations is remade. */
function migrationsDigest(service) {
  const dir = path.join(ROOT, 'libs', service, 'data-access', 'prisma', 'migrations');
  const hash = crypto.createHash('sha256');
  for (const entry of fs.readdirSync(dir, { recursive: true }).map(String).sort()) {
    const file = path.join(dir, entry);
    if (fs.statSync(file).isFile()) hash.update(entry).update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

/**
 * Each service's migrated template database (zc_template_<service>), remade only when its
 * migrations changed; the digest is kept as the database's comment.
 */
async function ensureTemplates(client) {
  const stale = [];
  for (const service of SERVICES) {
    const digest = migrationsDigest(service);
    const { rows } = await client.query(`SELECT shobj_description(oid, 'pg_database') AS digest FROM pg_database WHERE datname = $1`, [`${TEMPLATE_PREFIX}${service}`]);
    if (rows[0]?.digest !== digest) stale.push({ service, digest });
  }
  if (stale.length === 0) return;
  for (const { service } of stale) await client.query(`DROP DATABASE IF EXISTS "${TEMPLATE_PREFIX}${service}" WITH (FORCE)`);
  for (const { service } of stale) await createDatabase(`${TEMPLATE_PREFIX}${service}`);
  await Promise.all(stale.map(({ service }) => prisma(['migrate', 'deploy', '--config', configOf(service)], { DATABASE_URL: databaseUrl(service, TEMPLATE_PREFIX) })));
  for (const { service, digest } of stale) await client.query(`COMMENT ON DATABASE "${TEMPLATE_PREFIX}${service}" IS '${digest}'`);
}

/**
 * Empty, migrated databases of `prefix`, whatever was there before: each a copy of its service's
 * template (CREATE DATABASE … TEMPLATE copies files, a fraction of a second, where applying the
 * migrations takes seconds per database). For test and benchmark runs; never the working ones.
 */
async function freshDatabases({ prefix }) {
  if (!prefix || prefix === 'zc_' || prefix === TEMPLATE_PREFIX) throw new Error(`refusing to replace the databases of prefix ${prefix}`);
  await dropDatabases({ prefix });
  const { Client } = require(path.join(ROOT, 'node_modules', 'pg'));
  const client = new Client({ connectionString: `${PG_URL}/postgres` });
  await client.connect();
  try {
    await ensureTemplates(client);
    for (const service of SERVICES) {
      await client.query(`CREATE DATABASE "${prefix}${service}" TEMPLATE "${TEMPLATE_PREFIX}${service}"`);
      forgetAnchors(`${prefix}${service}`);
    }
  } finally {
    await client.end();
  }
}

module.exports = { SERVICES, databaseUrl, generateClients, migrateDatabases, dropDatabases, freshDatabases };

if (require.main === module) {
  const prefixAt = process.argv.indexOf('--prefix');
  const prefix = prefixAt > 0 ? process.argv[prefixAt + 1] : 'zc_';
  const started = Date.now();
  generateClients()
    .then(() => migrateDatabases({ prefix }))
    .then(() => console.log(`databases ${prefix}* ready in ${Date.now() - started} ms`))
    .catch((error) => {
      console.error(error.message);
      process.exit(1);
    });
}
