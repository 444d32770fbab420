import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { Pool } from 'pg';
import { pgConfigFromUrl } from '@zc/database';
import { DEFAULT_PORTS, SERVICE_NAMES, type ServiceName } from '@zc/platform';
import {
  continuingEducationRecords,
  contributionRecords,
  degreeRecords,
  RunningSystem,
  sampleDeclaration,
  setIntakeClock,
  TIANJIN_2023_REVIEW_DAY,
  type SystemSettings,
} from '@zc/testing';
import { FeedFileImporter } from '@zc/verification/data-access';
import { FEED_DEFINITIONS } from '@zc/verification/domain';
import { dropDatabases, generateClients, migrateDatabases } from '../infra/databases';
import { isPortOpen, kafkaCredentials, stopKafka } from '../infra/kafka';
import { ensureSecuredKafka, kafkaAdminOf } from '../infra/secured-kafka';
import { ensurePostgres, ensureRedis } from '../infra/services';
import { kafkaBaseline, type BaselineResult } from './end-to-end-baseline';
import { CommitteeDriver, MEETING_PHASES } from './end-to-end-committee';
import { commitToLiveFinding, LiveFindings, outboxTimes } from './end-to-end-findings';
import { REVIEW_STEPS, ReviewDriver } from './end-to-end-review';
import { eventVolumes, ProcessSampler, percentile, STAGE_EVENTS, stageTimes } from './end-to-end-stats';

/**
 * End-to-end benchmark: N declarations (default 100,000, a province's year) through all six
 * services to their certificates, on this machine, on its own infrastructure (Kafka on 9492,
 * zc_bench_e2e_* databases, Redis db 5, ports 45xx):
 *   1. feed data for every applicant imported in bulk into verification (the file importer);
 *   2. every declaration drafted, evidenced, submitted and reviewed by employer, department and
 *      office over intake's HTTP API, `--concurrency` at once;
 *   3. meanwhile, committee meetings of `--batch` ready declarations each (file, draw, open,
 *      commit, one ballot per member and declaration, close);
 *   4. publicity (1 s windows) and certificates follow by themselves; waits until intake records a
 *      final status for every declaration (counted in intake's database).
 * Prints declarations/s (first submission to last certificate), p50/p99 per stage (from the time
 * each service committed the stage's event to its outbox), commit → live finding on supervision's
 * stream, supervision's lag and CPU, peak memory and CPU per process, and the ratio
 * to bare kafkajs producing and consuming N messages of the run's mean event size on the same
 * broker in the same run. Exits 1 when a declaration did not reach a final status.
 *
 *   npm run bench:e2e -- [--count 100000] [--concurrency 16] [--batch 500] [--stall-seconds 180] [--keep] [--profile supervision]
 *   npm run bench:e2e -- --baseline-only [--count 100000] [--bytes 766]   (the kafkajs baseline alone)
 */
const { values: ARGS } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    concurrency: { type: 'string', default: '16' },
    batch: { type: 'string', default: '500' },
    'stall-seconds': { type: 'string', default: '180' },
    keep: { type: 'boolean', default: false },
    /** Only the kafkajs baseline (N messages of --bytes), e.g. to see its rate at 100,000 quickly. */
    'baseline-only': { type: 'boolean', default: false },
    bytes: { type: 'string', default: '766' },
    /** A service to run with V8's CPU profiler; its .cpuprofile lands in .cache/bench-e2e/profiles when it stops. */
    profile: { type: 'string' },
  },
});
const COUNT = Number(ARGS.count);
const CONCURRENCY = Number(ARGS.concurrency);
const BATCH = Math.min(Number(ARGS.batch), COUNT);
const STALL_MS = Number(ARGS['stall-seconds']) * 1000;
const KEEP = ARGS.keep;
if (!(COUNT > 0 && CONCURRENCY > 0 && BATCH > 0 && STALL_MS > 0)) throw new Error('--count, --concurrency, --batch and --stall-seconds take positive numbers');

