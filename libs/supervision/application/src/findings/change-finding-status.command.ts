import { ConflictException, Injectable } from '@nestjs/common';
import { createEvent, FindingStatusChanged } from '@zc/contracts';
import { EventTransactions } from '@zc/messaging';
import type { Principal } from '@zc/platform';
import { SupervisionPrisma } from '@zc/supervision/data-access';
import { findingView } from './finding-view';
import { nextFeedSeq } from './findings-feed-lock';
import { canRead, denyOrMissing } from './region-scope';
import { FindingsFeed } from '../subscriptions/findings-feed';

const NEXT: Record<'acknowledged' | 'resolved', 'open' | 'acknowledged'> = { acknowledged: 'open', resolved: 'acknowledged' };

/** Inspectors move a finding open → acknowledged → resolved, each step with a comment; each step is on the feed and published. */
@Injectable()
export class ChangeFindingStatusCommand {
  constructor(
    private readonly transactions: EventTransactions<SupervisionPrisma>,
    private readonly feed: FindingsFeed,
  ) {}

  async execute(findingId: string, to: 'acknowledged' | 'resolved', comment: string, by: Principal, correlationId: string) {
    const changed = await this.transactions.execute(async (tx, publish) => {
      await tx.$queryRawUnsafe('SELECT 1 FROM "Finding" WHERE id = $1::uuid FOR UPDATE', findingId);
      const finding = await tx.finding.findUnique({ where: { id: findingId } });
      if (!finding || !canRead(by, finding.region)) denyOrMissing(by, `finding ${findingId}`);
      const from = NEXT[to];
      if (finding.status !== from) throw new ConflictException({ statusCode: 409, error: 'Conflict', message: `a finding that is ${finding.status} cannot become ${to}; it goes open → acknowledged → resolved` });
      const updated = await tx.finding.update({ where: { id: findingId }, data: { status: to } });
      await tx.findingChange.create({ data: { seq: await nextFeedSeq(tx), findingId, change: to, status: to, comment, by: by.sub } });
      await publish(createEvent(FindingStatusChanged, finding.subject, { findingId, ruleId: finding.ruleId, region: finding.region, from, to, comment, by: by.sub }, { source: 'supervision', correlationId }));
      return findingView(updated);
    });
    this.feed.kick();
    return changed;
  }
}
