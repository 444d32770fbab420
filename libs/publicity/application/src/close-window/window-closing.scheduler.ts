import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Job } from 'bullmq';
import { Clock, JobQueue, RedisConnection } from '@zc/platform';
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
  private readonly jobs: JobQueue<CloseJob>;

  constructor(
    redis: RedisConnection,
    private readonly prisma: PublicityPrisma,
    private readonly closeWindow: CloseWindowCommand,
    private readonly clock: Clock,
  ) {
    this.jobs = new JobQueue<CloseJob>(redis, QUEUE, (job) => this.process(job), { describe: (job) => `closing window ${job.data.windowId}` });
  }

  async schedule(window: { id: string; closesAt: Date }): Promise<void> {
    await this.jobs.add(
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
    this.jobs.start();
    this.logger.log(`closing scheduler running; ${open.length} open windows scheduled`);
  }

  onApplicationShutdown(): Promise<void> {
    return this.jobs.close();
  }

  private async process(job: Job<CloseJob>): Promise<void> {
    const result = await this.closeWindow.execute(job.data.windowId);
    // A job that fires a little early (clock skew between Redis and us) is retried by backoff.
    if (result === 'not-due') throw new Error(`window ${job.data.windowId} is not due yet`);
  }
}
