import { BadRequestException, Controller, ForbiddenException, Get, Headers, Logger, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import { CurrentPrincipal, Roles, ZodValidationPipe, type Principal } from '@zc/platform';
import { SupervisionPrisma } from '@zc/supervision/data-access';
import { FINDING_SEVERITIES, matchesFilters, matchesSubscription, subscriptionFiltersSchema, type FindingFacts, type SubscriptionFilters } from '@zc/supervision/domain';
import { feedMessage, FindingsFeed, type FeedItem } from './findings-feed';
import { subscriptionSettings } from './supervision-subscriptions.config';

/** A client this far behind is cut off rather than held in memory; it resumes by its last event id. */
const MAX_UNSENT_BYTES = 4 << 20;
const SEQ = /^\d{1,18}$/;

const repeatable = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined || Array.isArray(value) ? value : [value]), z.array(item).min(1).max(50).optional());
const name = z.string().trim().min(1).max(200);

const streamQuery = z.strictObject({
  /** A stream subscription of yours, whose filters apply; or filters inline below. */
  subscriptionId: z.uuid().optional(),
  committee: repeatable(name),
  series: repeatable(name),
  ruleId: repeatable(name),
  severity: repeatable(z.enum(FINDING_SEVERITIES)),
  /** Bureau only: one region. An inspector always gets their own. */
  region: z.string().trim().min(1).max(100).optional(),
  /** For clients that cannot set the Last-Event-ID header. */
  lastEventId: z.string().regex(SEQ, 'a feed seq: digits only').optional(),
});
type StreamQuery = z.infer<typeof streamQuery>;

function badRequest(field: string, reason: string): BadRequestException {
  return new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'Validation failed', issues: [{ field, reason }] });
}

function inlineFilters(query: StreamQuery): SubscriptionFilters {
  const filters = { committees: query.committee, series: query.series, ruleIds: query.ruleId, severities: query.severity };
  return Object.fromEntries(Object.entries(filters).filter(([, list]) => list !== undefined));
}

/** The header wins over the query: a browser reconnecting keeps its URL but sends its latest id. */
function resumeAfter(header: string | undefined, query: StreamQuery): bigint | undefined {
  if (header === undefined || header === '') return query.lastEventId === undefined ? undefined : BigInt(query.lastEventId);
  if (!SEQ.test(header)) throw badRequest('Last-Event-ID', 'a feed seq: digits only');
  return BigInt(header);
}

@ApiTags('finding subscriptions')
@ApiBearerAuth()
@Controller('findings')
export class FindingsStreamHttpController {
  private readonly logger = new Logger(FindingsStreamHttpController.name);

  constructor(
    private readonly prisma: SupervisionPrisma,
    private readonly feed: FindingsFeed,
  ) {}

