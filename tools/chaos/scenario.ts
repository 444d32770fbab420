import type { KafkaAccess } from '@zc/messaging';
import { SERVICE_NAMES, type ServiceName } from '@zc/platform';
import { degreeRecords, RunningSystem, sampleDeclaration, type SystemSettings, setIntakeClock, TIANJIN_2023_REVIEW_DAY, type ServiceProcess } from '@zc/testing';
import { ChaosMonkey, chaosSchedule, type ChaosRecord } from './chaos';
import { CommitteeDriver, IntakeDriver, PatientClient, plannedCases, type Case } from './driver';
import { ensurePostgresRunning, restartKafka, restartPostgres, startInfrastructure, stopChaosKafka } from './infra';
import { CHAOS_KAFKA, CHAOS_LOG_DIR, chaosSystemSettings } from './settings';
import { checkInvariants, consumersLeftDead, consumersStalled, Databases, explainLag, logSizes, probeFeedStream, FINAL_STATUSES, waitQuiet, type DeadLetter, type Report } from './verify';

/**
 * Where the run happens. The default is the chaos run's own (Kafka 9592, zc_chaos_*, Redis 6,
 * 46xx), started fresh and stopped at the end; a system test can pass the test suite's instead.
 */
export interface ChaosEnvironment {
  settings: SystemSettings;
  /** The broker as its administrator. */
  kafka: KafkaAccess;
  /** Fresh infrastructure and empty databases; returns what to undo at the end. */
  prepare: (log: (line: string) => void) => Promise<() => Promise<unknown>>;
  restartKafka: () => Promise<unknown>;
  restartPostgres: () => Promise<unknown>;
}

export function ownEnvironment(logDir = CHAOS_LOG_DIR): ChaosEnvironment {
  return {
    settings: chaosSystemSettings(logDir),
    kafka: CHAOS_KAFKA,
    prepare: async (log) => {
      await startInfrastructure(log);
      return () => stopChaosKafka();
    },
    restartKafka,
    restartPostgres,
  };
}

export interface ChaosOptions {
  count: number;
  seed: number;
  killEveryMs: number;
  restartPostgres: boolean;
  restartKafka: boolean;
  /** Declarations per committee meeting. */
  batchSize: number;
  /** Declarations walked through intake at once. */
  concurrency: number;
  /** Upper bound on kills (the schedule's length); the monkey stops earlier once every declaration is final. */
  maxKills: number;
  /** How long to wait for every declaration to be final, then for the system to be quiet. */
  settleTimeoutMs: number;
  logDir?: string;
  log?: (line: string) => void;
  environment?: ChaosEnvironment;
}

export const DEFAULT_OPTIONS: ChaosOptions = {
  count: 200,
  seed: 1,
  killEveryMs: 8000,
  restartPostgres: true,
  restartKafka: true,
  batchSize: 25,
  concurrency: 3,
  maxKills: 60,
  settleTimeoutMs: 240_000,
};

