#!/usr/bin/env node
'use strict';
// Local single-node Kafka (KRaft, combined broker+controller) for development
// and tests, run straight from Maven Central jars: no Docker, no tarball
// download, no npm dependencies (this must work before `npm install`).
//
//   node tools/infra/kafka.js start|stop|status [--port N]
//
// The broker is started detached so it outlives the caller; whoever needs it
// gone calls stopKafka() (or `kafka.js stop`).
//
// It runs as production should (issue 14): clients authenticate with
// SASL/SCRAM-SHA-512, one principal per service, and the StandardAuthorizer
// allows nothing that no ACL grants (ACLs: tools/infra/provision-kafka.ts).
// Passwords are made once per state dir (credentials.json, mode 0600).

const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const { spawn } = require('node:child_process');
const { isPortOpen, waitFor, run } = require('./net');

const KAFKA_VERSION = '3.9.1';
const HOST = '127.0.0.1';
const REPO_ROOT = path.resolve(__dirname, '..', '..');
const POM = path.join(__dirname, 'kafka', 'pom.xml');
// Logged by kafka.server.KafkaRaftServer once broker and controller are both
// up: "[KafkaRaftServer nodeId=1] Kafka Server started". The port alone opens
// before the broker can serve metadata requests.
const STARTED_LINE = 'Kafka Server started';
const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 30_000;
const JVM_OPTS = ['-Xms256m', '-Xmx768m', '-XX:+UseG1GC', '-Djava.awt.headless=true'];
/**
 * Who may connect: `admin` (super user: the broker itself, provisioning, test
 * kits), the six services, and the agency feeds that stream records. Bump
 * SECURITY_VERSION when this changes: state dirs of another version are
 * formatted anew (their SCRAM users live in the metadata log).
 */
const PRINCIPALS = ['admin', 'intake', 'verification', 'committee', 'publicity', 'certificate', 'supervision', 'feed-social-security', 'feed-continuing-education', 'feed-degree'];
const SECURITY_VERSION = 1;

function resolveOpts(opts = {}) {
  const port = Number(opts.port ?? 9092);
  const controllerPort = Number(opts.controllerPort ?? port + 1);
  const stateDir = path.resolve(opts.stateDir ?? path.join(REPO_ROOT, '.cache', 'kafka-state', String(port)));
  const libsDir = path.resolve(opts.libsDir ?? path.join(REPO_ROOT, '.cache', 'kafka', KAFKA_VERSION, 'libs'));
  const dataDir = path.join(stateDir, 'data');
  return {
    port,
    controllerPort,
    stateDir,
    libsDir,
    logDirs: path.join(dataDir, 'logs'),
    logFile: path.join(stateDir, 'kafka.log'),
    pidFile: path.join(stateDir, 'kafka.pid'),
    lockFile: path.join(stateDir, 'start.lock'),
    propsFile: path.join(stateDir, 'server.properties'),
    log4jFile: path.join(stateDir, 'log4j.properties'),
    credentialsFile: path.join(stateDir, 'credentials.json'),
    securityMarker: path.join(dataDir, 'logs', 'zc-security.json'),
  };
}

/**
 * The passwords of this broker's principals, made once per state dir. Hex only:
 * `,` and `]` would break StorageTool's `--add-scram` parser.
 * @returns {{ version: number, users: Record<string, string>, controller: string }}
 */
