import { BadRequestException, Body, ConflictException, Controller, Delete, ForbiddenException, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ApiQueryOf, CurrentPrincipal, openApiSchemaOf, type Principal, Roles, ZodValidationPipe } from '@zc/platform';
import { SupervisionPrisma, type Prisma, type Subscription, type WebhookDelivery } from '@zc/supervision/data-access';
import { subscriptionFiltersSchema, webhookUrlRefusal } from '@zc/supervision/domain';
import { FindingsFeed } from './findings-feed';
import { webhookPolicy } from './supervision-subscriptions.config';

const seqNumber = z.union([z.int().min(0), z.string().regex(/^\d{1,18}$/, 'a feed seq: digits only')]);

const createRequest = z
  .strictObject({
    delivery: z.enum(['stream', 'webhook']),
    filters: subscriptionFiltersSchema.default({}),
    url: z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).max(2_000).optional(),
    /** The webhook's HMAC key; left out, one is made and answered once. */
    secret: z.string().min(16).max(256).optional(),
    /** Always the token's own region; accepted only to refuse another one by name. */
    region: z.string().min(1).max(100).optional(),
  })
  .superRefine((body, context) => {
    if (body.delivery === 'webhook' && body.url === undefined) context.addIssue({ code: 'custom', path: ['url'], message: 'a webhook needs the URL to POST findings to' });
    // A URL the field's own check refused (not http(s)) is reported once, by that check.
    const refused = body.url === undefined || !/^https?:/i.test(body.url) ? null : webhookUrlRefusal(body.url, webhookPolicy);
    if (refused) context.addIssue({ code: 'custom', path: ['url'], message: refused });
    if (body.delivery === 'stream' && body.url !== undefined) context.addIssue({ code: 'custom', path: ['url'], message: 'a stream has no URL: open GET /findings/stream' });
    if (body.delivery === 'stream' && body.secret !== undefined) context.addIssue({ code: 'custom', path: ['secret'], message: 'a stream is not signed' });
  });
type CreateRequest = z.infer<typeof createRequest>;

const deliveriesQuery = z.strictObject({
  status: z.enum(['pending', 'delivered', 'dead']).optional(),
  /** Paging: deliveries of later changes than this seq. */
  afterSeq: z.string().regex(/^\d{1,18}$/).optional(),
});

const replayRequest = z.strictObject({ fromSeq: seqNumber });

/** Never the secret: it is answered once, when it is made. */
function subscriptionView({ secret: _secret, cursor, ...subscription }: Subscription) {
  return { ...subscription, cursor: cursor.toString() };
}

function deliveryView(delivery: WebhookDelivery) {
  return { ...delivery, seq: delivery.seq.toString() };
}

/** An inspector holds subscriptions in their own region only, so a token without one holds none. */
function inspectorOf(by: Principal): { inspector: string; region: string } {
  if (!by.scope.region) throw new ForbiddenException('your token names no region, and an inspector sees only their own region');
  return { inspector: by.sub, region: by.scope.region };
}

function refuseOtherRegion(body: CreateRequest, region: string): void {
  if (body.region === undefined || body.region === region) return;
  throw new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: 'Validation failed',
    issues: [{ field: 'region', reason: `an inspector subscribes in their own region (${region}) only` }],
  });
}

@ApiTags('finding subscriptions')
@ApiBearerAuth()
@Controller('subscriptions')
@Roles('inspector')
export class SubscriptionsHttpController {
  constructor(
    private readonly prisma: SupervisionPrisma,
    private readonly feed: FindingsFeed,
  ) {}

  /**
   * Findings of the inspector's region, narrowed by filters, by live stream or webhook. A webhook
   * gets the changes from now on; `POST …/replay` sends earlier ones.
   */
  @Post()
  @ApiBody({ schema: openApiSchemaOf(createRequest) })
  async create(@Body(new ZodValidationPipe(createRequest)) body: CreateRequest, @CurrentPrincipal() by: Principal) {
    const { inspector, region } = inspectorOf(by);
    refuseOtherRegion(body, region);
    const webhook = body.delivery === 'webhook';
    const madeSecret = webhook && body.secret === undefined ? randomBytes(32).toString('base64url') : undefined;
    const latest = webhook ? (await this.prisma.findingChange.aggregate({ _max: { seq: true } }))._max.seq : null;
    const subscription = await this.prisma.subscription.create({
      data: {
        id: randomUUID(),
        inspector,
        region,
        filters: body.filters as Prisma.InputJsonValue,
        delivery: body.delivery,
        url: webhook ? body.url : null,
        secret: webhook ? (body.secret ?? madeSecret) : null,
        cursor: latest ?? 0n,
      },
    });
    return { ...subscriptionView(subscription), ...(madeSecret ? { secret: madeSecret } : {}) };
  }

  @Get()
  async list(@CurrentPrincipal() by: Principal) {
    const subscriptions = await this.prisma.subscription.findMany({ where: inspectorOf(by), orderBy: { createdAt: 'desc' }, take: 500 });
    return subscriptions.map(subscriptionView);
  }

  @Get(':id')
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() by: Principal) {
    return subscriptionView(await this.own(id, by));
  }

  /** Ends the subscription: its stream closes to new connections, its pending deliveries die. */
  @Delete(':id')
  async deactivate(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() by: Principal) {
    await this.own(id, by);
    return subscriptionView(await this.prisma.subscription.update({ where: { id }, data: { active: false } }));
  }

  @ApiQueryOf(deliveriesQuery)
  @Get(':id/deliveries')
  async deliveries(@Param('id', new ParseUUIDPipe()) id: string, @Query(new ZodValidationPipe(deliveriesQuery)) query: z.infer<typeof deliveriesQuery>, @CurrentPrincipal() by: Principal) {
    await this.own(id, by);
    const deliveries = await this.prisma.webhookDelivery.findMany({
      where: { subscriptionId: id, status: query.status, ...(query.afterSeq ? { seq: { gt: BigInt(query.afterSeq) } } : {}) },
      orderBy: { seq: 'asc' },
      take: 500,
    });
    return deliveries.map(deliveryView);
  }

  /** Sends again every matching change from `fromSeq` on, delivered and dead ones too. */
  @Post(':id/replay')
  @HttpCode(202)
  @ApiBody({ schema: openApiSchemaOf(replayRequest) })
  async replay(@Param('id', new ParseUUIDPipe()) id: string, @Body(new ZodValidationPipe(replayRequest)) body: z.infer<typeof replayRequest>, @CurrentPrincipal() by: Principal) {
    const subscription = await this.own(id, by);
    if (subscription.delivery !== 'webhook') throw new ConflictException('a stream resumes by its Last-Event-ID, not by a replay');
    if (!subscription.active) throw new ConflictException('the subscription has ended');
    return this.feed.replay(id, BigInt(body.fromSeq));
  }

  /**
   * Another inspector's subscription is refused like an unknown one (403, as every service answers
   * a record outside the caller's scope): its existence is not theirs to know.
   */
  private async own(id: string, by: Principal): Promise<Subscription> {
    const subscription = await this.prisma.subscription.findFirst({ where: { id, ...inspectorOf(by) } });
    if (!subscription) throw new ForbiddenException(`no subscription ${id} of yours`);
    return subscription;
  }
}
