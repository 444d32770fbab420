import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Clock, JobQueue, RedisConnection } from '@zc/platform';
import { SupervisionPrisma } from '@zc/supervision/data-access';
import { AnchorFile, signAnchor } from '@zc/supervision/domain';
import { supervisionSettings } from '../supervision.config';

const QUEUE = 'supervision-audit-anchor';

/**
 * Signs the audit chain's head (SM2) and appends it to the anchor file outside the database, at a
 * fixed interval and only when the head moved, once per interval whichever instance runs it
 * (R-SV-4). A head behind the last anchor is a cut chain: it is never anchored over, only logged.
 */
@Injectable()
export class AuditAnchorScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AuditAnchorScheduler.name);
  private readonly jobs: JobQueue;
  readonly anchors = new AnchorFile(supervisionSettings.AUDIT_ANCHOR_FILE);

  constructor(
    redis: RedisConnection,
    private readonly prisma: SupervisionPrisma,
    private readonly clock: Clock,
  ) {
    this.jobs = new JobQueue(redis, QUEUE, () => this.anchorHead());
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.repeatEvery(supervisionSettings.AUDIT_ANCHOR_INTERVAL_MS, {});
    this.jobs.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.jobs.close();
  }

  async anchorHead(): Promise<void> {
    const head = await this.prisma.auditRecord.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true, hash: true } });
    if (!head) return;
    const latest = this.anchors.latest();
    if (latest && BigInt(latest.seq) >= head.seq) {
      if (BigInt(latest.seq) > head.seq) this.logger.error(`the audit chain ends at seq ${head.seq} but seq ${latest.seq} was anchored at ${latest.at}: records were cut off`);
      return;
    }
    const keys = { privateKey: supervisionSettings.AUDIT_SM2_PRIVATE_KEY, publicKey: supervisionSettings.AUDIT_SM2_PUBLIC_KEY };
    this.anchors.append(signAnchor(head, this.clock.now(), keys));
  }
}