function ensureCredentials(o) {
  try {
    const stored = JSON.parse(fs.readFileSync(o.credentialsFile, 'utf8'));
    if (stored.version === SECURITY_VERSION && PRINCIPALS.every((p) => stored.users?.[p])) return stored;
  } catch {
    // none yet, or unreadable: make new ones (the storage is formatted anew with them)
  }
  const secret = () => crypto.randomBytes(24).toString('hex');
  const credentials = { version: SECURITY_VERSION, users: Object.fromEntries(PRINCIPALS.map((p) => [p, secret()])), controller: secret() };
  fs.mkdirSync(path.dirname(o.credentialsFile), { recursive: true });
  fs.rmSync(o.credentialsFile, { force: true }); // outdated, if anything
  // Created by a hard link, which fails if a concurrent caller got there first: then theirs stand.
  const draft = `${o.credentialsFile}.${process.pid}`;
  fs.writeFileSync(draft, JSON.stringify(credentials, null, 2), { mode: 0o600 });
  try {
    fs.linkSync(draft, o.credentialsFile);
  } catch (err) {
    if (err.code !== 'EEXIST') throw err;
  } finally {
    fs.rmSync(draft, { force: true });
  }
  return JSON.parse(fs.readFileSync(o.credentialsFile, 'utf8'));
}

/** The principals' passwords of the broker on `port` (or state dir), as ensureKafka made them. */
function kafkaCredentials(opts) {
  const o = resolveOpts(opts);
  const stored = JSON.parse(fs.readFileSync(o.credentialsFile, 'utf8'));
  return stored.users;
}

/**
 * Downloads the broker jars once. Maven copies into a temp dir that is renamed
 * into place only when complete, so an interrupted download is simply redone.
 */
async function ensureLibs(libsDir) {
  if (fs.existsSync(libsDir)) return;
  const tmp = `${libsDir}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(libsDir), { recursive: true });
  const { code, output } = await run('mvn', [
    '-q', '-B', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${tmp}`,
  ]);
  if (code !== 0 || !fs.existsSync(path.join(tmp, `kafka_2.13-${KAFKA_VERSION}.jar`))) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw new Error(`Fetching Kafka ${KAFKA_VERSION} jars with Maven failed (exit ${code}):\n${output}`);
  }
  try {
    fs.renameSync(tmp, libsDir);
  } catch (err) {
    fs.rmSync(tmp, { recursive: true, force: true });
    if (!fs.existsSync(libsDir)) throw err; // otherwise a concurrent caller won the race
  }
}

function writeConfig(o, credentials) {
  fs.mkdirSync(o.logDirs, { recursive: true });
  const admin = credentials.users.admin;
  const props = {
    'process.roles': 'broker,controller',
    'node.id': 1,
    'controller.quorum.voters': `1@${HOST}:${o.controllerPort}`,
    listeners: `BROKER://${HOST}:${o.port},CONTROLLER://${HOST}:${o.controllerPort}`,
    'advertised.listeners': `BROKER://${HOST}:${o.port}`,
    'listener.security.protocol.map': 'BROKER:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT',
    'controller.listener.names': 'CONTROLLER',
    'inter.broker.listener.name': 'BROKER',
    // Clients and the broker itself: SCRAM, whose users live in the metadata log.
    'sasl.enabled.mechanisms': 'SCRAM-SHA-512',
    'sasl.mechanism.inter.broker.protocol': 'SCRAM-SHA-512',
    'listener.name.broker.scram-sha-512.sasl.jaas.config': `org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${admin}";`,
    // The controller cannot use SCRAM (it needs credentials before it reads the
    // metadata log): PLAIN with one user, on loopback only (KAFKA-15513).
    'listener.name.controller.sasl.enabled.mechanisms': 'PLAIN',
    'sasl.mechanism.controller.protocol': 'PLAIN',
    'listener.name.controller.plain.sasl.jaas.config': `org.apache.kafka.common.security.plain.PlainLoginModule required username="controller" password="${credentials.controller}" user_controller="${credentials.controller}";`,
    'authorizer.class.name': 'org.apache.kafka.metadata.authorizer.StandardAuthorizer',
    'super.users': 'User:admin;User:controller',
    'allow.everyone.if.no.acl.found': false,
    'log.dirs': o.logDirs,
    // Single node: anything above 1 could never be satisfied, and the
    // smaller internal topics and zero rebalance delay keep startup and
    // consumer-group joins fast in tests.
    'offsets.topic.replication.factor': 1,
    'offsets.topic.num.partitions': 1,
    'transaction.state.log.replication.factor': 1,
    'transaction.state.log.min.isr': 1,
    'transaction.state.log.num.partitions': 1,
    'group.initial.rebalance.delay.ms': 0,
    'group.min.session.timeout.ms': 3000,
    'auto.create.topics.enable': false,
    'num.partitions': 3,
    'default.replication.factor': 1,
    'min.insync.replicas': 1,
    // After an unclean exit (SIGKILL) the restarted broker cannot register
    // until the controller expires its previous session (9 s by default, then
    // backoff: ~15 s restarts); both live in this one JVM, so a short session
    // cannot cause spurious fencing.
    'broker.session.timeout.ms': 3000,
    'broker.heartbeat.interval.ms': 500,
  };
  fs.writeFileSync(o.propsFile, Object.entries(props).map(([k, v]) => `${k}=${v}`).join('\n') + '\n');
  // Everything goes to stdout, which is redirected to kafka.log; INFO only
  // for the server class so the readiness line is there without the noise.
  fs.writeFileSync(o.log4jFile, [
    'log4j.rootLogger=WARN, stdout',
    'log4j.appender.stdout=org.apache.log4j.ConsoleAppender',
    'log4j.appender.stdout.layout=org.apache.log4j.PatternLayout',
    'log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n',
    'log4j.logger.kafka.server.KafkaServer=INFO',
    'log4j.logger.kafka.server.KafkaRaftServer=INFO',
    '',
  ].join('\n'));
}

