import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { Job } from 'bullmq';
import { Clock, JobQueue, RedisConnection } from '@zc/platform';
import { SupervisionPrisma } from '@zc/supervision/data-access';
import { signWebhook, webhookAddressRefusal, webhookHost, webhookUrlRefusal } from '@zc/supervision/domain';
import type { FeedMessage } from './findings-feed';
import { subscriptionSettings, webhookPolicy } from './supervision-subscriptions.config';

const QUEUE = 'supervision-webhooks';
/** Deliveries in flight per instance: each mostly waits on a receiver. */
const CONCURRENCY = 8;
const DEAD_JOBS_KEPT = { age: 7 * 24 * 3600, count: 10_000 };

/** The body goes with the job: a delivery says what the change was when it was handed over. */
export interface WebhookJob {
  deliveryId: string;
  message: FeedMessage;
}

type Outcome = { ok: true; status: number } | { ok: false; status: number | null; error: string };

/**
 * Sends each finding change to its webhook as a signed POST. A non-2xx answer, a network error or
 * a timeout fails the try, and BullMQ tries again with exponential backoff; after the last try the
 * delivery is dead until a replay. Every try is counted on the delivery row.
 */
@Injectable()
export class WebhookDeliveryQueue implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(WebhookDeliveryQueue.name);
  private readonly jobs: JobQueue<WebhookJob>;

  constructor(
    redis: RedisConnection,
    private readonly prisma: SupervisionPrisma,
    private readonly clock: Clock,
  ) {
    this.jobs = new JobQueue<WebhookJob>(redis, QUEUE, (job) => this.deliver(job), { concurrency: CONCURRENCY, describe: (job) => `webhook delivery ${job.data.deliveryId}` });
    this.jobs.onFailed((job, error) => {
      // deliver() marks the last try dead itself; this covers a last try that failed before it could.
      if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) void this.markDead(job.data.deliveryId, error.message);
    });
  }

  /** Idempotent: the job id is the delivery id, so a job already waiting or retrying is not added again. */
  async enqueue(jobs: WebhookJob[]): Promise<void> {
    if (jobs.length === 0) return;
    await this.jobs.addBulk(
      jobs.map((data) => ({
        data,
        options: {
          jobId: `delivery-${data.deliveryId}`,
          attempts: subscriptionSettings.WEBHOOK_ATTEMPTS,
          backoff: { type: 'exponential', delay: subscriptionSettings.WEBHOOK_BACKOFF_MS },
          removeOnComplete: true,
          removeOnFail: DEAD_JOBS_KEPT,
        },
      })),
    );
  }

  onApplicationBootstrap(): void {
    this.jobs.start();
  }

  /** The worker stops (finishing the tries in hand) while the database is still there to record them. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.jobs.stopWorker();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.jobs.close();
  }

  private async deliver(job: Job<WebhookJob>): Promise<void> {
    const { deliveryId, message } = job.data;
    const delivery = await this.prisma.webhookDelivery.findUnique({ where: { id: deliveryId }, select: { status: true, subscriptionId: true } });
    // No row: a replay gave the change a new delivery id. Settled: the job was added twice.
    if (delivery?.status !== 'pending') return;
    const subscription = await this.prisma.subscription.findUnique({ where: { id: delivery.subscriptionId } });
    if (!subscription?.active || !subscription.url || !subscription.secret) {
      await this.markDead(deliveryId, 'the subscription is no longer active');
      return;
    }
    // Judged again at each delivery: the list may have changed, and a name may now resolve inside.
    const refused = await targetRefusal(subscription.url);
    if (refused) {
      await this.markDead(deliveryId, `receiver refused: ${refused}`);
      return;
    }
    const outcome = await post(subscription.url, subscription.secret, deliveryId, message);
    const lastTry = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    await this.prisma.webhookDelivery.updateMany({
      where: { id: deliveryId, status: 'pending' },
      data: outcome.ok
        ? { attempts: { increment: 1 }, status: 'delivered', lastStatus: outcome.status, lastError: null, deliveredAt: this.clock.now() }
        : { attempts: { increment: 1 }, status: lastTry ? 'dead' : 'pending', lastStatus: outcome.status, lastError: outcome.error },
    });
    if (!outcome.ok) throw new Error(outcome.error);
  }

  private async markDead(deliveryId: string, reason: string): Promise<void> {
    await this.prisma.webhookDelivery
      .updateMany({ where: { id: deliveryId, status: 'pending' }, data: { status: 'dead', lastError: reason.slice(0, 1_000) } })
      .catch((error: Error) => this.logger.warn(`could not mark delivery ${deliveryId} dead: ${error.message}`));
  }
}

async function targetRefusal(url: string): Promise<string | null> {
  const byUrl = webhookUrlRefusal(url, webhookPolicy);
  if (byUrl) return byUrl;
  const host = webhookHost(new URL(url));
  if (isIP(host) !== 0) return null;
  // A name that does not resolve now fails the try below like any network error, and is retried.
  const addresses = await lookup(host, { all: true }).catch(() => []);
  // Checked before the request, not pinned to it: a name re-resolved in between (DNS rebinding) is not caught here.
  return webhookAddressRefusal(host, addresses.map((a) => a.address), webhookPolicy);
}

async function post(url: string, secret: string, deliveryId: string, message: FeedMessage): Promise<Outcome> {
  const body = JSON.stringify(message);
  // Real time, not the service clock: the receiver checks the stamp's freshness against its own clock.
  // eslint-disable-next-line no-restricted-syntax -- a transport stamp, in real time (see above)
  const timestamp = Math.floor(Date.now() / 1000);
  try {
    const response = await fetch(url, {
      method: 'POST',
      // A redirect is the receiver's misconfiguration, and following one would send the body elsewhere.
      redirect: 'manual',
      signal: AbortSignal.timeout(subscriptionSettings.WEBHOOK_TIMEOUT_MS),
      headers: {
        'content-type': 'application/json',
        'x-zc-delivery': deliveryId,
        'x-zc-seq': message.seq,
        'x-zc-timestamp': String(timestamp),
        'x-zc-signature': signWebhook(secret, timestamp, body),
      },
      body,
    });
    // Only the status counts; the receiver's body is not read.
    await response.body?.cancel().catch(() => undefined);
    return response.ok ? { ok: true, status: response.status } : { ok: false, status: response.status, error: `the receiver answered ${response.status}` };
  } catch (error) {
    return { ok: false, status: null, error: describeFailure(error) };
  }
}

function describeFailure(error: unknown): string {
  const failure = error as Error & { cause?: { code?: string; message?: string } };
  if (failure.name === 'TimeoutError') return `no answer within ${subscriptionSettings.WEBHOOK_TIMEOUT_MS} ms`;
  const cause = failure.cause?.code ?? failure.cause?.message;
  return (cause ? `${failure.message}: ${cause}` : failure.message).slice(0, 1_000);
}
