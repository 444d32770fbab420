import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Subject, type Observable } from 'rxjs';
import { SupervisionPrisma, type FindingChange, type Prisma, type Subscription } from '@zc/supervision/data-access';
import { matchesSubscription, subscriptionFiltersSchema, type FindingFacts } from '@zc/supervision/domain';
import { findingView, type FindingView } from '../findings/finding-view';
import { subscriptionSettings } from './supervision-subscriptions.config';
import { WebhookDeliveryQueue, type WebhookJob } from './webhook-delivery.queue';

const BATCH = 500;
/** A replay hands over about this many deliveries per request; the answer says where it stopped. */
const REPLAY_LIMIT = 5_000;
/** Deliveries committed but never enqueued (a crash or a Redis outage in between) are found this often. */
const REQUEUE_EVERY_MS = 60_000;
/** Webhook subscriptions behind the feed are looked for at each new change, and at least this often (a new subscription). */
const HAND_OVER_EVERY_MS = 5_000;
const TRANSACTION = { maxWait: 10_000, timeout: 60_000 };


/** One row of the feed: what happened at `seq` (raised, acknowledged, resolved) and the finding. */
export interface FeedItem {
  seq: bigint;
  change: string;
  at: Date;
  finding: FindingView;
}

/** What a live stream's `data:` and a webhook's body carry; seq is a string, as JSON has no int64. */
export function feedMessage(item: FeedItem) {
  return { seq: item.seq.toString(), change: item.change, at: item.at.toISOString(), finding: item.finding };
}
export type FeedMessage = ReturnType<typeof feedMessage>;

type FeedSource = Pick<Prisma.TransactionClient, 'findingChange' | 'finding'>;

export interface FeedPage {
  items: FeedItem[];
  /** The last seq looked at, matching or not: where the next page starts. */
  lastSeq: bigint | undefined;
  more: boolean;
}

/** Changes after `after` (and up to `through`), in seq order, each with its finding as it now stands. */
export async function readFeed(db: FeedSource, after: bigint, { through, limit = BATCH }: { through?: bigint; limit?: number } = {}): Promise<FeedPage> {
  const changes = await db.findingChange.findMany({
    where: { seq: through === undefined ? { gt: after } : { gt: after, lte: through } },
    orderBy: { seq: 'asc' },
    take: limit,
  });
  return { items: await withFindings(db, changes), lastSeq: changes.at(-1)?.seq, more: changes.length === limit };
}

async function withFindings(db: FeedSource, changes: FindingChange[]): Promise<FeedItem[]> {
  if (changes.length === 0) return [];
  const findings = await db.finding.findMany({ where: { id: { in: [...new Set(changes.map((change) => change.findingId))] } } });
  const byId = new Map(findings.map((finding) => [finding.id, findingView(finding)]));
  return changes.flatMap(({ seq, change, at, findingId }) => {
    const finding = byId.get(findingId);
    return finding ? [{ seq, change, at, finding }] : [];
  });
}

function matcherOf(subscription: Pick<Subscription, 'region' | 'filters'>): (item: FeedItem) => boolean {
  const filters = subscriptionFiltersSchema.parse(subscription.filters);
  return (item) => matchesSubscription(item.finding satisfies FindingFacts, { region: subscription.region, filters });
}

function jobsFor(rows: { id: string; seq: bigint | string }[], items: FeedItem[]): WebhookJob[] {
  const bySeq = new Map(items.map((item) => [item.seq, item]));
  return rows.flatMap((row) => {
    const item = bySeq.get(BigInt(row.seq));
    return item ? [{ deliveryId: row.id, message: feedMessage(item) }] : [];
  });
}

/**
 * The findings feed of this process. One poller reads FindingChange past the last seq it saw and
 * publishes each change to the live streams of this process; then it hands new changes to webhook
 * subscriptions, each through its own cursor, so a webhook loses nothing across restarts.
 */