function javaArgs(o, mainClass, ...args) {
  return [...JVM_OPTS, `-Dlog4j.configuration=file:${o.log4jFile}`, '-cp', `${o.libsDir}/*`, mainClass, ...args];
}

function isFormatted(o, credentials) {
  try {
    const meta = fs.readFileSync(path.join(o.logDirs, 'meta.properties'), 'utf8');
    const marker = JSON.parse(fs.readFileSync(o.securityMarker, 'utf8'));
    // Formatted with these very users: an older PLAINTEXT state dir, or one formatted with
    // other passwords, would refuse every login.
    return /^cluster\.id=\S+$/m.test(meta) && /^node\.id=1$/m.test(meta)
      && fs.existsSync(path.join(o.logDirs, 'bootstrap.checkpoint'))
      && marker.version === SECURITY_VERSION && marker.fingerprint === fingerprintOf(credentials);
  } catch {
    return false;
  }
}

function fingerprintOf(credentials) {
  return crypto.createHash('sha256').update(JSON.stringify(credentials)).digest('hex');
}

/** Same shape as `kafka-storage random-uuid` (base64url of 16 random bytes), without a JVM start. */
function randomClusterId() {
  for (;;) {
    const id = crypto.randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id; // Kafka avoids these: they look like CLI flags
  }
}

async function formatStorage(o, credentials) {
  if (isFormatted(o, credentials)) return;
  // Half-written or foreign data would make the format (or the broker) fail.
  fs.rmSync(o.logDirs, { recursive: true, force: true });
  fs.mkdirSync(o.logDirs, { recursive: true });
  // Static quorum (controller.quorum.voters), so 3.9 wants no --standalone /
  // --initial-controllers here; those are for dynamic (KIP-853) quorums.
  const scram = Object.entries(credentials.users).flatMap(([name, password]) => ['--add-scram', `SCRAM-SHA-512=[name=${name},password=${password}]`]);
  const { code, output } = await run('java', javaArgs(o, 'kafka.tools.StorageTool',
    'format', '-t', randomClusterId(), '-c', o.propsFile, ...scram));
  if (code !== 0) throw new Error(`kafka-storage format failed (exit ${code}):\n${output}`);
  fs.writeFileSync(o.securityMarker, JSON.stringify({ version: SECURITY_VERSION, fingerprint: fingerprintOf(credentials) }));
}