  /**
   * Findings as Server-Sent Events (`id: <seq>`, `event: finding`), live. With `Last-Event-ID` the
   * stream first sends every matching change after that id, then goes on live, none lost or twice.
   */
  @Get('stream')
  @Roles('inspector', 'bureau-admin')
  @ApiProduces('text/event-stream')
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'the last seq received: resume after it' })
  @ApiQuery({ name: 'subscriptionId', required: false })
  @ApiQuery({ name: 'committee', required: false, isArray: true })
  @ApiQuery({ name: 'series', required: false, isArray: true })
  @ApiQuery({ name: 'ruleId', required: false, isArray: true })
  @ApiQuery({ name: 'severity', required: false, isArray: true, enum: FINDING_SEVERITIES })
  @ApiQuery({ name: 'region', required: false })
  @ApiQuery({ name: 'lastEventId', required: false })
  async stream(
    @Query(new ZodValidationPipe(streamQuery)) query: StreamQuery,
    @Headers('last-event-id') lastEventIdHeader: string | undefined,
    @CurrentPrincipal() by: Principal,
    @Res() response: ServerResponse,
  ): Promise<void> {
    const after = resumeAfter(lastEventIdHeader, query);
    const matches = await this.audienceOf(query, by);
    await this.open(response, matches, after);
  }

  private async audienceOf(query: StreamQuery, by: Principal): Promise<(finding: FindingFacts) => boolean> {
    const filters = inlineFilters(query);
    if (query.subscriptionId && Object.keys(filters).length > 0) throw badRequest('subscriptionId', 'give a subscription or filters, not both');
    const bureau = by.roles.includes('bureau-admin');
    const region = bureau ? query.region : by.scope.region;
    if (!bureau && !region) throw new ForbiddenException('your token names no region, and an inspector sees only their own region');
    if (!bureau && query.region !== undefined && query.region !== region) throw badRequest('region', `an inspector sees their own region (${region}) only`);
    if (query.subscriptionId) {
      const subscription = await this.streamSubscription(query.subscriptionId, by, bureau ? undefined : region);
      return (finding) => matchesSubscription(finding, subscription);
    }
    return (finding) => (region === undefined ? matchesFilters(finding, filters) : matchesSubscription(finding, { region, filters }));
  }

  /** Only the caller's own, active, in the region their token names now; any other is refused like an unknown one (403). */
  private async streamSubscription(id: string, by: Principal, region: string | undefined): Promise<{ region: string; filters: SubscriptionFilters }> {
    const subscription = await this.prisma.subscription.findFirst({ where: { id, inspector: by.sub, delivery: 'stream', active: true, ...(region ? { region } : {}) } });
    if (!subscription) throw new ForbiddenException(`no active stream subscription ${id} of yours`);
    return { region: subscription.region, filters: subscriptionFiltersSchema.parse(subscription.filters) };
  }

  /**
   * Listens to the live feed before reading the backlog and holds what arrives meanwhile, then
   * sends the held changes past the backlog's last seq: nothing falls between the two, nothing twice.
   */
  private async open(response: ServerResponse, matches: (finding: FindingFacts) => boolean, after: bigint | undefined): Promise<void> {
    const events = new EventStream(response);
    let lastSeq = after ?? -1n;
    let held: FeedItem[] | undefined = [];
    const send = (item: FeedItem) => {
      if (item.seq <= lastSeq) return;
      lastSeq = item.seq;
      if (matches(item.finding)) events.send(item);
    };
    const listening = this.feed.changes.subscribe({ next: (item) => (held ? held.push(item) : send(item)), complete: () => events.end() });
    events.onClose(() => listening.unsubscribe());
    try {
      if (after !== undefined) await this.sendBacklog(after, send, events);
      const live = held;
      held = undefined;
      live.forEach(send);
    } catch (error) {
      this.logger.warn(`finding stream backlog: ${(error as Error).message}`);
      events.end();
    }
  }

  private async sendBacklog(after: bigint, send: (item: FeedItem) => void, events: EventStream): Promise<void> {
    for (let from = after; !events.closed; ) {
      const page = await this.feed.read(from);
      page.items.forEach(send);
      if (!page.more || page.lastSeq === undefined) return;
      from = page.lastSeq;
      await events.drained();
    }
  }
}

/** One Server-Sent Events response: frames, heartbeats, and an end however it comes. */
class EventStream {
  closed = false;
  private readonly heartbeat: NodeJS.Timeout;
  private readonly cleanups: (() => void)[] = [];

  constructor(private readonly response: ServerResponse) {
    response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    response.flushHeaders();
    this.heartbeat = setInterval(() => this.write(': heartbeat\n\n'), subscriptionSettings.SSE_HEARTBEAT_MS);
    // However the stream ends (the client goes, the service stops, a slow client is cut off), this fires.
    response.on('close', () => this.closeNow());
    if (response.destroyed) this.closeNow();
    this.write(': connected\n\n');
  }

  send(item: FeedItem): void {
    this.write(`id: ${item.seq}\nevent: finding\ndata: ${JSON.stringify(feedMessage(item))}\n\n`);
  }

  onClose(cleanup: () => void): void {
    if (this.closed) cleanup();
    else this.cleanups.push(cleanup);
  }

  /** Waits until the client has taken what was written (or is gone): a backlog is sent at its pace. */
  async drained(): Promise<void> {
    if (this.closed || !this.response.writableNeedDrain) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.response.off('drain', done).off('close', done);
        resolve();
      };
      this.response.on('drain', done).on('close', done);
    });
  }

  end(): void {
    if (!this.closed) this.response.end();
    this.closeNow();
  }

  private write(frame: string): void {
    if (this.closed || this.response.destroyed) return;
    this.response.write(frame);
    if (this.response.writableLength > MAX_UNSENT_BYTES) this.response.destroy();
  }

  private closeNow(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.heartbeat);
    this.cleanups.splice(0).forEach((cleanup) => cleanup());
  }
}
