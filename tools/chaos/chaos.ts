import type { RunningSystem, ServiceProcess } from '@zc/testing';
import type { ServiceName } from '@zc/platform';

/** mulberry32: a small seeded PRNG, so the kill schedule is the same for the same seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type ChaosStep =
  | { kind: 'kill'; victim: string; downMs: number }
  | { kind: 'kafka' }
  | { kind: 'postgres' };

/**
 * The schedule drawn from the seed: `steps` steps, one every kill interval; each SIGKILLs one
 * service instance (picked uniformly) and restarts it after a down time of 0.3–3 s, except that
 * the broker restart and the database restart (when enabled) take one seeded step each among the
 * first steps, so that even a short run has both.
 */
export function chaosSchedule(seed: number, victims: string[], options: { steps: number; kafka: boolean; postgres: boolean }): ChaosStep[] {
  const random = seededRandom(seed);
  const steps: ChaosStep[] = [];
  for (let i = 0; i < options.steps; i += 1) {
    const victim = victims[Math.floor(random() * victims.length)] as string;
    steps.push({ kind: 'kill', victim, downMs: 300 + Math.floor(random() * 2700) });
  }
  const kafkaAt = 1 + Math.floor(random() * 2); // step 1 or 2
  const postgresAt = 3 + Math.floor(random() * 2); // step 3 or 4
  if (options.kafka) steps.splice(Math.min(kafkaAt, steps.length), 0, { kind: 'kafka' });
  if (options.postgres) steps.splice(Math.min(postgresAt + (options.kafka ? 1 : 0), steps.length), 0, { kind: 'postgres' });
  return steps;
}

export interface ChaosRecord {
  at: number;
  step: ChaosStep;
  tookMs: number;
  error?: string;
}

/**
 * Runs the schedule against a running system: waits the interval, takes the next step, waits for
 * the victim to be ready again, and so on until stopped or the schedule ends. While a victim is
 * down its callers get refused connections; from its start until the hook has set its in-memory
 * test clock again (intake, committee) `available(service)` holds them back.
 */
export class ChaosMonkey {
  readonly records: ChaosRecord[] = [];
  private stopped = false;
  private wake: (() => void) | undefined;
  private readonly down = new Map<ServiceName, Promise<void>>();
  /** Process names the monkey is killing and restarting right now. */
  readonly busy = new Set<string>();
  private loop: Promise<void> | undefined;

  constructor(
    private readonly system: RunningSystem,
    private readonly schedule: ChaosStep[],
    private readonly options: {
      intervalMs: number;
      startedAt: number;
      log: (line: string) => void;
      afterRestart: (process: ServiceProcess) => Promise<void>;
      restartKafka: () => Promise<unknown>;
      restartPostgres: () => Promise<unknown>;
    },
  ) {}

  /** Resolves once the service is not being restarted by the monkey. */
  async available(service: ServiceName): Promise<void> {
    for (let pending = this.down.get(service); pending; pending = this.down.get(service)) await pending;
  }

  start(): void {
    this.loop = this.run();
  }

  /** Stops after the step in hand; `finish` also takes the steps not yet taken of `mustKinds`. */
  async stop(mustKinds: ChaosStep['kind'][] = []): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
    const taken = new Set(this.records.map((r) => r.step.kind));
    for (const kind of mustKinds) {
      if (taken.has(kind)) continue;
      const step = this.schedule.find((s) => s.kind === kind);
      if (step) await this.take(step, ' (not reached while declarations flowed: taken now)');
    }
  }

  get remaining(): number {
    return this.schedule.length - this.records.length;
  }

  private async run(): Promise<void> {
    for (const step of this.schedule) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.options.intervalMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      if (this.stopped) return;
      await this.take(step);
    }
  }

  private async take(step: ChaosStep, note = ''): Promise<void> {
    const started = Date.now();
    const at = started - this.options.startedAt;
    const record: ChaosRecord = { at, step, tookMs: 0 };
    try {
      if (step.kind === 'kill') {
        const process = this.system.processes.find((p) => p.name === step.victim);
        if (!process) throw new Error(`no process ${step.victim}`);
        const service = process.options.service;
        let release: () => void = () => undefined;
        this.busy.add(step.victim);
        try {
          this.options.log(`t+${(at / 1000).toFixed(1)}s SIGKILL ${step.victim} (pid ${process.pid}), down ${step.downMs} ms${note}`);
          await process.kill();
          // While it is down, callers see refused connections and must retry on their own.
          await new Promise((resolve) => setTimeout(resolve, step.downMs));
          // From its start until its clock is set again, callers wait (a request it took before
          // the clock is set would run on today's date, outside the 2023 plan).
          this.down.set(service, new Promise<void>((resolve) => (release = resolve)));
          process.start();
          await process.waitReady(120_000);
          await this.options.afterRestart(process);
        } finally {
          this.down.delete(service);
          this.busy.delete(step.victim);
          release();
        }
      } else if (step.kind === 'kafka') {
        this.options.log(`t+${(at / 1000).toFixed(1)}s restarting the Kafka broker${note}`);
        await this.options.restartKafka();
      } else {
        this.options.log(`t+${(at / 1000).toFixed(1)}s restarting PostgreSQL${note}`);
        await this.options.restartPostgres();
      }
    } catch (error) {
      record.error = (error as Error).message.split('\n')[0];
      this.options.log(`  step failed: ${record.error}`);
    }
    record.tookMs = Date.now() - started;
    this.records.push(record);
    this.options.log(`  ${step.kind === 'kill' ? step.victim : step.kind} back after ${record.tookMs} ms`);
  }
}
