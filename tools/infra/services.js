#!/usr/bin/env node
'use strict';
// Makes sure PostgreSQL (127.0.0.1:5432, trust auth) and Redis (127.0.0.1:6379)
// are up for development and tests. Whatever already listens on those ports
// is used as is: never stopped, restarted or reconfigured. Otherwise the
// Debian packages are started, or installed first when running as root.
//
//   node tools/infra/services.js [postgres] [redis]

const fs = require('node:fs');
const path = require('node:path');
const { isPortOpen, waitForPort, run } = require('./net');

const HOST = '127.0.0.1';
const PG_PORT = 5432;
const REDIS_PORT = 6379;
const READY_TIMEOUT_MS = 30_000;
const PG_HBA_TRUST = ['host all all 127.0.0.1/32 trust', 'host all all ::1/128 trust'];

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function findExecutable(name) {
  // root's PATH may lack the sbin dirs when run from a non-login shell.
  const dirs = [...(process.env.PATH || '').split(path.delimiter), '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
  for (const dir of dirs) {
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

async function mustRun(cmd, args, what, options) {
  const { code, output } = await run(cmd, args, options);
  if (code !== 0) throw new Error(`${what} failed (${cmd} ${args.join(' ')}, exit ${code}):\n${output.trim()}`);
}

async function aptInstall(pkg) {
  console.error(`[infra] ${pkg} is not installed; installing it with apt-get (one-off)...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await mustRun('apt-get', ['update'], 'apt-get update', { env });
  await mustRun('apt-get', ['install', '-y', pkg], `Installing ${pkg}`, { env });
}

function listDir(dir) {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

const newestFirst = (versions) => versions.sort((a, b) => Number(b) - Number(a));

function postgresInstalled() {
  return listDir('/usr/lib/postgresql').some((v) => fs.existsSync(`/usr/lib/postgresql/${v}/bin/postgres`))
    || Boolean(findExecutable('pg_ctlcluster'));
}

/** First matching pg_hba.conf line wins, so trust lines go on top. */
function trustLocalTcp(hbaFile) {
  const current = fs.readFileSync(hbaFile, 'utf8');
  const missing = PG_HBA_TRUST.filter((line) => {
    const [type, db, user, addr, method] = line.split(' ');
    const pattern = new RegExp(`^${type}\\s+${db}\\s+${user}\\s+${addr.replace(/[.:/]/g, '\\$&')}\\s+${method}\\b`, 'm');
    return !pattern.test(current);
  });
  if (missing.length === 0) return;
  const header = '# Added by tools/infra/services.js: local dev/test servers trust loopback TCP.';
  fs.writeFileSync(hbaFile, [header, ...missing, '', current].join('\n'));
}

async function startPostgres() {
  let version = newestFirst(listDir('/etc/postgresql'))[0];
  if (!version || !fs.existsSync(`/etc/postgresql/${version}/main`)) {
    // Packages present but no cluster (e.g. create_main_cluster disabled).
    version = newestFirst(listDir('/usr/lib/postgresql'))[0];
    if (!version) throw new Error('PostgreSQL binaries found but no version under /usr/lib/postgresql');
    await mustRun('pg_createcluster', [version, 'main'], 'Creating PostgreSQL cluster');
  }
  const hba = `/etc/postgresql/${version}/main/pg_hba.conf`;
  if (isRoot()) trustLocalTcp(hba);
  // --skip-systemctl-redirect: there may be no systemd (containers, CI).
  await mustRun('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], `Starting PostgreSQL ${version}/main`);
}

/** Resolves once PostgreSQL accepts TCP connections on 127.0.0.1:5432. */
async function ensurePostgres() {
  if (await isPortOpen(HOST, PG_PORT)) return;
  if (!postgresInstalled()) {
    if (!isRoot()) {
      throw new Error(
        `PostgreSQL is not running on ${HOST}:${PG_PORT} and is not installed. Run:\n`
        + '  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql\n'
        + `  add "${PG_HBA_TRUST[0]}" at the top of /etc/postgresql/<version>/main/pg_hba.conf\n`
        + '  sudo pg_ctlcluster --skip-systemctl-redirect <version> main start',
      );
    }
    await aptInstall('postgresql');
  }
  // The package's postinst may already have started it.
  if (!(await isPortOpen(HOST, PG_PORT))) await startPostgres();
  await waitForPort(HOST, PG_PORT, READY_TIMEOUT_MS);
}

/** Resolves once Redis accepts TCP connections on 127.0.0.1:6379. */
async function ensureRedis() {
  if (await isPortOpen(HOST, REDIS_PORT)) return;
  if (!findExecutable('redis-server')) {
    if (!isRoot()) {
      throw new Error(
        `Redis is not running on ${HOST}:${REDIS_PORT} and redis-server is not installed. Run:\n`
        + '  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y redis-server\n'
        + `  redis-server --daemonize yes --bind ${HOST} --port ${REDIS_PORT} --save "" --appendonly no`,
      );
    }
    await aptInstall('redis-server');
  }
  if (!(await isPortOpen(HOST, REDIS_PORT))) {
    // An ephemeral cache for tests: no persistence, so nothing is written to disk.
    await mustRun(findExecutable('redis-server'), [
      '--daemonize', 'yes', '--bind', HOST, '--port', String(REDIS_PORT), '--save', '', '--appendonly', 'no',
    ], 'Starting redis-server');
  }
  await waitForPort(HOST, REDIS_PORT, READY_TIMEOUT_MS);
}

module.exports = { ensurePostgres, ensureRedis, waitForPort };

if (require.main === module) {
  const wanted = process.argv.slice(2);
  const all = { postgres: ensurePostgres, redis: ensureRedis };
  const names = wanted.length ? wanted : Object.keys(all);
  (async () => {
    for (const name of names) {
      if (!all[name]) throw new Error(`Unknown service '${name}'; use: ${Object.keys(all).join(', ')}`);
      const t0 = Date.now();
      await all[name]();
      console.log(`${name} is up (${Date.now() - t0} ms)`);
    }
  })().catch((err) => {
    console.error(err.message);
    process.exitCode = 1;
  });
}