/** Our broker on that state dir, started before brokers authenticated (or with other passwords). */
function runsOutdatedConfig(o, credentials) {
  try {
    const props = fs.readFileSync(o.propsFile, 'utf8');
    return !props.includes('sasl.enabled.mechanisms') || !props.includes(`password="${credentials.users.admin}"`);
  } catch {
    return true;
  }
}

/** True when pid is a live (non-zombie) process; with a props file, only our broker for it. */
function isAlive(pid, propsFile) {
  if (!(pid > 0)) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    return err.code === 'EPERM';
  }
  if (!fs.existsSync('/proc')) return true; // no procfs (macOS): trust kill(0)
  try {
    // Orphaned brokers may be left as zombies if PID 1 does not reap them.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) return false;
    if (!propsFile) return true;
    // Guards against a stale pid file whose pid now belongs to something else.
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return cmdline.includes('kafka.Kafka') && cmdline.includes(propsFile);
  } catch {
    return false;
  }
}

/** Pid of our broker from the pid file, or null if absent or stale. */
function runningPid(o) {
  let pid;
  try {
    pid = Number(fs.readFileSync(o.pidFile, 'utf8').trim());
  } catch {
    return null;
  }
  return isAlive(pid, o.propsFile) ? pid : null;
}

function tailLog(logFile, lines = 40) {
  try {
    return fs.readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log file)';
  }
}

/**
 * Serialises starts for one state dir across processes (e.g. parallel test
 * runners calling ensureKafka at once), so only one of them launches a broker.
 */
async function withLock(lockFile, fn) {
  const tryLock = () => {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return true;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      // An empty file means the holder has only just created it.
      const holder = Number(fs.readFileSync(lockFile, 'utf8').trim() || 0);
      if (holder > 0 && !isAlive(holder)) fs.rmSync(lockFile, { force: true }); // crashed holder
      return false;
    }
  };
  await waitFor(tryLock, {
    timeoutMs: READY_TIMEOUT_MS + 60_000,
    describe: () => `Timed out waiting for the Kafka start lock ${lockFile}`,
  });
  try {
    return await fn();
  } finally {
    fs.rmSync(lockFile, { force: true });
  }
}

