import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { IntakePrisma } from '@zc/intake/data-access';
import { Clock, RedisConnection } from '@zc/platform';
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
  private readonly queue: Queue;
  private readonly worker: Worker;

  constructor(
    redis: RedisConnection,
    private readonly prisma: IntakePrisma,
    private readonly review: ReviewDeclarationCommand,
    private readonly clock: Clock,
    @Inject(INTAKE_SETTINGS) private readonly settings: IntakeSettings,
  ) {
    this.queue = new Queue(QUEUE, { connection: redis.duplicate() });
    this.worker = new Worker(QUEUE, () => this.sweep(), { connection: redis.duplicate(), autorun: false });
    this.worker.on('failed', (_job, error) => this.logger.warn(`overdue sweep failed: ${error.message}`));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler('sweep', { every: this.settings.overdueSweepMs }, { name: 'sweep', opts: { removeOnComplete: true, removeOnFail: 100 } });
    void this.worker.run();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker.close();
    await this.queue.close();
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
