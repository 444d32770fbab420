import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Queue, Worker, type Job } from 'bullmq';
import { Clock, RedisConnection } from '@zc/platform';
import { PublicityPrisma } from '@zc/publicity/data-access';
import { CloseWindowCommand } from './close-window.command';

const QUEUE = 'publicity-close-window';
type CloseJob = { windowId: string };

/**
 * Closes each window exactly at its end with a BullMQ delayed job (kept in Redis, so it survives
 * restarts). The job id is the window id, so scheduling twice is harmless; at start-up every open
 * window is scheduled again in case the process died between committing a window and scheduling.
 */
@Injectable()
export class WindowClosingScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WindowClosingScheduler.name);
  private readonly queue: Queue<CloseJob>;
  private readonly worker: Worker<CloseJob>;

  constructor(
    redis: RedisConnection,
    private readonly prisma: PublicityPrisma,
    private readonly closeWindow: CloseWindowCommand,
    private readonly clock: Clock,
  ) {
    this.queue = new Queue<CloseJob>(QUEUE, { connection: redis.duplicate() });
    this.worker = new Worker<CloseJob>(QUEUE, (job) => this.process(job), { connection: redis.duplicate(), autorun: false });
    this.worker.on('failed', (job, error) => this.logger.warn(`closing window ${job?.data.windowId} failed: ${error.message}`));
  }

  async schedule(window: { id: string; closesAt: Date }): Promise<void> {
    await this.queue.add(
      'close',
      { windowId: window.id },
      {
        jobId: window.id,
        delay: Math.max(0, window.closesAt.getTime() - this.clock.now().getTime()), // on the service clock
        attempts: 10,
        backoff: { type: 'exponential', delay: 500 },
        removeOnComplete: true,
        removeOnFail: false,
      },
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    const open = await this.prisma.publicityWindow.findMany({ where: { status: 'open' }, select: { id: true, closesAt: true } });
    for (const window of open) await this.schedule(window);
    void this.worker.run();
    this.logger.log(`closing scheduler running; ${open.length} open windows scheduled`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker.close();
    await this.queue.close();
  }

  private async process(job: Job<CloseJob>): Promise<void> {
    const result = await this.closeWindow.execute(job.data.windowId);
    // A job that fires a little early (clock skew between Redis and us) is retried by backoff.
    if (result === 'not-due') throw new Error(`window ${job.data.windowId} is not due yet`);
  }
}
