import { performance } from 'node:perf_hooks';

interface Waiting<T> {
  items: readonly T[];
  alone: boolean;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Runs the work of concurrent callers together: while one run is in flight, the callers that
 * arrive wait and the next run takes all of them (up to `maxItems`), as a database's group commit
 * does. Kafka hands a consumer one partition's batch per call, and supervision's cost is mostly per
 * transaction, so the batches fetched from many partitions at once become one transaction instead
 * of one each. Each caller learns the outcome of the run that carried its items; a failed run fails
 * every caller in it (each then decides alone, e.g. to retry or to go one item at a time); a
 * caller may ask to run alone, to learn whether the failure was its own.
 * A caller's items are never split or reordered, so a partition's order holds.
 * With `lingerMs`, runs start at most that often (unless `maxItems` are waiting): under a steady
 * trickle the callers of several fetches then share a run instead of each paying for its own,
 * at the cost of at most `lingerMs` of latency.
 */
export class GroupCommit<T> {
  private readonly waiting: Waiting<T>[] = [];
  private running = false;
  private lastRunAt = -Infinity;

  constructor(
    private readonly run: (items: T[]) => Promise<void>,
    private readonly maxItems: number,
    private readonly lingerMs = 0,
  ) {}

  submit(items: readonly T[], options: { alone?: boolean } = {}): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ items, alone: options.alone ?? false, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      // One turn of the event loop first: callers handed their batches by the same fetch join the first run.
      await new Promise((resolve) => setImmediate(resolve));
      while (this.waiting.length > 0) {
        await this.linger();
        this.lastRunAt = performance.now();
        const group = this.nextGroup();
        try {
          await this.run(group.flatMap((caller) => [...caller.items]));
          for (const caller of group) caller.resolve();
        } catch (error) {
          for (const caller of group) caller.reject(error);
        }
      }
    } finally {
      this.running = false;
    }
  }

  /** Waits out the rest of `lingerMs` since the last run began, unless a full run is waiting already. */
  private async linger(): Promise<void> {
    const left = this.lastRunAt + this.lingerMs - performance.now();
    const waitingItems = this.waiting.reduce((sum, caller) => sum + caller.items.length, 0);
    if (left > 0 && waitingItems < this.maxItems) await new Promise((resolve) => setTimeout(resolve, left));
  }

  /** The longest run of waiting callers, oldest first, whose items fit in `maxItems` (at least one caller; one that asked to run alone, alone). */
  private nextGroup(): Waiting<T>[] {
    let count = 0;
    let taken = 0;
    while (taken < this.waiting.length) {
      const caller = this.waiting[taken] as Waiting<T>;
      const size = caller.items.length;
      if (taken > 0 && (caller.alone || count + size > this.maxItems)) break;
      if (caller.alone) return this.waiting.splice(0, 1);
      count += size;
      taken += 1;
    }
    return this.waiting.splice(0, taken);
  }
}
