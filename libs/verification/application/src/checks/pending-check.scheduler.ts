import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Job } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { FEED_SOURCES, type FeedSourceName } from '@zc/contracts';
import { Clock, JobQueue, RedisConnection } from '@zc/platform';
import { AgencyQueryClient, AgencyUnavailableError, VerificationPrisma } from '@zc/verification/data-access';
import { checksReading, feedOfCheck } from '@zc/verification/domain';
import { ConcludeSettledDeclarationsCommand } from '../conclude-verification/conclude-settled-declarations.command';
import { ReceiveFeedRecordsCommand } from '../feed-records/receive-feed-records.command';
import { agencyQueryUrl, verificationSettings as settings } from '../verification.config';
import type { PendingCheck } from './check-runner';
import { TimeOutCheckCommand } from './time-out-check.command';

const TIMEOUT_QUEUE = 'verification-check-timeout';
const PULL_QUEUE = 'verification-agency-pull';
type TimeoutJob = { checkId: string } | { sweep: true };
type PullJob = { source: FeedSourceName; idNumber: string };

/**
 * What happens to a pending check while it waits, both as BullMQ jobs kept in Redis:
 * - at the plan's timeout it goes to manual review (job id = check id, so scheduling twice is harmless);
 * - where the agency runs a query service, the person's records are pulled from it, retried with
 *   backoff while the agency is down or has nothing yet (job id = source and person).
 * At start-up and then every sweep period, every pending check is scheduled again: in case the
 * process died or Redis was away between commit and scheduling, and to ask the agency again about
 * data it did not have; and any declaration whose checks all settled without a verdict is concluded.
 */
@Injectable()
export class PendingCheckScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PendingCheckScheduler.name);
  private readonly timeouts: JobQueue<TimeoutJob>;
  private readonly pulls: JobQueue<PullJob>;
  private readonly agencies = new Map<FeedSourceName, AgencyQueryClient>();

  constructor(
    redis: RedisConnection,
    private readonly prisma: VerificationPrisma,
    private readonly timeOut: TimeOutCheckCommand,
    private readonly receive: ReceiveFeedRecordsCommand,
    private readonly concludeSettled: ConcludeSettledDeclarationsCommand,
    private readonly clock: Clock,
  ) {
    this.timeouts = new JobQueue<TimeoutJob>(redis, TIMEOUT_QUEUE, (job) => this.onTimeout(job));
    this.pulls = new JobQueue<PullJob>(redis, PULL_QUEUE, (job) => this.onPull(job), { concurrency: 4 });
    for (const source of FEED_SOURCES) {
      const baseUrl = agencyQueryUrl(source);
      if (!baseUrl) continue;
      this.agencies.set(
        source,
        new AgencyQueryClient(source, {
          baseUrl,
          timeoutMs: settings.AGENCY_TIMEOUT_MS,
          attempts: settings.AGENCY_ATTEMPTS,
          initialBackoffMs: settings.AGENCY_BACKOFF_MS,
          maxBackoffMs: settings.AGENCY_MAX_BACKOFF_MS,
          breakerThreshold: settings.AGENCY_BREAKER_THRESHOLD,
          breakerHalfOpenAfterMs: settings.AGENCY_BREAKER_HALF_OPEN_MS,
        }),
      );
    }
  }

  /**
   * Called after the transaction that left these checks pending has committed. Never throws: the
   * state is committed, and a check that could not be scheduled now is by the next sweep.
   */
  async track(pending: readonly PendingCheck[]): Promise<void> {
    for (const check of pending) {
      await this.schedule(check).catch((error: Error) => this.logger.warn(`could not schedule check ${check.id} now (the next sweep will): ${error.message}`));
    }
  }

  private async schedule(check: PendingCheck): Promise<void> {
    await this.timeouts.add({ checkId: check.id }, {
      jobId: check.id,
      // The timeout is on the service clock; Redis counts the delay in real time from now.
      delay: Math.max(0, check.timesOutAt.getTime() - this.clock.now().getTime()),
      attempts: 10,
      backoff: { type: 'exponential', delay: 500 },
      removeOnComplete: true,
      removeOnFail: false,
    });
    const source = feedOfCheck(check.check);
    if (!this.agencies.has(source)) return;
    await this.pulls.add({ source, idNumber: check.idNumber }, {
      jobId: `${source}-${check.idNumber}`, // BullMQ ids may not contain ':'
      attempts: settings.AGENCY_PULL_ATTEMPTS,
      backoff: { type: 'exponential', delay: settings.AGENCY_PULL_BACKOFF_MS },
      removeOnComplete: true,
      removeOnFail: true,
    });
  }

  agencyBreakerStates(): Record<string, string> {
    return Object.fromEntries([...this.agencies].map(([source, client]) => [source, client.breakerState()]));
  }

  async onApplicationBootstrap(): Promise<void> {
    const pending = await this.trackAllPending();
    await this.concludeSettled.execute();
    await this.timeouts.repeatEvery(settings.VERIFICATION_SWEEP_MS, { sweep: true });
    this.timeouts.start();
    this.pulls.start();
    this.logger.log(`${pending} pending checks scheduled; agency query services: ${[...this.agencies.keys()].join(', ') || 'none'}`);
  }

  private async trackAllPending(): Promise<number> {
    const pending = await this.prisma.checkResult.findMany({ where: { status: 'pending', timesOutAt: { not: null } }, select: { id: true, check: true, idNumber: true, timesOutAt: true } });
    await this.track(pending.map((p) => ({ ...p, timesOutAt: p.timesOutAt as Date })));
    return pending.length;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.timeouts.close(), this.pulls.close()]);
  }

  private async onTimeout(job: Job<TimeoutJob>): Promise<void> {
    if ('sweep' in job.data) {
      await this.trackAllPending();
      await this.concludeSettled.execute();
      return;
    }
    const result = await this.timeOut.execute(job.data.checkId);
    // A job that fires a little early (clock skew between Redis and us) is retried by backoff.
    if (result === 'not-due') throw new Error(`check ${job.data.checkId} is not due yet`);
  }

  /** Asks the agency for the person's records; a failure or an empty answer is retried with backoff. */
  private async onPull(job: Job<PullJob>): Promise<void> {
    const { source, idNumber } = job.data;
    const agency = this.agencies.get(source);
    if (!agency) return;
    const stillWaiting = await this.prisma.checkResult.count({ where: { status: 'pending', idNumber, check: { in: checksReading(source) } } });
    if (stillWaiting === 0) return;
    try {
      const { records, attempts } = await agency.recordsFor(idNumber);
      if (records.length === 0) throw new Error(`the ${source} query service has no records for this person yet`);
      const batchId = `pull:${source}:${randomUUID()}`;
      const report = await this.receive.execute(source, 'pull', batchId, records.map((fields, i) => ({ ref: `records.${i}`, fields })), { allOrNothing: false, correlationId: batchId });
      this.logger.log(`pulled ${report.rowsRead} ${source} records (${report.rowsAccepted} new, ${report.rowsRejected} rejected) in ${attempts} HTTP attempts`);
    } catch (error) {
      if (error instanceof AgencyUnavailableError) this.logger.warn(`${source} query service unavailable (${error.failure}); breaker ${agency.breakerState()}`);
      throw error;
    }
  }
}
