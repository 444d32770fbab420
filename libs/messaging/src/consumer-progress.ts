/** A partition of a topic, as `topic:partition`. */
export type PartitionKey = string;

export const partitionKey = (topic: string, partition: number): PartitionKey => `${topic}:${partition}`;

interface PartitionState {
  /** Last time work moved on this partition: a message done, the committed offset advanced, or the backlog emptied. */
  progressAt: number;
  committed?: string;
  /** Messages beyond the committed offset. */
  lag: number;
  /** Messages beyond the last one this member is done with (its commit may trail: kafkajs commits after a batch). */
  waiting: number;
  /** The offset after the last message this member is done with. */
  doneUpTo?: number;
  /** Since when the committed offset has had messages behind it (no message in hand to date them). */
  backlogSince?: number;
  inHand?: { offset: string; timestampMs: number };
}

export interface StalledPartition {
  partition: PartitionKey;
  lag: number;
  idleMs: number;
}

/**
 * What a consumer group member knows of its progress, per partition: the committed lag sampled
 * from the broker, the message in hand, and when it last moved. The member is stalled when
 * messages wait on its partitions and nothing has moved on any of them for the stall timeout.
 * Pure: the caller passes the time.
 */
export class ConsumerProgress {
  private readonly partitions = new Map<PartitionKey, PartitionState>();
  private assigned = new Set<PartitionKey>();
  /** Last time work moved on any partition of this member. */
  private memberProgressAt = 0;

  constructor(private readonly stallTimeoutMs: number) {}

  /** The partitions the group gave this member; each starts its clock now. */
  assign(partitions: PartitionKey[], now: number): void {
    this.assigned = new Set(partitions);
    this.memberProgressAt = now;
    for (const key of partitions) this.state(key, now).progressAt = now;
  }

  taken(key: PartitionKey, offset: string, timestampMs: number, now: number): void {
    this.state(key, now).inHand = { offset, timestampMs };
  }

  done(key: PartitionKey, offset: string, now: number): void {
    const state = this.state(key, now);
    state.inHand = undefined;
    state.progressAt = now;
    this.memberProgressAt = now;
    state.doneUpTo = Math.max(state.doneUpTo ?? 0, Number(offset) + 1);
  }

  /**
   * The broker's view: the group's committed offset (-1: none yet) and the partition's first and
   * next offsets. A commit that trails what this member has done (kafkajs commits after a batch,
   * and not again until new messages come when that commit failed) is lag, but not a stall.
   */
  sampled(key: PartitionKey, { committed, low, high }: { committed: string; low: number; high: number }, now: number): void {
    const state = this.state(key, now);
    if (state.committed !== undefined && state.committed !== committed) {
      state.progressAt = now;
      if (this.assigned.has(key)) this.memberProgressAt = now;
    }
    state.committed = committed;
    const from = Number(committed) >= 0 ? Number(committed) : low;
    state.lag = Math.max(0, high - from);
    state.waiting = Math.max(0, high - Math.max(from, state.doneUpTo ?? 0));
    if (state.waiting <= 0) {
      state.backlogSince = undefined;
      state.progressAt = now;
    } else {
      state.backlogSince ??= now;
    }
  }

  lagOf(key: PartitionKey): number {
    return this.partitions.get(key)?.lag ?? 0;
  }

  /** Age of the oldest message not yet handled: the one in hand by its own time, else the backlog's. */
  oldestUnhandledSeconds(key: PartitionKey, now: number): number {
    const state = this.partitions.get(key);
    if (!state) return 0;
    if (state.inHand) return Math.max(0, now - state.inHand.timestampMs) / 1000;
    return state.waiting > 0 && state.backlogSince !== undefined ? (now - state.backlogSince) / 1000 : 0;
  }

  /**
   * This member's partitions with messages waiting, when the member has moved on none of its
   * partitions for longer than the stall timeout. A partition that waits its turn while the
   * member works through others (a large backlog after a restart) is busy, not stalled; one
   * handler held up stops the member's next fetch for every partition, so it shows here.
   */
  stalled(now: number): StalledPartition[] {
    const idleMs = now - this.memberProgressAt;
    if (idleMs <= this.stallTimeoutMs) return [];
    const stalled: StalledPartition[] = [];
    for (const key of this.assigned) {
      const state = this.partitions.get(key);
      if (state && (state.waiting > 0 || state.inHand !== undefined)) stalled.push({ partition: key, lag: state.lag, idleMs });
    }
    return stalled;
  }

  private state(key: PartitionKey, now: number): PartitionState {
    let state = this.partitions.get(key);
    if (!state) {
      state = { progressAt: now, lag: 0, waiting: 0 };
      this.partitions.set(key, state);
    }
    return state;
  }
}

/** One line for readiness and logs: which partitions are stalled, with their lag and idle time. */
export function describeStall(stalled: StalledPartition[]): string {
  return `stalled: ${stalled.map((s) => `${s.partition} lag ${s.lag}, no progress for ${Math.round(s.idleMs / 1000)} s`).join('; ')}`;
}