export interface ChaosResult {
  report: Report & { deadLetters: DeadLetter[] };
  chaos: ChaosRecord[];
  selfExits: string[];
  driverRetries: number;
  /** Committed-offset lag per service's consumer group once quiet. */
  lagAtEnd: Record<string, number>;
  /** Stalls the services' consumer watchdogs reported. */
  stalls: number;
  meetings: number;
  seconds: { setup: number; flow: number; settle: number; total: number };
  ok: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Everything the run started, stopped in reverse; safe to call twice (Ctrl-C during a stop). */
export class Cleanup {
  private readonly steps: { name: string; run: () => Promise<unknown> }[] = [];
  private running: Promise<void> | undefined;
  add(name: string, run: () => Promise<unknown>): void {
    this.steps.push({ name, run });
  }
  run(log: (line: string) => void): Promise<void> {
    this.running ??= (async () => {
      for (const step of this.steps.reverse()) {
        await step.run().catch((error: Error) => log(`cleanup ${step.name} failed: ${error.message}`));
      }
    })();
    return this.running;
  }
}

export async function runChaos(options: ChaosOptions, cleanup = new Cleanup()): Promise<ChaosResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const t0 = Date.now();
  const environment = options.environment ?? ownEnvironment(options.logDir);
  const { settings, kafka } = environment;
  const runStartedAt = new Date();
  const logOffsets = logSizes(settings.logDir);
  cleanup.add('postgres check', () => ensurePostgresRunning());
  let undoInfrastructure: () => Promise<unknown> = async () => undefined;
  cleanup.add('infrastructure', () => undoInfrastructure());
  undoInfrastructure = await environment.prepare(log);
  log(`infrastructure prepared in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const system = new RunningSystem(settings);
  cleanup.add('services', () => system.stop());
  const db = new Databases(settings.databaseUrl);
  cleanup.add('database pools', () => db.close());
  await system.start();
  const urls = Object.fromEntries(SERVICE_NAMES.map((s) => [s, system.url(s)])) as Record<ServiceName, string>;
  await setIntakeClock(urls.intake, TIANJIN_2023_REVIEW_DAY);
  const tSetup = Date.now();
  log(`infrastructure and ${system.processes.length} services up in ${((tSetup - t0) / 1000).toFixed(1)} s (logs in ${settings.logDir})`);

  const schedule = chaosSchedule(options.seed, system.processes.map((p) => p.name), { steps: options.maxKills, kafka: options.restartKafka, postgres: options.restartPostgres });
  log(`seed ${options.seed}: schedule ${schedule.slice(0, 12).map((s) => (s.kind === 'kill' ? `${s.victim}/${s.downMs}ms` : s.kind.toUpperCase())).join(', ')}${schedule.length > 12 ? ', …' : ''}`);

  const gate: { monkey?: ChaosMonkey } = {};
  const http = new PatientClient(urls, (service) => gate.monkey?.available(service) ?? Promise.resolve());
  const committee = new CommitteeDriver(http, db.pool('committee'), log);
  const intake = new IntakeDriver(http);

  const selfExits: string[] = [];
  const afterAllReady = async (what: string) => {
    const results = await Promise.allSettled(system.processes.map((p) => p.waitReady(120_000)));
    results.forEach((r, i) => r.status === 'rejected' && log(`  ${system.processes[i]?.name} not ready after the ${what} restart`));
  };
  const afterRestart = async (process: ServiceProcess) => {
    if (process.options.service === 'intake') await setIntakeClock(process.url, TIANJIN_2023_REVIEW_DAY);
    if (process.options.service === 'committee') await committee.restoreClock(process.url);
  };
  const monkey = new ChaosMonkey(system, schedule, {
    intervalMs: options.killEveryMs,
    startedAt: tSetup,
    log,
    afterRestart,
    restartKafka: async () => {
      await environment.restartKafka();
      await afterAllReady('Kafka');
    },
    restartPostgres: async () => {
      await environment.restartPostgres();
      await afterAllReady('PostgreSQL');
    },
  });
  gate.monkey = monkey;
  // A watchdog, as an orchestrator would be: a service that exits by itself is noted and restarted.
  let watching = true;
  const killing = new Set<string>();
  const watchdog = (async () => {
    while (watching) {
      await sleep(1000);
      for (const p of system.processes) {
        if (p.running || !watching) continue;
        if (monkey.busy.has(p.name) || killing.has(p.name)) continue;
        const exit = await p.waitForExit(100).catch(() => undefined);
        if (p.running || monkey.busy.has(p.name)) continue;
        selfExits.push(`${p.name} exited by itself (${exit?.signal ?? `code ${exit?.code}`}) at t+${((Date.now() - tSetup) / 1000).toFixed(1)}s`);
        log(`  WATCHDOG: ${selfExits.at(-1)}; restarting it`);
        killing.add(p.name);
        try {
          p.start();
          await p.waitReady(120_000);
          await afterRestart(p);
        } catch (error) {
          log(`  WATCHDOG: ${p.name} did not come back: ${(error as Error).message.split('\n')[0]}`);
        } finally {
          killing.delete(p.name);
        }
      }
    }
  })();
  cleanup.add('monkey and watchdog', async () => {
    // Never wait long here: whatever they are stuck on, the services are stopped next.
    watching = false;
    await Promise.race([monkey.stop(), sleep(5000)]);
    await Promise.race([watchdog, sleep(5000)]);
  });

  const cases = plannedCases(options.count, options.seed);
  monkey.start();

  // Intake: a few workers walk the declarations to acceptance.
  let next = 0;
  const workers = Array.from({ length: options.concurrency }, async () => {
    for (let c = cases[next++]; c; c = cases[next++]) {
      try {
        await intake.declareUntilAccepted(c);
      } catch (error) {
        c.error = (error as Error).message.split('\n')[0];
        log(`  case ${c.index}: ${c.error}`);
      }
    }
  });
  let intakeDone = false;
  void Promise.all(workers).then(() => {
    intakeDone = true;
    log(`t+${((Date.now() - tSetup) / 1000).toFixed(1)}s all ${cases.length} declarations through intake (${cases.filter((c) => c.error).length} with driver errors)`);
  });

  // Committee: meetings of verified declarations in batches, as they come.
  const readStatuses = async () => {
    const rows = await db.query<{ id: string; status: string }>('intake', 'SELECT id, status FROM "Declaration"');
    const map = new Map(rows.map((r) => [r.id, r.status]));
    for (const c of cases) if (c.id) c.status = map.get(c.id) ?? c.status;
  };
  // Generous: on a loaded 2-core machine a declaration takes seconds and a restart up to a minute.
  const flowDeadline = Date.now() + Math.max(900_000, options.count * 10_000);
  let batch: Case[] = [];
  for (;;) {
    await sleep(1000);
    try {
      await readStatuses();
    } catch {
      continue; // PostgreSQL restarting
    }
    if (batch.length === 0) {
      const waiting = cases.filter((c) => c.id && c.status === 'verified' && !c.inMeeting);
      const more = !intakeDone || cases.some((c) => c.id && (c.status === 'accepted' || c.status === 'draft' || c.status === 'submitted' || c.status === 'recommended' || c.status === 'forwarded'));
      if (waiting.length >= options.batchSize || (waiting.length > 0 && !more)) batch = waiting.slice(0, options.batchSize);
    }
    if (batch.length > 0) {
      try {
        const first = await intake.read(batch[0]?.id as string);
        const facts = { ...(first as unknown as { committee: string; planId: string; region: string; series: string; specialty: string }) };
        const started = Date.now();
        const planId = await committee.holdMeeting(batch, facts, (c) => (c.intent === 'fail-committee' ? 'against' : 'for'));
        for (const c of batch) c.inMeeting = planId;
        log(`t+${((Date.now() - tSetup) / 1000).toFixed(1)}s meeting ${committee.meetings} (${batch.length} declarations) held in ${Date.now() - started} ms`);
        batch = [];
      } catch (error) {
        log(`  meeting failed, trying the same batch again: ${(error as Error).message.split('\n')[0]}`);
      }
      continue;
    }
    const allFinal = cases.every((c) => !c.id || FINAL_STATUSES.includes(c.status ?? ''));
    if (intakeDone && allFinal) break;
    if (Date.now() > flowDeadline) {
      log(`flow deadline passed: ${cases.filter((c) => !FINAL_STATUSES.includes(c.status ?? '')).length} declarations not final yet`);
      break;
    }
  }
  const tFlow = Date.now();
  log(`t+${((tFlow - tSetup) / 1000).toFixed(1)}s declarations done flowing; stopping the monkey (${monkey.records.length} steps taken)`);
  await monkey.stop([...(options.restartKafka ? (['kafka'] as const) : []), ...(options.restartPostgres ? (['postgres'] as const) : [])]);

  // Settle: everything final (or given up), then quiet.
  const settleDeadline = Date.now() + options.settleTimeoutMs;
  while (Date.now() < settleDeadline) {
    try {
      await readStatuses();
      if (cases.every((c) => !c.id || FINAL_STATUSES.includes(c.status ?? ''))) break;
    } catch {
      // restarting
    }
    await sleep(1000);
  }
  const quiet = await waitQuiet(db, kafka, Math.max(30_000, settleDeadline - Date.now()), log);
  watching = false;
  await watchdog;
  const report = await checkInvariants(db, kafka, cases, runStartedAt);
  if (!quiet.quiet) report.breaches.push(`the system did not become quiet: ${quiet.last}`);
  const behind = Object.entries(quiet.lag).filter(([, n]) => n > 0);
  if (behind.length > 0) {
    log(`note: committed offsets behind the log end: ${behind.map(([g, n]) => `zc-${g} ${n}`).join(', ')}`);
    for (const m of await explainLag(db, kafka).catch(() => [])) {
      log(`  ${m.group} ${m.topic}[${m.partition}] ${m.type} ${m.eventId}: ${m.inInbox ? 'handled (in the inbox)' : 'NOT in the inbox (ignored type, or never handled)'}`);
    }
  }
  // The feed stream consumer is not exercised by the driver (feeds are pushed over HTTP): probe it.
  const stranger = sampleDeclaration(cases.length + (cases[0]?.applicant ?? 0) + 1);
  const [degree] = degreeRecords(stranger);
  const probe = await probeFeedStream(db, kafka, degree as { idNumber: string } & Record<string, string>);
  log(`feed stream probe: a degree record on feeds.degree.v1 ${probe.ingested ? `ingested in ${probe.ms} ms` : `NOT ingested within ${probe.ms} ms`}`);
  if (!probe.ingested) report.breaches.push(`verification no longer takes feed streams: a valid record on feeds.degree.v1 was not ingested within ${probe.ms} ms`);
  // kafkajs gives up on a consumer for good on some errors during a broker restart; GroupConsumer must have brought it back.
  for (const line of consumersLeftDead(logOffsets, settings.logDir)) report.breaches.push(`consumer crashed for good and never rejoined: ${line}`);
  const stalls = consumersStalled(logOffsets, settings.logDir);
  log(`consumer stalls reported by the services' watchdogs: ${stalls.length}`);
  for (const line of stalls) report.breaches.push(`consumer stalled: ${line}`);
  for (const exit of selfExits) report.breaches.push(`service crash not caused by the monkey: ${exit}`);
  for (const record of monkey.records.filter((r) => r.error)) report.breaches.push(`chaos step ${record.step.kind} failed: ${record.error}`);
  const tEnd = Date.now();
  return {
    report,
    chaos: monkey.records,
    selfExits,
    driverRetries: http.retries,
    lagAtEnd: quiet.lag,
    stalls: stalls.length,
    meetings: committee.meetings,
    seconds: { setup: (tSetup - t0) / 1000, flow: (tFlow - tSetup) / 1000, settle: (tEnd - tFlow) / 1000, total: (tEnd - t0) / 1000 },
    ok: report.breaches.length === 0,
  };
}