const ROOT = path.resolve(__dirname, '..', '..');
const WORK_DIR = path.join(ROOT, '.cache', 'bench-e2e');
const KAFKA_PORT = 9492;
const BROKERS = [`127.0.0.1:${KAFKA_PORT}`];
const PREFIX = 'zc_bench_e2e_';
const REDIS_URL = 'redis://127.0.0.1:6379/5';
const PARTITIONS = 3;
const FINAL = ['certificate-issued', 'verification-failed', 'committee-failed', 'result-withheld'];

const settings: SystemSettings = {
  env: {
    NODE_ENV: 'test',
    KAFKA_BROKERS: BROKERS.join(','),
    KAFKA_PARTITIONS: String(PARTITIONS),
    REDIS_URL,
    LOG_LEVEL: 'warn',
    TEST_CLOCK: 'enabled',
    PUBLICITY_WINDOW_MS: '1000',
    SUPERVISION_GRACE_MS: '1000',
    DATABASE_POOL_SIZE: '10',
    EVIDENCE_DIR: path.join(WORK_DIR, 'evidence'),
  },
  databaseUrl: (service) => `postgresql://postgres@127.0.0.1:5432/${PREFIX}${service}`,
  port: (service) => DEFAULT_PORTS[service] + 1500,
  logDir: path.join(WORK_DIR, 'logs'),
  kafkaPassword: (principal) => kafkaCredentials({ port: KAFKA_PORT })[principal],
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (message: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
const fmt = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '—');

let aborted = false;

/** PostgreSQL restarting (someone else's on a shared server): worth polling past, not ending the run. */
const PASSING_DATABASE_ERRORS = new Set(['57P01', '57P02', '57P03', 'ECONNREFUSED', 'ECONNRESET']);

/** A read retried for up to a minute while the database is briefly away. */
async function passing<T>(read: () => Promise<T>): Promise<T> {
  for (const started = Date.now(); ; ) {
    try {
      return await read();
    } catch (error) {
      if (!PASSING_DATABASE_ERRORS.has((error as { code?: string }).code ?? '') || Date.now() - started > 60_000) throw error;
      await sleep(1000);
    }
  }
}

/** NDJSON files of the three feeds for applicants 0..count-1: 6 months of contributions, 3 years of courses, a degree. */
async function writeFeedFiles(count: number): Promise<Record<'social-security' | 'continuing-education' | 'degree', string>> {
  const dir = path.join(WORK_DIR, `feeds-${count}`);
  mkdirSync(dir, { recursive: true });
  const files = {
    'social-security': path.join(dir, 'social-security.ndjson'),
    'continuing-education': path.join(dir, 'continuing-education.ndjson'),
    degree: path.join(dir, 'degree.ndjson'),
  };
  if (Object.values(files).every((file) => existsSync(file))) return files;
  const streams = Object.fromEntries(Object.entries(files).map(([source, file]) => [source, createWriteStream(`${file}.tmp`)])) as Record<keyof typeof files, ReturnType<typeof createWriteStream>>;
  const write = async (stream: ReturnType<typeof createWriteStream>, records: object[]) => {
    if (!stream.write(records.map((r) => `${JSON.stringify(r)}\n`).join(''))) await once(stream, 'drain');
  };
  for (let n = 0; n < count; n += 1) {
    const declaration = sampleDeclaration(n);
    await write(streams['social-security'], contributionRecords(declaration, 6));
    await write(streams['continuing-education'], continuingEducationRecords(declaration));
    await write(streams.degree, degreeRecords(declaration));
  }
  await Promise.all(Object.values(streams).map((stream) => new Promise((resolve) => stream.end(resolve))));
  for (const file of Object.values(files)) renameSync(`${file}.tmp`, file);
  return files;
}

interface DriveResult {
  accepted: number;
  errors: number;
  errorSamples: string[];
  latencies: number[];
  seconds: number;
}

/** Every declaration from draft to accepted over intake's HTTP API (9 calls each), `concurrency` at once. */
async function drive(review: ReviewDriver, count: number, concurrency: number, progress: { accepted: number }): Promise<DriveResult> {
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count && !aborted) {
        const n = next++;
        const t0 = performance.now();
        try {
          await review.declare(n, sampleDeclaration(n));
          progress.accepted += 1;
          latencies.push(performance.now() - t0);
        } catch (error) {
          errors += 1;
          if (errorSamples.length < 5) errorSamples.push(`applicant ${n}: ${(error as Error).message.slice(0, 300)}`);
        }
      }
    }),
  );
  return { accepted: progress.accepted, errors, errorSamples, latencies: latencies.sort((a, b) => a - b), seconds: (performance.now() - started) / 1000 };
}

