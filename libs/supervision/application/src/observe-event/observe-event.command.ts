import { Injectable } from '@nestjs/common';
import type { Envelope } from '@zc/contracts';
import { rulesTriggeredBy } from '@zc/supervision/domain';
import { FindingRecorder } from '../findings/finding-recorder';
import { IntegrityArchive } from '../integrity-archive/integrity-archive';
import { FindingsFeed } from '../subscriptions/findings-feed';
import { supervisionSettings } from '../supervision.config';
import { BatchWrites } from './batch-writes';
import { keepPlanDocument } from './project-cases';
import { SupervisionTransactions } from './supervision-transactions';

const CONSUMER = 'supervision.observe-event';

export interface ObservedEvent {
  event: Envelope;
  topic: string;
}

/**
 * Everything supervision does with events, once each and a batch in one transaction: the case
 * timelines, what each event says of its cases, the integrity archive (R-SV-1), every rule it
 * triggers (R-SV-2) and the audit chain (R-SV-4), the batch's writes in one statement at its end;
 * rules that compare topics are checked after a grace (a deferred check row, swept).
 * Events are taken in the order given (a partition's order), so each rule sees the state as of
 * its event; a batch that fails is rolled back whole and its events come again one at a time.
 */
@Injectable()
export class ObserveEventCommand {
  constructor(
    private readonly transactions: SupervisionTransactions,
    private readonly findings: FindingRecorder,
    private readonly integrity: IntegrityArchive,
    private readonly feed: FindingsFeed,
  ) {}

  async execute(batch: readonly ObservedEvent[]): Promise<void> {
    const topicOf = new Map(batch.map(({ event, topic }) => [event, topic]));
    const { raised } = await this.transactions.handleNewOnes(CONSUMER, batch.map(({ event }) => event), async (tx, publish, fresh) => {
      const observed = fresh.map((event) => ({ event, topic: topicOf.get(event) as string }));
      const writes = new BatchWrites(tx);
      await writes.prefetch(fresh, fresh.flatMap((event) => rulesTriggeredBy(event.type).flatMap((rule) => (rule.deferred ? [] : (rule.reads?.(event) ?? [])))));
      for (const { event, topic } of observed) {
        writes.add(event, topic);
        await keepPlanDocument(tx, event);
        await this.integrity.record(tx, publish, event, writes.context);
        for (const rule of rulesTriggeredBy(event.type)) {
          if (rule.deferred) writes.defer(rule.ruleId, event.id, supervisionSettings.SUPERVISION_GRACE_MS);
          else await this.findings.evaluate(tx, publish, rule, event, writes);
        }
      }
      // Last: the locks it takes are held to commit and serialise every consumer, so hold them briefly.
      return writes.finish(observed);
    });
    if (raised > 0) this.feed.kick();
  }
}
