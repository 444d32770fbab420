import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Job } from 'bullmq';
import { EventTransactions } from '@zc/messaging';
import { JobQueue, RedisConnection } from '@zc/platform';
import { SupervisionPrisma } from '@zc/supervision/data-access';
import { ruleById, SUPERVISION_RULES } from '@zc/supervision/domain';
import { FindingRecorder } from '../findings/finding-recorder';
import { envelopeOf } from '../findings/prisma-rule-context';
import { supervisionSettings } from '../supervision.config';

const QUEUE = 'supervision-deferred-rules';
type DeferredCheck = { ruleId: string; eventId: string };

/**
 * Rules that compare events from different topics look after SUPERVISION_GRACE_MS, in a BullMQ
 * delayed job (kept in Redis across restarts). A check is evaluated once (its evaluation is
 * logged); at start-up any trigger event still without one is scheduled again.
 */
@Injectable()
export class DeferredRuleChecks implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeferredRuleChecks.name);
  private readonly jobs: JobQueue<DeferredCheck>;

  constructor(
    redis: RedisConnection,
    private readonly prisma: SupervisionPrisma,
    private readonly transactions: EventTransactions<SupervisionPrisma>,
    private readonly findings: FindingRecorder,
  ) {
    this.jobs = new JobQueue<DeferredCheck>(redis, QUEUE, (job) => this.check(job), { describe: (job) => `deferred ${job.data.ruleId} on ${job.data.eventId}` });
  }

  async schedule(ruleId: string, eventId: string): Promise<void> {
    await this.jobs.add({ ruleId, eventId }, { jobId: `${ruleId}-${eventId}`, delay: supervisionSettings.SUPERVISION_GRACE_MS, attempts: 5, backoff: { type: 'exponential', delay: 500 }, removeOnComplete: true, removeOnFail: false });
  }

  async onApplicationBootstrap(): Promise<void> {
    let missed = 0;
    for (const rule of SUPERVISION_RULES.filter((r) => r.deferred)) {
      const unchecked = await this.prisma.$queryRawUnsafe<{ eventId: string }[]>(
        `SELECT t."eventId" FROM "TimelineEntry" t WHERE t.type = ANY($1::text[])
           AND NOT EXISTS (SELECT 1 FROM "RuleEvaluation" r WHERE r."triggerEventId" = t."eventId"::text AND r."ruleId" = $2)`,
        [...rule.triggers],
        rule.ruleId,
      );
      for (const { eventId } of unchecked) await this.schedule(rule.ruleId, eventId);
      missed += unchecked.length;
    }
    this.jobs.start();
    this.logger.log(`deferred rule checks running; ${missed} scheduled again`);
  }

  onApplicationShutdown(): Promise<void> {
    return this.jobs.close();
  }

  private async check(job: Job<DeferredCheck>): Promise<void> {
    const { ruleId, eventId } = job.data;
    const rule = ruleById(ruleId);
    if (!rule) throw new Error(`no supervision rule ${ruleId}`);
    await this.transactions.execute(async (tx, publish) => {
      if (await tx.ruleEvaluation.findFirst({ where: { ruleId, triggerEventId: eventId } })) return;
      const entry = await tx.timelineEntry.findUnique({ where: { eventId } });
      if (!entry) throw new Error(`event ${eventId} is not on the timeline`);
      await this.findings.evaluate(tx, publish, rule, envelopeOf(entry));
    });
  }
}