async function statusCounts(intake: Pool): Promise<Record<string, number>> {
  const { rows } = await intake.query<{ status: string; n: string }>('SELECT status, count(*) AS n FROM "Declaration" GROUP BY status');
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

const finalCount = (counts: Record<string, number>) => FINAL.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
const describeCounts = (counts: Record<string, number>) => Object.entries(counts).map(([status, n]) => `${status} ${n}`).join(', ');

async function baselineOnly(): Promise<number> {
  if (!(await isPortOpen('127.0.0.1', KAFKA_PORT))) rmSync(path.join(ROOT, '.cache', 'kafka-state', String(KAFKA_PORT)), { recursive: true, force: true });
  await ensureSecuredKafka(KAFKA_PORT, PARTITIONS);
  process.once('SIGINT', () => {
    aborted = true;
    void (KEEP ? Promise.resolve() : stopKafka({ port: KAFKA_PORT })).finally(() => process.exit(130));
  });
  try {
    for (let i = 0; i < 3 && !aborted; i += 1) {
      const b = await kafkaBaseline({ access: kafkaAdminOf(KAFKA_PORT), count: COUNT, bytes: Number(ARGS.bytes), partitions: PARTITIONS, batchSize: 100, concurrency: 3 });
      console.log(`baseline: ${b.messages} messages of ${b.bytesPerMessage} bytes in ${fmt(b.seconds, 2)} s (produced in ${fmt(b.produceSeconds, 2)} s): ${fmt(b.messagesPerSecond, 0)} messages/s`);
    }
  } finally {
    if (!KEEP) await stopKafka({ port: KAFKA_PORT });
  }
  return 0;
}

async function main(): Promise<number> {
  if (ARGS['baseline-only']) return baselineOnly();
  const t0 = performance.now();
  log(`end-to-end benchmark: ${COUNT} declarations, concurrency ${CONCURRENCY}, committee batches of ${BATCH}; Kafka ${BROKERS[0]}, ${PREFIX}*, ${REDIS_URL}, ports ${settings.port('intake')}–${settings.port('supervision')}`);
  await Promise.all([ensurePostgres(), ensureRedis()]);
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 2 });
  await redis.flushdb(); // our own database 5: no delayed jobs of an earlier run
  await redis.quit();
  const stateDir = path.join(ROOT, '.cache', 'kafka-state', String(KAFKA_PORT));
  if (!(await isPortOpen('127.0.0.1', KAFKA_PORT))) rmSync(stateDir, { recursive: true, force: true }); // no topics or offsets of an earlier run
  const kafka = await ensureSecuredKafka(KAFKA_PORT, PARTITIONS);
  await generateClients();
  await dropDatabases({ prefix: PREFIX });
  await migrateDatabases({ prefix: PREFIX });
  mkdirSync(WORK_DIR, { recursive: true });
  rmSync(settings.logDir, { recursive: true, force: true });
  log(`infrastructure ready (Kafka ${kafka.startedHere ? 'started' : 'already running'}) in ${fmt((performance.now() - t0) / 1000, 1)} s`);

  const pools = Object.fromEntries(SERVICE_NAMES.map((service) => [service, new Pool({ connectionString: settings.databaseUrl(service), max: 2 })])) as Record<ServiceName, Pool>;
  // An idle connection cut under a pool (PostgreSQL restarted by someone else on a shared server)
  // is dropped by the pool; unheard, its 'error' would end the run and orphan the services.
  for (const pool of Object.values(pools)) pool.on('error', (error) => log(`benchmark's database pool: ${error.message}`));
  const profiled = ARGS.profile as ServiceName | undefined;
  if (profiled && !SERVICE_NAMES.includes(profiled)) throw new Error(`--profile takes one of ${SERVICE_NAMES.join(', ')}`);
  const profileDir = path.join(WORK_DIR, 'profiles');
  const system = new RunningSystem(settings, profiled ? { nodeArgs: { [profiled]: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] } } : {});
  let liveFindings: LiveFindings | undefined;
  const sampler = new ProcessSampler(
    () => [...system.processes.map((p) => ({ name: p.options.service, pid: p.pid })), { name: 'kafka broker (JVM)', pid: kafka.pid ?? undefined }],
    // PostgreSQL backends serving our databases (services, relays, this script's pools), per database.
    async () =>
      (await pools.intake.query<{ pid: number; datname: string }>(`SELECT pid, datname FROM pg_stat_activity WHERE datname LIKE '${PREFIX}%'`)).rows.map((r) => ({
        name: `postgres: ${r.datname.slice(PREFIX.length)}`,
        pid: r.pid,
      })),
  );
  let cleaned: Promise<void> | undefined;
  const cleanUp = () =>
    (cleaned ??= (async () => {
      sampler.stop();
      await liveFindings?.stop();
      await system.stop().catch(() => undefined);
      await Promise.all(Object.values(pools).map((pool) => pool.end().catch(() => undefined)));
      if (!KEEP) {
        await stopKafka({ port: KAFKA_PORT }).catch(() => undefined);
        await dropDatabases({ prefix: PREFIX }).catch(() => undefined);
      }
    })());
  const interrupt = (signal: string) => {
    if (aborted) process.exit(130);
    aborted = true;
    console.log(`\n${signal}: stopping everything this benchmark started…`);
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', () => interrupt('SIGINT'));
  process.once('SIGTERM', () => interrupt('SIGTERM'));

  try {
    await system.start();
    sampler.start();
    if (aborted) return 130;
    log(`six services ready (logs in ${settings.logDir})`);
    // Read supervision's live stream all along, as an inspector would: every finding timed on arrival.
    liveFindings = new LiveFindings(system.url('supervision'));
    await liveFindings.start();
    const intakeUrl = system.url('intake');
    await setIntakeClock(intakeUrl, TIANJIN_2023_REVIEW_DAY);

    // 1. Feeds in bulk.
    let t = performance.now();
    const files = await writeFeedFiles(COUNT);
    const feedPool = new Pool({ ...pgConfigFromUrl(settings.databaseUrl('verification')), max: 2 });
    let feedRows = 0;
    try {
      for (const [source, file] of Object.entries(files) as [keyof typeof files, string][]) {
        const report = await new FeedFileImporter(feedPool, FEED_DEFINITIONS[source], 50_000).importFile(file, 'ndjson');
        feedRows += report.rowsAccepted;
        if (report.rowsRejected > 0) log(`feed ${source}: ${report.rowsRejected} rows rejected: ${JSON.stringify(report.rejectReasons)}`);
      }
    } finally {
      await feedPool.end();
    }
    const feedSeconds = (performance.now() - t) / 1000;
    log(`feeds imported: ${feedRows} records for ${COUNT} applicants in ${fmt(feedSeconds, 1)} s`);

    // 2 and 3. Intake review and committee meetings, side by side.
    const progress = { accepted: 0 };
    let driveDone = false;
    const committee = new CommitteeDriver({ intake: intakeUrl, committee: system.url('committee') }, pools.committee, Math.min(CONCURRENCY, 16));
    const committeeLoop = async () => {
      let lastProgress = Date.now();
      let lastRouted = -1;
      while (!aborted) {
        const ready = await committee.ready(BATCH).catch(async (error: Error & { code?: string }) => {
          if (!PASSING_DATABASE_ERRORS.has(error.code ?? '')) throw error;
          log(`committee: ${error.message}; polling again`);
          await sleep(1000);
          return undefined;
        });
        if (!ready) continue;
        if (ready.ids.length >= BATCH) {
          await committee.meet(ready.committeeId, ready.planId, ready.ids);
          lastProgress = Date.now();
          continue;
        }
        if (driveDone) {
          const { routed, unsettled } = await committee.unsettled();
          const drained = routed >= progress.accepted && unsettled === ready.ids.length;
          if (drained && ready.ids.length > 0) {
            await committee.meet(ready.committeeId, ready.planId, ready.ids);
            lastProgress = Date.now();
            continue;
          }
          if (drained) return;
          if (routed !== lastRouted) {
            lastRouted = routed;
            lastProgress = Date.now();
          }
          if (Date.now() - lastProgress > STALL_MS) {
            log(`committee: giving up waiting, ${routed} of ${progress.accepted} accepted declarations routed, ${unsettled} without a verdict or meeting`);
            return;
          }
        }
        await sleep(500);
      }
    };
    const reporter = setInterval(() => {
      void statusCounts(pools.intake).then((counts) => log(`accepted by the drive ${progress.accepted}/${COUNT}; meetings ${committee.meetings.length}; intake: ${describeCounts(counts)}`)).catch(() => undefined);
    }, 10_000);
    t = performance.now();
    // The loop polls; a passing database error (a server restarted under it) is logged and polled
    // past, and any other failure ends it without leaving a rejection unheard while the drive runs.
    const committeeDone = committeeLoop().catch((error: Error) => log(`committee loop stopped: ${error.message}`));
    const review = new ReviewDriver(intakeUrl);
    await sampler.markCpu();
    const driverCpu = process.cpuUsage();
    const driven = await drive(review, COUNT, CONCURRENCY, progress);
    driveDone = true;
    log(`intake review done: ${driven.accepted} accepted, ${driven.errors} failed in ${fmt(driven.seconds, 1)} s (${fmt(driven.accepted / driven.seconds, 1)} declarations/s through 9 HTTP calls each)`);
    for (const sample of driven.errorSamples) log(`  failed: ${sample}`);
    await committeeDone;
    log(`committee: ${committee.meetings.length} meetings held`);

    // 4. Until intake records a final status for every accepted declaration.
    let counts = await passing(() => statusCounts(pools.intake));
    let lastFinal = -1;
    let lastChange = Date.now();
    while (!aborted && finalCount(counts) < driven.accepted) {
      if (finalCount(counts) !== lastFinal) {
        lastFinal = finalCount(counts);
        lastChange = Date.now();
      }
      if (Date.now() - lastChange > STALL_MS) {
        log(`no declaration reached a final status for ${STALL_MS / 1000} s: giving up`);
        break;
      }
      await sleep(1000);
      counts = await passing(() => statusCounts(pools.intake));
    }
    clearInterval(reporter);
    const allDoneAt = performance.now();
    log(`final statuses: ${describeCounts(counts)} (${fmt((allDoneAt - t) / 1000, 1)} s after the first declaration)`);

    // Supervision consumes every topic: how far behind is it? (bounded wait)
    const totalEvents = async () => (await eventVolumes(pools)).reduce((sum, v) => sum + v.events, 0);
    const supervisionHandled = async () => Number((await pools.supervision.query<{ n: string }>('SELECT count(DISTINCT "eventId") AS n FROM inbox_event')).rows[0]?.n ?? 0);
    let behind = (await totalEvents()) - (await supervisionHandled());
    const behindAtEnd = behind;
    const catchUpStart = performance.now();
    while (!aborted && behind > 0 && performance.now() - catchUpStart < 120_000) {
      await sleep(1000);
      behind = (await totalEvents()) - (await supervisionHandled());
    }
    const catchUpSeconds = (performance.now() - catchUpStart) / 1000;
    await liveFindings.stop();
    const arrivals = liveFindings.arrivals;
    const findingLatency = commitToLiveFinding(arrivals, await outboxTimes(pools, arrivals.flatMap((a) => a.evidence)));
    const rendered = Number((await pools.certificate.query<{ n: string }>(`SELECT count(DISTINCT "certificateId") AS n FROM "CertificateDocument"`)).rows[0]?.n ?? 0);
    sampler.stop();
    const memory = sampler.report();
    const driverUsage = process.cpuUsage(driverCpu);
    memory.push({ name: 'this benchmark (clients)', peakRssMiB: process.memoryUsage().rss / 2 ** 20, hwmMiB: NaN, cpuSeconds: (driverUsage.user + driverUsage.system) / 1e6 });

    // Stage latencies and volumes from the services' outboxes.
    const times = await stageTimes(pools);
    const volumes = await eventVolumes(pools);
    const events = volumes.reduce((sum, v) => sum + v.events, 0);
    const meanBytes = volumes.reduce((sum, v) => sum + v.meanBytes * v.events, 0) / Math.max(1, events);
    const certified = [...times.values()].filter((entry) => Number.isFinite(entry[6]));
    // (no spread into Math.min/max: 100,000 arguments would overflow the stack)
    const firstSubmitted = [...times.values()].reduce((min, e) => Math.min(min, Number.isFinite(e[0]) ? (e[0] as number) : Infinity), Infinity);
    const lastCertificate = certified.reduce((max, e) => Math.max(max, e[6] as number), -Infinity);
    const platformSeconds = (lastCertificate - firstSubmitted) / 1000;
    const platformRate = certified.length / platformSeconds;

    // Stop the services, then the baseline on the same broker, alone.
    await system.stop();
    log(`baseline: kafkajs producing and consuming ${COUNT} messages of ${fmt(meanBytes)} bytes on ${BROKERS[0]}…`);
    // Three times (a shared machine is noisy); the median counts.
    const baselines: BaselineResult[] = [];
    for (let i = 0; i < 3 && !aborted; i += 1) baselines.push(await kafkaBaseline({ access: kafkaAdminOf(KAFKA_PORT), count: COUNT, bytes: Math.round(meanBytes), partitions: PARTITIONS, batchSize: 100, concurrency: 3 }));
    const baseline = [...baselines].sort((a, b) => a.messagesPerSecond - b.messagesPerSecond)[Math.floor(baselines.length / 2)];

    // Report.
    const line = (cells: string[], widths: number[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join(' | ');
    console.log(`\n=== end-to-end: ${COUNT} declarations, concurrency ${CONCURRENCY}, committee batches of ${BATCH} ===`);
    console.log(`final statuses in intake: ${describeCounts(counts)}`);
    console.log(`declarations/s (first submission to last certificate, ${certified.length} certificates in ${fmt(platformSeconds, 1)} s): ${fmt(platformRate, 2)}`);
    console.log(`intake review (draft, 4 evidence uploads, submission, employer, department, office: 9 HTTP calls) per declaration: p50 ${fmt(percentile(driven.latencies, 50))} ms, p99 ${fmt(percentile(driven.latencies, 99))} ms; ${fmt(driven.accepted / driven.seconds, 1)} declarations/s at concurrency ${CONCURRENCY}`);
    console.log(`  per step: ${REVIEW_STEPS.map((step) => {
      const sorted = [...(review.stepLatencies.get(step) ?? [])].sort((a, b) => a - b);
      return `${step} p50 ${fmt(percentile(sorted, 50))} / p99 ${fmt(percentile(sorted, 99))} ms`;
    }).join('; ')}`);
    const retried = [...review.serverErrors].map(([what, n]) => `${n}× ${what}`);
    if (retried.length > 0) console.log(`  5xx answers retried: ${retried.join('; ')}`);
    const meetingSeconds = committee.meetings.reduce((s, m) => s + m.seconds, 0);
    const ballots = committee.meetings.reduce((s, m) => s + m.ballots, 0);
    console.log(`committee: ${committee.meetings.length} meetings, ${ballots} ballots in ${fmt(meetingSeconds, 1)} s of meetings (${fmt(ballots / Math.max(meetingSeconds, 1e-9), 0)} ballots/s)`);
    if (committee.meetings.length > 0) {
      console.log(`  per meeting of ~${fmt(ballots / committee.meetings.length / 5)} declarations, mean seconds: ${MEETING_PHASES.map((phase) => `${phase} ${fmt(committee.meetings.reduce((s, m) => s + m.phases[phase], 0) / committee.meetings.length, 1)}`).join(', ')}`);
    }
    console.log(`feeds: ${feedRows} records imported in ${fmt(feedSeconds, 1)} s`);

    console.log('\nper-stage latency per declaration, between the outbox rows of consecutive lifecycle events (createdAt = start of the');
    console.log('transaction that wrote the event, so a long transaction, e.g. closing a meeting, counts in the stage after it):');
    const widths = [44, 8, 9, 9, 9];
    console.log(line(['stage', 'n', 'p50 ms', 'p99 ms', 'max ms'], widths));
    const stageRow = (label: string, from: number, to: number) => {
      const gaps = [...times.values()].map((e) => (e[to] as number) - (e[from] as number)).filter(Number.isFinite).sort((a, b) => a - b);
      console.log(line([label, String(gaps.length), fmt(percentile(gaps, 50)), fmt(percentile(gaps, 99)), fmt(gaps.at(-1) ?? NaN)], widths));
    };
    STAGE_EVENTS.slice(1).forEach((to, i) => stageRow(`${STAGE_EVENTS[i]?.label} → ${to.label}`, i, i + 1));
    stageRow('certificate issued → intake shows it', STAGE_EVENTS.length - 1, STAGE_EVENTS.length);
    stageRow('submitted → certificate issued (whole case)', 0, STAGE_EVENTS.length - 1);

    console.log('\nevents and outbox relays:');
    const vWidths = [14, 9, 11, 16, 16, 12];
    console.log(line(['service', 'events', 'mean bytes', 'relay lag p50 ms', 'relay lag p99 ms', 'unpublished'], vWidths));
    for (const v of volumes) console.log(line([v.service, String(v.events), fmt(v.meanBytes), fmt(v.relayLagP50), fmt(v.relayLagP99), String(v.unpublished)], vWidths));
    console.log(`${events} events in all, ${fmt(events / Math.max(1, certified.length), 1)} per certified declaration, mean ${fmt(meanBytes)} bytes`);
    console.log(`supervision: ${behindAtEnd} events behind when the last declaration became final; ${behind === 0 ? `caught up ${fmt(catchUpSeconds, 1)} s later` : `still ${behind} behind after ${fmt(catchUpSeconds, 0)} s`}`);
    const { all: live, untilTaken, takenToLive, byRule, unmatched } = findingLatency;
    console.log(`supervision live findings (GET /findings/stream, bureau admin, read all along): ${arrivals.length} raised; commit of the causing event (outbox createdAt of the latest evidence event) → arrival on the stream: n ${live.length}, p50 ${fmt(percentile(live, 50))} ms, p99 ${fmt(percentile(live, 99))} ms, max ${fmt(live.at(-1) ?? NaN)} ms${unmatched > 0 ? ` (${unmatched} without an outbox event)` : ''}`);
    console.log(`  of which: until supervision's transaction that raised it began p50 ${fmt(percentile(untilTaken, 50))} / p99 ${fmt(percentile(untilTaken, 99))} ms; from then to the stream (the batch's transaction, the feed's poll, SSE) p50 ${fmt(percentile(takenToLive, 50))} / p99 ${fmt(percentile(takenToLive, 99))} ms`);
    if (byRule.size > 0) console.log(`  per rule: ${[...byRule].map(([rule, l]) => `${rule} n ${l.length} p50 ${fmt(percentile(l, 50))} / p99 ${fmt(percentile(l, 99))} ms`).join('; ')} (deferred rules wait SUPERVISION_GRACE_MS first)`);
    console.log(`certificate PDFs rendered so far: ${rendered} of ${certified.length} (BullMQ jobs, not awaited)`);

    console.log('\npeak memory (resident set) and CPU time from the first declaration on (2 cores; postgres: the backends serving each database):');
    const mWidths = [24, 14, 11, 9, 20];
    console.log(line(['process', 'peak RSS MiB', 'VmHWM MiB', 'CPU s', 'CPU ms/declaration'], mWidths));
    for (const m of memory) {
      const isBackend = m.name.startsWith('postgres');
      console.log(line([m.name, isBackend ? '' : fmt(m.peakRssMiB, 1), isBackend ? '' : fmt(m.hwmMiB, 1), fmt(m.cpuSeconds, 1), fmt((m.cpuSeconds * 1000) / Math.max(1, certified.length), 1)], mWidths));
    }
    const cpuOf = (name: string) => memory.find((m) => m.name === name)?.cpuSeconds ?? 0;
    const perDeclaration = (seconds: number) => fmt((seconds * 1000) / Math.max(1, certified.length), 1);
    const [supervisionCpu, supervisionDbCpu] = [cpuOf('supervision'), cpuOf('postgres: supervision')];
    console.log(`supervision CPU per declaration, with its database: ${perDeclaration(supervisionCpu + supervisionDbCpu)} ms (itself ${perDeclaration(supervisionCpu)} + postgres ${perDeclaration(supervisionDbCpu)}); ${behindAtEnd} events behind when the last declaration became final`);
    const cpuTotal = memory.reduce((sum, m) => sum + m.cpuSeconds, 0);
    console.log(line(['all of the above', '', '', fmt(cpuTotal, 1), fmt((cpuTotal * 1000) / Math.max(1, certified.length), 1)], mWidths));
    console.log(`(at ${fmt((cpuTotal * 1000) / Math.max(1, certified.length))} CPU ms a declaration, two idle cores could do at most ${fmt((2 * Math.max(1, certified.length)) / cpuTotal, 2)} declarations/s)`);

    if (baseline) {
      console.log(`\nbaseline: bare kafkajs, ${baseline.messages} keyed messages of ${baseline.bytesPerMessage} bytes, batches of 100, acks=all, idempotent, 3 partitions consumed 3 at once`);
      for (const b of baselines) console.log(`  ${fmt(b.seconds, 2)} s (produced in ${fmt(b.produceSeconds, 2)} s): ${fmt(b.messagesPerSecond, 0)} messages/s${b === baseline ? '  ← median' : ''}`);
      console.log(`\nratio: ${fmt(platformRate, 2)} declarations/s ÷ ${fmt(baseline.messagesPerSecond, 0)} messages/s = ${(platformRate / baseline.messagesPerSecond).toFixed(5)}`);
      console.log(`(events: the platform moved ${fmt(events / platformSeconds, 0)} events/s, ${(events / platformSeconds / baseline.messagesPerSecond).toFixed(4)} of the bare rate)`);
    }
    const lost = COUNT - finalCount(counts);
    console.log(`\ntotal wall time ${fmt((performance.now() - t0) / 1000, 1)} s`);
    if (lost > 0) {
      console.log(`LOST: ${lost} of ${COUNT} declarations did not reach a final status (${driven.errors} failed in intake review)`);
      return 1;
    }
    return aborted ? 130 : 0;
  } finally {
    await cleanUp();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.stack ?? error.message);
    process.exit(1);
  },
);
