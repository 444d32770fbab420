import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import { CommitteePrisma } from '@zc/committee/data-access';
import { EventTransactions } from '@zc/messaging';
import { Clock, RedisConnection } from '@zc/platform';
import { enforceDeadlines } from './committee-authority';

const QUEUE = 'committee-deadline-sweep';

/** Applies committee deadlines (R-CM-8) every hour, to committees that do nothing after missing one too. */
@Injectable()
export class DeadlineSweepScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeadlineSweepScheduler.name);
  private readonly queue: Queue;
  private readonly worker: Worker;

  constructor(
    redis: RedisConnection,
    private readonly prisma: CommitteePrisma,
    private readonly transactions: EventTransactions<CommitteePrisma>,
    private readonly clock: Clock,
  ) {
    this.queue = new Queue(QUEUE, { connection: redis.duplicate() });
    this.worker = new Worker(QUEUE, () => this.sweep(), { connection: redis.duplicate(), autorun: false });
    this.worker.on('failed', (_job, error) => this.logger.warn(`deadline sweep failed: ${error.message}`));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler('sweep', { every: 3_600_000 }, { name: 'sweep', opts: { removeOnComplete: true, removeOnFail: 100 } });
    void this.worker.run();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker.close();
    await this.queue.close();
  }

  private async sweep(): Promise<void> {
    const today = this.clock.today();
    const committees = await this.prisma.reviewPlan.findMany({ where: { status: { notIn: ['closed', 'rejected', 'lapsed'] } }, distinct: ['committeeId'], select: { committeeId: true } });
    for (const { committeeId } of committees) {
      await this.transactions.execute((tx, publish) => enforceDeadlines(tx, publish, committeeId, today, `deadline-sweep-${today}`));
    }
  }
}
