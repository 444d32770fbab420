import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CommitteePrisma } from '@zc/committee/data-access';
import { EventTransactions } from '@zc/messaging';
import { Clock, JobQueue, RedisConnection } from '@zc/platform';
import { enforceDeadlines } from './committee-authority';

const QUEUE = 'committee-deadline-sweep';

/** Applies committee deadlines (R-CM-8) every hour, to committees that do nothing after missing one too. */
@Injectable()
export class DeadlineSweepScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly jobs: JobQueue;

  constructor(
    redis: RedisConnection,
    private readonly prisma: CommitteePrisma,
    private readonly transactions: EventTransactions<CommitteePrisma>,
    private readonly clock: Clock,
  ) {
    this.jobs = new JobQueue(redis, QUEUE, () => this.sweep());
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.repeatEvery(3_600_000, {});
    this.jobs.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.jobs.close();
  }

  private async sweep(): Promise<void> {
    const today = this.clock.today();
    const committees = await this.prisma.reviewPlan.findMany({ where: { status: { notIn: ['closed', 'rejected', 'lapsed'] } }, distinct: ['committeeId'], select: { committeeId: true } });
    for (const { committeeId } of committees) {
      await this.transactions.execute((tx, publish) => enforceDeadlines(tx, publish, committeeId, today, `deadline-sweep-${today}`));
    }
  }
}