function startBroker(o) {
  const out = fs.openSync(o.logFile, 'w');
  const child = spawn('java', javaArgs(o, 'kafka.Kafka', o.propsFile), {
    detached: true,
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  child.once('error', () => {}); // reported below via the missing pid
  child.unref();
  if (!child.pid) throw new Error("Could not start 'java'; is a JDK/JRE 17+ on PATH?");
  fs.writeFileSync(o.pidFile, `${child.pid}\n`);
  return child.pid;
}

function logHasStarted(o) {
  try {
    return fs.readFileSync(o.logFile, 'utf8').includes(STARTED_LINE);
  } catch {
    return false;
  }
}

async function waitUntilReady(o, pid) {
  await waitFor(
    async () => {
      if (!isAlive(pid)) {
        throw new Error(`Kafka (pid ${pid}) exited during startup. Last log lines of ${o.logFile}:\n${tailLog(o.logFile)}`);
      }
      return (await isPortOpen(HOST, o.port)) && logHasStarted(o);
    },
    {
      timeoutMs: READY_TIMEOUT_MS,
      describe: () => `Kafka on ${HOST}:${o.port} not ready after ${READY_TIMEOUT_MS / 1000} s. `
        + `Last log lines of ${o.logFile}:\n${tailLog(o.logFile)}`,
    },
  );
}

/**
 * Makes sure a broker is listening on 127.0.0.1:<port>, starting one if needed.
 * @param {{port?: number, controllerPort?: number, stateDir?: string, libsDir?: string}} [opts]
 * @returns {Promise<{bootstrap: string, pid: number|null, startedHere: boolean}>}
 */
async function ensureKafka(opts) {
  const o = resolveOpts(opts);
  const bootstrap = `${HOST}:${o.port}`;
  fs.mkdirSync(o.stateDir, { recursive: true });
  const credentials = ensureCredentials(o);
  const alreadyUp = async () => {
    if (!(await isPortOpen(HOST, o.port))) return null;
    const pid = runningPid(o);
    if (pid && runsOutdatedConfig(o, credentials)) {
      // Our own broker of before authentication: replace it (its topics go with its storage).
      await stopKafka(opts);
      return null;
    }
    // Our own broker still booting (port opens before it can serve): wait for it.
    if (pid && !logHasStarted(o)) await waitUntilReady(o, pid);
    return { bootstrap, pid, startedHere: false, credentials: credentials.users };
  };
  const up = await alreadyUp();
  if (up) return up;

  await ensureLibs(o.libsDir);
  return withLock(o.lockFile, async () => {
    // Another caller may have started it while we waited for the lock.
    const upNow = await alreadyUp();
    if (upNow) return upNow;
    // A caller that died holding the lock may have left a booting broker: reuse it.
    let pid = runningPid(o);
    const startedHere = !pid;
    if (startedHere) {
      writeConfig(o, credentials);
      await formatStorage(o, credentials);
      pid = startBroker(o);
    }
    try {
      await waitUntilReady(o, pid);
    } catch (err) {
      // Don't leave a half-started broker holding the ports and the data dir.
      if (startedHere) await stopKafka(opts).catch(() => {});
      throw err;
    }
    return { bootstrap, pid, startedHere, credentials: credentials.users };
  });
}

/**
 * Stops the broker recorded in the state dir's pid file (no-op if none runs):
 * SIGTERM, up to 30 s for a clean shutdown, then SIGKILL.
 * @param {{port?: number, stateDir?: string}} [opts]
 * @returns {Promise<{stopped: boolean, pid: number|null}>}
 */
async function stopKafka(opts) {
  const o = resolveOpts(opts);
  const pid = runningPid(o);
  if (pid) {
    const gone = () => !isAlive(pid);
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // exited in the meantime
    }
    const clean = await waitFor(gone, { timeoutMs: STOP_TIMEOUT_MS }).then(() => true, () => false);
    if (!clean) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // exited in the meantime
      }
      await waitFor(gone, { timeoutMs: 5000 }).catch(() => {});
    }
  }
  fs.rmSync(o.pidFile, { force: true });
  return { stopped: Boolean(pid), pid };
}

async function main(argv) {
  const [command] = argv;
  const portArg = argv.find((a, i) => a.startsWith('--port=') || argv[i - 1] === '--port');
  const opts = portArg ? { port: Number(portArg.replace('--port=', '')) } : {};
  if (opts.port !== undefined && !(opts.port > 0 && opts.port < 65535)) throw new Error(`Bad --port: ${portArg}`);

  if (command === 'start') {
    const t0 = Date.now();
    const { bootstrap, pid, startedHere } = await ensureKafka(opts);
    const how = startedHere ? `started in ${((Date.now() - t0) / 1000).toFixed(1)} s` : 'already running';
    console.log(`Kafka ${KAFKA_VERSION} at ${bootstrap} (pid ${pid ?? 'unknown'}, ${how})`);
  } else if (command === 'stop') {
    const { stopped, pid } = await stopKafka(opts);
    console.log(stopped ? `Kafka (pid ${pid}) stopped` : 'Kafka was not running');
  } else if (command === 'status') {
    const o = resolveOpts(opts);
    const open = await isPortOpen(HOST, o.port);
    const pid = runningPid(o);
    console.log(`Kafka at ${HOST}:${o.port}: ${open ? 'accepting connections' : 'not listening'}`
      + (pid ? ` (pid ${pid}, state ${o.stateDir})` : ''));
    process.exitCode = open ? 0 : 3;
  } else {
    console.error('Usage: node tools/infra/kafka.js start|stop|status [--port N]');
    process.exitCode = 2;
  }
}

module.exports = { ensureKafka, stopKafka, kafkaCredentials, isPortOpen, KAFKA_VERSION, KAFKA_PRINCIPALS: PRINCIPALS };

if (require.main === module) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(err.message);
    process.exitCode = 1;
  });
}