@Injectable()
export class FindingsFeed implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(FindingsFeed.name);
  private readonly live = new Subject<FeedItem>();
  private lastSeq: bigint | undefined;
  private handedOver = { throughSeq: undefined as bigint | undefined, at: -Infinity };
  private pollTimer: NodeJS.Timeout | undefined;
  private requeueTimer: NodeJS.Timeout | undefined;
  private polling: Promise<void> = Promise.resolve();
  private inPoll = false;
  /** A kick that came during a poll: poll again at once, as the change may have committed after its read. */
  private kicked = false;
  private stopped = false;

  constructor(
    private readonly prisma: SupervisionPrisma,
    private readonly webhooks: WebhookDeliveryQueue,
  ) {}

  /** Every change committed from now on, in seq order; completes when the service stops. */
  get changes(): Observable<FeedItem> {
    return this.live.asObservable();
  }

  read(after: bigint, options: { through?: bigint; limit?: number } = {}): Promise<FeedPage> {
    return readFeed(this.prisma, after, options);
  }

  async onApplicationBootstrap(): Promise<void> {
    // Before HTTP listens: a stream opened without a last event id gets every change from then on.
    await this.catchUpToLatest().catch((error: Error) => this.logger.warn(`findings feed not started yet: ${error.message}`));
    this.schedulePoll();
    this.requeueTimer = setInterval(() => void this.requeuePending(), REQUEUE_EVERY_MS).unref();
    void this.requeuePending();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.pollTimer);
    clearInterval(this.requeueTimer);
    await this.polling;
    // Open streams end here, or they would hold the HTTP server open; clients resume by last event id.
    this.live.complete();
  }

  /**
   * Delivers again every change of a webhook subscription from `fromSeq` up to its cursor (those
   * after it are on their way): delivered and dead ones too, each as a new delivery from attempt 1.
   */
  async replay(subscriptionId: string, fromSeq: bigint): Promise<{ queued: number; throughSeq: string | null; more: boolean }> {
    const result = await this.prisma.$transaction(async (tx) => {
      // Taken before reading the cursor, so the hand-over cannot move it during the replay.
      await tx.$queryRaw`SELECT id FROM "Subscription" WHERE id = ${subscriptionId}::uuid FOR UPDATE`;
      const subscription = await tx.subscription.findUniqueOrThrow({ where: { id: subscriptionId } });
      const matches = matcherOf(subscription);
      const jobs: WebhookJob[] = [];
      let after = fromSeq - 1n;
      let throughSeq: bigint | undefined;
      let more = true;
      while (more && jobs.length < REPLAY_LIMIT) {
        const page = await readFeed(tx, after, { through: subscription.cursor });
        if (page.lastSeq === undefined) break;
        jobs.push(...(await resetDeliveries(tx, subscriptionId, page.items.filter(matches))));
        after = throughSeq = page.lastSeq;
        more = page.more;
      }
      return { jobs, throughSeq, more: more && throughSeq !== undefined };
    }, TRANSACTION);
    await this.webhooks.enqueue(result.jobs);
    return { queued: result.jobs.length, throughSeq: result.throughSeq?.toString() ?? null, more: result.more };
  }

  /**
   * Called after this process commits a change to the feed: read it now rather than at the next
   * poll. Changes committed by other instances are read by the poll.
   */
  kick(): void {
    if (this.stopped) return;
    if (this.inPoll) this.kicked = true;
    else this.schedulePoll(0);
  }

  private schedulePoll(delay = subscriptionSettings.FINDINGS_FEED_POLL_MS): void {
    if (this.stopped) return;
    clearTimeout(this.pollTimer);
    this.pollTimer = setTimeout(() => {
      this.inPoll = true;
      this.kicked = false;
      this.polling = this.poll().finally(() => {
        this.inPoll = false;
        this.schedulePoll(this.kicked ? 0 : undefined);
      });
    }, delay);
  }

  private async poll(): Promise<void> {
    await this.publishNewChanges().catch((error: Error) => this.logger.warn(`findings feed: ${error.message}`));
    await this.handOverToWebhooks().catch((error: Error) => this.logger.warn(`webhook hand-over: ${error.message}`));
  }

  private async catchUpToLatest(): Promise<void> {
    const latest = await this.prisma.findingChange.aggregate({ _max: { seq: true } });
    this.lastSeq ??= latest._max.seq ?? 0n;
  }

  private async publishNewChanges(): Promise<void> {
    if (this.lastSeq === undefined) return this.catchUpToLatest();
    for (;;) {
      const page = await readFeed(this.prisma, this.lastSeq);
      for (const item of page.items) this.live.next(item);
      this.lastSeq = page.lastSeq ?? this.lastSeq;
      if (!page.more || this.stopped) return;
    }
  }

  private async handOverToWebhooks(): Promise<void> {
    if (this.lastSeq === undefined) return;
    // Nothing new on the feed since the last look: only a new or failed subscription could be behind, so look now and then.
    // An interval of the poller's own, so monotonic time (not the platform's business clock).
    if (this.lastSeq === this.handedOver.throughSeq && performance.now() - this.handedOver.at < HAND_OVER_EVERY_MS) return;
    this.handedOver = { throughSeq: this.lastSeq, at: performance.now() };
    const behind = await this.prisma.subscription.findMany({
      where: { delivery: 'webhook', active: true, cursor: { lt: this.lastSeq } },
      select: { id: true },
      orderBy: { cursor: 'asc' },
      take: 100,
    });
    for (const { id } of behind) {
      while (!this.stopped && (await this.handOver(id))) {
        // a full page was handed over: there may be more behind it
      }
    }
  }

  /** Hands one page of changes past a subscription's cursor to its webhook; true if there may be more. */
  private async handOver(subscriptionId: string): Promise<boolean> {
    const { jobs, more } = await this.prisma.$transaction(async (tx) => {
      // SKIP LOCKED: of several instances polling at once, one hands each change over, the others move on.
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Subscription" WHERE id = ${subscriptionId}::uuid AND active AND delivery = 'webhook' FOR UPDATE SKIP LOCKED`;
      if (locked.length === 0) return { jobs: [], more: false };
      const subscription = await tx.subscription.findUniqueOrThrow({ where: { id: subscriptionId } });
      const page = await readFeed(tx, subscription.cursor);
      if (page.lastSeq === undefined) return { jobs: [], more: false };
      const jobs = await createDeliveries(tx, subscriptionId, page.items.filter(matcherOf(subscription)));
      await tx.subscription.update({ where: { id: subscriptionId }, data: { cursor: page.lastSeq } });
      return { jobs, more: page.more };
    }, TRANSACTION);
    // After the commit: a job never runs for a row that might still roll back. A crash right here
    // leaves the rows pending, and requeuePending enqueues them again.
    await this.webhooks.enqueue(jobs);
    return more;
  }

  private async requeuePending(): Promise<void> {
    try {
      const pending = await this.prisma.webhookDelivery.findMany({ where: { status: 'pending' }, orderBy: { seq: 'asc' }, take: 1_000, select: { id: true, seq: true } });
      if (pending.length === 0) return;
      const changes = await this.prisma.findingChange.findMany({ where: { seq: { in: [...new Set(pending.map((row) => row.seq))] } } });
      // The job id is the delivery's: a job still waiting or retrying is not added twice.
      await this.webhooks.enqueue(jobsFor(pending, await withFindings(this.prisma, changes)));
    } catch (error) {
      this.logger.warn(`re-enqueueing pending webhook deliveries: ${(error as Error).message}`);
    }
  }
}

