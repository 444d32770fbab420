import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { createEvent, ReportingOverdue } from '@zc/contracts';
import { EventTransactions } from '@zc/messaging';
import { Clock, JobQueue, RedisConnection } from '@zc/platform';
import { PublicityPrisma } from '@zc/publicity/data-access';
import { publicitySettings } from '../publicity.config';

const QUEUE = 'publicity-reporting-sweep';

/**
 * Raises each result not reported or filed by its deadline (R-PB-4) once, as an event inspectors
 * and the province can act on; the sweep runs every PUBLICITY_SWEEP_MS on the service clock.
 */
@Injectable()
export class OverdueReportingScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly jobs: JobQueue;

  constructor(
    redis: RedisConnection,
    private readonly transactions: EventTransactions<PublicityPrisma>,
    private readonly clock: Clock,
  ) {
    this.jobs = new JobQueue(redis, QUEUE, () => this.sweep());
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.repeatEvery(publicitySettings.PUBLICITY_SWEEP_MS, {});
    this.jobs.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.jobs.close();
  }

  async sweep(): Promise<number> {
    const now = this.clock.now();
    return this.transactions.execute(async (tx, publish) => {
      // SKIP LOCKED: two instances sweeping at once raise each overdue duty once between them.
      const overdue = await tx.$queryRawUnsafe<{ declarationId: string; kind: 'report' | 'filing'; committee: string; dueAt: Date; correlationId: string }[]>(
        `SELECT "declarationId", kind, committee, "dueAt", "correlationId" FROM "ReportingDuty"
          WHERE "fulfilledAt" IS NULL AND "overdueAt" IS NULL AND "dueAt" < $1
          ORDER BY "dueAt" LIMIT 500 FOR UPDATE SKIP LOCKED`,
        now,
      );
      for (const duty of overdue) {
        await tx.reportingDuty.update({ where: { declarationId_kind: { declarationId: duty.declarationId, kind: duty.kind } }, data: { overdueAt: now } });
        await publish(
          createEvent(
            ReportingOverdue,
            duty.declarationId,
            { kind: duty.kind, committee: duty.committee, declarationId: duty.declarationId, dueAt: duty.dueAt.toISOString() },
            { source: 'publicity', correlationId: duty.correlationId },
          ),
        );
      }
      return overdue.length;
    });
  }
}
