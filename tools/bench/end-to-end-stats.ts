import { readFileSync } from 'node:fs';
import type { Pool } from 'pg';
import type { ServiceName } from '@zc/platform';

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** The lifecycle events of a declaration, each from the outbox of the service that published it. */
export const STAGE_EVENTS: { service: ServiceName; type: string; label: string }[] = [
  { service: 'intake', type: 'intake.declaration.submitted.v1', label: 'submitted' },
  { service: 'intake', type: 'intake.declaration.accepted.v1', label: 'accepted' },
  { service: 'verification', type: 'verification.declaration.concluded.v1', label: 'verified' },
  { service: 'committee', type: 'committee.decision.recorded.v1', label: 'decision recorded' },
  { service: 'publicity', type: 'publicity.window.opened.v1', label: 'window opened' },
  { service: 'publicity', type: 'publicity.result.published.v1', label: 'result published' },
  { service: 'certificate', type: 'certificate.certificate.issued.v1', label: 'certificate issued' },
];

/**
 * Per declaration, the time (ms since the epoch) each lifecycle event was committed: the outbox
 * row's createdAt, written in the same transaction as the state change. Plus when intake recorded
 * the final status (the end of the chain as the applicant sees it).
 */
export async function stageTimes(pools: Record<ServiceName, Pool>): Promise<Map<string, number[]>> {
  const times = new Map<string, number[]>();
  for (const [index, stage] of STAGE_EVENTS.entries()) {
    const { rows } = await pools[stage.service].query<{ key: string; at: string }>(
      `SELECT key, (extract(epoch FROM min("createdAt")) * 1000)::float8 AS at FROM outbox_event WHERE type = $1 GROUP BY key`,
      [stage.type],
    );
    for (const row of rows) {
      const entry = times.get(row.key) ?? new Array<number>(STAGE_EVENTS.length + 1).fill(NaN);
      entry[index] = Number(row.at);
      times.set(row.key, entry);
    }
  }
  const { rows } = await pools.intake.query<{ id: string; at: string }>(
    `SELECT "declarationId"::text AS id, (extract(epoch FROM min(at)) * 1000)::float8 AS at FROM "DeclarationStatusChange" WHERE "toStatus" = 'certificate-issued' GROUP BY "declarationId"`,
  );
  for (const row of rows) {
    const entry = times.get(row.id);
    if (entry) entry[STAGE_EVENTS.length] = Number(row.at);
  }
  return times;
}

export interface EventVolume {
  service: ServiceName;
  events: number;
  meanBytes: number;
  relayLagP50: number;
  relayLagP99: number;
  unpublished: number;
}

/** How many events each service published, their mean size on the wire (the envelope JSON) and outbox relay lag. */
export async function eventVolumes(pools: Record<ServiceName, Pool>): Promise<EventVolume[]> {
  const volumes: EventVolume[] = [];
  for (const [service, pool] of Object.entries(pools) as [ServiceName, Pool][]) {
    const { rows } = await pool.query<{ events: string; bytes: string | null; p50: string | null; p99: string | null; unpublished: string }>(
      `SELECT count(*) AS events, avg(octet_length(payload::text))::float8 AS bytes,
              (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "publishedAt" - "createdAt")) * 1000)::float8 AS p50,
              (percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM "publishedAt" - "createdAt")) * 1000)::float8 AS p99,
              count(*) FILTER (WHERE "publishedAt" IS NULL) AS unpublished
       FROM outbox_event`,
    );
    const row = rows[0];
    volumes.push({ service, events: Number(row?.events ?? 0), meanBytes: Number(row?.bytes ?? 0), relayLagP50: Number(row?.p50 ?? NaN), relayLagP99: Number(row?.p99 ?? NaN), unpublished: Number(row?.unpublished ?? 0) });
  }
  return volumes;
}

/**
 * Resident memory and CPU time of processes, sampled: the kernel's high-water mark (VmHWM), our
 * own peak of VmRSS, and user+system CPU seconds (the last value seen of each pid, summed per name,
 * so PostgreSQL backends that come and go are counted up to their last sample).
 */
export class ProcessSampler {
  private readonly peaks = new Map<string, { rss: number; hwm: number }>();
  private readonly cpuTicks = new Map<string, Map<number, number>>();
  private readonly cpuAtMark = new Map<number, number>();
  private timer: NodeJS.Timeout | undefined;
  private extra: { name: string; pid: number }[] = [];

  constructor(
    private readonly targets: () => { name: string; pid: number | undefined }[],
    /** Processes found by asking (e.g. database backends), refreshed every few seconds. */
    private readonly discover?: () => Promise<{ name: string; pid: number }[]>,
  ) {}

  start(intervalMs = 1000): void {
    this.sample();
    let tick = 0;
    this.timer = setInterval(() => {
      if (this.discover && tick++ % 3 === 0) void this.discover().then((found) => (this.extra = found), () => undefined);
      this.sample();
    }, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    this.sample();
    clearInterval(this.timer);
  }

  /** CPU is reported from here on (start-up, compiling and migrations left out). */
  async markCpu(): Promise<void> {
    if (this.discover) this.extra = await this.discover().catch(() => this.extra);
    this.sample();
    for (const perPid of this.cpuTicks.values()) for (const [pid, ticks] of perPid) this.cpuAtMark.set(pid, ticks);
  }

  sample(): void {
    for (const { name, pid } of [...this.targets(), ...this.extra]) {
      if (!pid) continue;
      let status: string;
      let stat: string;
      try {
        status = readFileSync(`/proc/${pid}/status`, 'utf8');
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        continue;
      }
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
      const perPid = this.cpuTicks.get(name) ?? new Map<number, number>();
      perPid.set(pid, Math.max(perPid.get(pid) ?? 0, ticks));
      this.cpuTicks.set(name, perPid);
      const kb = (field: string) => Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))?.[1] ?? 0);
      const peak = this.peaks.get(name) ?? { rss: 0, hwm: 0 };
      peak.rss = Math.max(peak.rss, kb('VmRSS'));
      peak.hwm = Math.max(peak.hwm, kb('VmHWM'));
      this.peaks.set(name, peak);
    }
  }

  /** MiB and CPU seconds per process name (CPU since markCpu). */
  report(): { name: string; peakRssMiB: number; hwmMiB: number; cpuSeconds: number }[] {
    return [...this.cpuTicks.keys()].map((name) => {
      const peak = this.peaks.get(name) ?? { rss: 0, hwm: 0 };
      const ticks = [...(this.cpuTicks.get(name) ?? [])].reduce((sum, [pid, t]) => sum + t - (this.cpuAtMark.get(pid) ?? 0), 0);
      return { name, peakRssMiB: peak.rss / 1024, hwmMiB: peak.hwm / 1024, cpuSeconds: ticks / 100 };
    });
  }
}
