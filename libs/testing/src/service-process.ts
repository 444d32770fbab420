import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ServiceName } from '@zc/platform';
import { waitFor } from './wait-for';

export const WORKSPACE_ROOT = path.resolve(__dirname, '..', '..', '..');

/** A process of the system: one of the six services, or the identity provider they trust. */
export type ProcessName = ServiceName | 'identity';

export interface ServiceProcessOptions<N extends ProcessName = ProcessName> {
  service: N;
  port: number;
  env: Record<string, string>;
  logFile: string;
  /** Extra node flags, e.g. `--cpu-prof` (which NODE_OPTIONS refuses). */
  nodeArgs?: readonly string[];
  /** A build of the sources (tools/build/services.js) to run; without one, main.ts runs through @swc-node/register. */
  build?: string;
}

/**
 * One running service, as ops would run it: its own OS process started from its main.ts. Tests
 * and `npm start` use it to start, await readiness, stop gracefully or kill outright.
 */
export class ServiceProcess<N extends ProcessName = ProcessName> {
  private child: ChildProcess | undefined;
  private exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }> | undefined;

  constructor(readonly options: ServiceProcessOptions<N>) {}

  get name(): string {
    return `${this.options.service}:${this.options.port}`;
  }

  get url(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  start(extraEnv: Record<string, string> = {}): void {
    if (this.running) throw new Error(`${this.name} is already running`);
    mkdirSync(path.dirname(this.options.logFile), { recursive: true });
    const log = openSync(this.options.logFile, 'a');
    const { build, service } = this.options;
    // A build's stack traces name the TypeScript lines through its source maps (~0.1 s more to load).
    const entry = build ? ['--enable-source-maps', path.join(build, 'apps', service, 'src/main.js')] : ['-r', '@swc-node/register', `apps/${service}/src/main.ts`];
    const child = spawn(process.execPath, [...(this.options.nodeArgs ?? []), ...entry], {
      cwd: WORKSPACE_ROOT,
      env: { ...process.env, ...this.options.env, ...extraEnv, HTTP_PORT: String(this.options.port) },
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    this.child = child;
    this.exit = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  /** Ready = /health/ready answers 200: database, Kafka, consumer group and Redis all up. */
  async waitReady(timeoutMs = 90_000): Promise<void> {
    await waitFor(
      `${this.name} to be ready`,
      async () => {
        if (!this.running) throw new Error(`${this.name} exited during start-up:\n${this.logTail()}`);
        const response = await fetch(`${this.url}/health/ready`).catch(() => undefined);
        return response?.status === 200;
      },
      { timeoutMs, intervalMs: 200 },
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n--- ${this.options.logFile} ---\n${this.logTail()}`);
    });
  }

  /** Resolves when the process ends by itself (e.g. a fault-injection crash). */
  async waitForExit(timeoutMs = 60_000): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (!this.exit) throw new Error(`${this.name} was never started`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${this.name} did not exit within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      return await Promise.race([this.exit, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Graceful stop (SIGTERM), then SIGKILL if it does not finish in time. */
  async stop(timeoutMs = 20_000): Promise<void> {
    if (!this.running) return;
    this.child?.kill('SIGTERM');
    await this.waitForExit(timeoutMs).catch(async () => this.kill());
  }

  /** Abrupt death, as in a crash or an OOM kill. */
  async kill(): Promise<void> {
    if (!this.running) return;
    this.child?.kill('SIGKILL');
    await this.waitForExit(10_000);
  }

  logTail(lines = 40): string {
    try {
      return readFileSync(this.options.logFile, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  }
}