async function createDeliveries(tx: Prisma.TransactionClient, subscriptionId: string, items: FeedItem[]): Promise<WebhookJob[]> {
  if (items.length === 0) return [];
  const seqs = items.map((item) => item.seq);
  await tx.webhookDelivery.createMany({ data: seqs.map((seq) => ({ id: randomUUID(), subscriptionId, seq, status: 'pending' })), skipDuplicates: true });
  const rows = await tx.webhookDelivery.findMany({ where: { subscriptionId, seq: { in: seqs }, status: 'pending' }, select: { id: true, seq: true } });
  return jobsFor(rows, items);
}

/**
 * A replayed change becomes pending again under a new delivery id: the new job id differs from
 * the old one (which BullMQ may still hold as failed), and a job of the old id finds no row and stops.
 */
async function resetDeliveries(tx: Prisma.TransactionClient, subscriptionId: string, items: FeedItem[]): Promise<WebhookJob[]> {
  if (items.length === 0) return [];
  const rows = await tx.$queryRawUnsafe<{ id: string; seq: string }[]>(
    `INSERT INTO "WebhookDelivery" (id, "subscriptionId", seq, status, attempts)
     SELECT gen_random_uuid(), $1::uuid, s, 'pending', 0 FROM unnest(string_to_array($2, ',')::bigint[]) AS s
     ON CONFLICT ("subscriptionId", seq) DO UPDATE
        SET id = EXCLUDED.id, status = 'pending', attempts = 0, "lastStatus" = NULL, "lastError" = NULL, "deliveredAt" = NULL
     RETURNING id::text AS id, seq::text AS seq`,
    subscriptionId,
    items.map((item) => item.seq.toString()).join(','),
  );
  return jobsFor(rows, items);
}
