import { Logger } from '@nestjs/common';
import { Queue, Worker, type Job, type JobsOptions } from 'bullmq';
import type { RedisConnection } from '../redis';

export interface JobQueueOptions<T> {
  /** Jobs run at once in this process. */
  concurrency?: number;
  /** Names a job in the warning logged when one of its attempts fails. */
  describe?: (job: Job<T>) => string;
}

/**
 * A BullMQ queue and the worker that drains it, as every service uses them: each on a Redis
 * connection of its own (a worker blocks on its connection); the worker idle until `start()`, so
 * no job runs before the application can handle it; failed attempts logged; both closed on `close()`.
 */
export class JobQueue<T = unknown> {
  private readonly logger: Logger;
  // Untyped inside: BullMQ's name-type generics fight a generic T; the methods below type the data.
  private readonly queue: Queue;
  private readonly worker: Worker<T>;

  constructor(
    redis: RedisConnection,
    readonly name: string,
    process: (job: Job<T>) => Promise<unknown>,
    options: JobQueueOptions<T> = {},
  ) {
    this.logger = new Logger(`jobs ${name}`);
    this.queue = new Queue(name, { connection: redis.duplicate() });
    this.worker = new Worker<T>(name, process, { connection: redis.duplicate(), autorun: false, concurrency: options.concurrency ?? 1 });
    this.worker.on('failed', (job, error) => this.logger.warn(`${job ? (options.describe?.(job) ?? `job ${job.id}`) : 'a job'} failed (attempt ${job?.attemptsMade ?? '?'}): ${error.message}`));
    this.worker.on('error', (error) => this.logger.warn(`worker: ${error.message}`));
  }

  add(data: T, options: JobsOptions = {}): Promise<Job<T>> {
    return this.queue.add(this.name, data, options) as Promise<Job<T>>;
  }

  addBulk(jobs: { data: T; options: JobsOptions }[]): Promise<Job<T>[]> {
    return this.queue.addBulk(jobs.map(({ data, options }) => ({ name: this.name, data, opts: options }))) as Promise<Job<T>[]>;
  }

  /** A job every `everyMs`, scheduled once however many instances ask (a BullMQ 6 job scheduler). */
  async repeatEvery(everyMs: number, data: T): Promise<void> {
    await this.queue.upsertJobScheduler('sweep', { every: everyMs }, { name: this.name, data, opts: { removeOnComplete: true, removeOnFail: 100 } });
  }

  /** Listens for a job's failed attempts, besides the warning logged for each. */
  onFailed(listener: (job: Job<T> | undefined, error: Error) => void): void {
    this.worker.on('failed', listener);
  }

  start(): void {
    void this.worker.run();
  }

  /** Stops taking jobs, finishing those in hand. */
  async stopWorker(): Promise<void> {
    await this.worker.close();
  }

  async close(): Promise<void> {
    await this.worker.close();
    await this.queue.close();
  }
}
