import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { IntakePrisma } from '@zc/intake/data-access';
import { Clock, JobQueue, RedisConnection } from '@zc/platform';
import { INTAKE_SETTINGS, type IntakeSettings } from '../intake.settings';
import { ReviewDeclarationCommand } from './review-declaration.command';

const QUEUE = 'intake-overdue-sweep';

/**
 * Abandons declarations whose correction (R-RV-4) or fee (R-RV-5) deadline has passed. A BullMQ
 * job scheduler runs the sweep at a fixed interval; it lives in Redis, so restarts and several
 * instances neither lose nor duplicate it, and each abandonment is a locked transition.
 */
@Injectable()
export class OverdueSweepScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OverdueSweepScheduler.name);
  private readonly jobs: JobQueue;

  constructor(
    redis: RedisConnection,
    private readonly prisma: IntakePrisma,
    private readonly review: ReviewDeclarationCommand,
    private readonly clock: Clock,
    @Inject(INTAKE_SETTINGS) private readonly settings: IntakeSettings,
  ) {
    this.jobs = new JobQueue(redis, QUEUE, () => this.sweep());
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.repeatEvery(this.settings.overdueSweepMs, {});
    this.jobs.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.jobs.close();
  }

  /** Returns how many declarations were abandoned. */
  async sweep(): Promise<number> {
    const today = this.clock.today();
    const overdue = await this.prisma.declaration.findMany({
      where: {
        OR: [
          { status: 'correction-requested', correctionDeadline: { lt: today } },
          { status: 'awaiting-fee', feeDeadline: { lt: today } },
        ],
      },
      select: { id: true },
      take: 500,
    });
    for (const { id } of overdue) await this.review.execute(id, { type: 'abandon-overdue', by: 'system' }, null, randomUUID());
    if (overdue.length > 0) this.logger.log(`abandoned ${overdue.length} overdue declarations`);
    return overdue.length;
  }
}
