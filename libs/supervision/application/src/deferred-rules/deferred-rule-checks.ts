import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SupervisionPrisma } from '@zc/supervision/data-access';
import { ruleById } from '@zc/supervision/domain';
import { FindingRecorder } from '../findings/finding-recorder';
import { envelopeOf, timelineEntriesOf } from '../findings/stored-rule-context';
import { BatchWrites } from '../observe-event/batch-writes';
import { SupervisionTransactions } from '../observe-event/supervision-transactions';
import { FindingsFeed } from '../subscriptions/findings-feed';
import { supervisionSettings } from '../supervision.config';

/**
 * Rules that compare events from different topics (R-SV-2) look after SUPERVISION_GRACE_MS, once
 * the events that raced them are in. Each check is a `DeferredCheck` row written in the transaction
 * that received its trigger event (so none is lost between that commit and its scheduling); a
 * sweep takes the due ones a batch at a time, evaluates them in one transaction and deletes them
 * there, so each is made once. Instances share the work: a row one sweep holds, another skips.
 */
@Injectable()
export class DeferredRuleChecks implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeferredRuleChecks.name);
  private timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly prisma: SupervisionPrisma,
    private readonly transactions: SupervisionTransactions,
    private readonly findings: FindingRecorder,
    private readonly feed: FindingsFeed,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.sweeping;
  }

  /** The due checks, at most a batch of them, in one transaction; how many there were. */
  async sweep(): Promise<number> {
    // One statement when nothing is due, as is most often the case, rather than a transaction's three.
    const [anyDue] = await this.prisma.$rawSql.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM "DeferredCheck" WHERE "dueAt" <= now() AT TIME ZONE 'UTC' LIMIT 1`);
    if (!anyDue) return 0;
    const { swept, raised } = await this.transactions.execute(async (tx, publish) => {
      const due = await tx.$queryRawUnsafe<{ ruleId: string; eventId: string }[]>(
        `SELECT "ruleId", "eventId"::text AS "eventId" FROM "DeferredCheck" WHERE "dueAt" <= now() AT TIME ZONE 'UTC' ORDER BY "dueAt" LIMIT $1 FOR UPDATE SKIP LOCKED`,
        supervisionSettings.SUPERVISION_BATCH_EVENTS,
      );
      if (due.length === 0) return { swept: 0, raised: 0 };
      const entries = new Map((await timelineEntriesOf(tx, [...new Set(due.map((check) => check.eventId))])).map((entry) => [entry.eventId, entry]));
      const scope = new BatchWrites(tx); // reads each case and timeline once for the whole sweep
      const checks = due.flatMap(({ ruleId, eventId }) => {
        const [rule, entry] = [ruleById(ruleId), entries.get(eventId)];
        if (rule && entry) return [{ rule, event: envelopeOf(entry) }];
        // Cannot happen (the check commits with its timeline entry); say so rather than retry for ever.
        this.logger.error(`deferred check ${ruleId} on ${eventId} dropped: ${rule ? 'the event is not on the timeline' : 'no such rule'}`);
        return [];
      });
      await scope.prefetch(
        checks.map((check) => check.event),
        checks.flatMap(({ rule, event }) => rule.reads?.(event) ?? []),
      );
      for (const { rule, event } of checks) await this.findings.evaluate(tx, publish, rule, event, scope);
      await tx.$executeRawUnsafe(
        `DELETE FROM "DeferredCheck" d USING unnest($1::text[], $2::uuid[]) AS c("ruleId", "eventId") WHERE d."ruleId" = c."ruleId" AND d."eventId" = c."eventId"`,
        due.map((check) => check.ruleId),
        due.map((check) => check.eventId),
      );
      const { raised } = await scope.finish([]);
      return { swept: due.length, raised };
    });
    if (raised > 0) this.feed.kick();
    return swept;
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.sweeping = this.sweep()
        .then((count) => this.schedule(count >= supervisionSettings.SUPERVISION_BATCH_EVENTS ? 0 : supervisionSettings.SUPERVISION_DEFERRED_POLL_MS))
        .catch((error: Error) => {
          this.logger.warn(`deferred checks will be swept again: ${error.message}`);
          this.schedule(supervisionSettings.SUPERVISION_DEFERRED_POLL_MS);
        });
    }, delay);
  }
}
