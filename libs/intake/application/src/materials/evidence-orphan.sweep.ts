import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { IntakePrisma } from '@zc/intake/data-access';
import { createBlobStore, JobQueue, RedisConnection, removeOrphans, type BlobStore } from '@zc/platform';
import { INTAKE_SETTINGS, type IntakeSettings } from '../intake.settings';

const QUEUE = 'intake-evidence-orphans';

/**
 * Removes stored evidence files that no evidence record refers to (an upload whose record was
 * never committed, or a part replaced by another file), once they are older than the grace, so
 * that abandoned uploads do not fill the store. Runs once per interval across the instances.
 */
@Injectable()
export class EvidenceOrphanSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(EvidenceOrphanSweep.name);
  private readonly jobs: JobQueue;
  private readonly store: BlobStore;

  constructor(
    redis: RedisConnection,
    private readonly prisma: IntakePrisma,
    @Inject(INTAKE_SETTINGS) private readonly settings: IntakeSettings,
  ) {
    this.store = createBlobStore(settings.evidenceStore);
    this.jobs = new JobQueue(redis, QUEUE, () => this.sweep());
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.repeatEvery(this.settings.evidenceOrphanSweepMs, {});
    this.jobs.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.jobs.close();
  }

  async sweep(): Promise<number> {
    const removed = await removeOrphans(this.store, this.settings.evidenceOrphanGraceMs, async (sha256) => (await this.prisma.evidence.findFirst({ where: { sha256 }, select: { id: true } })) !== null);
    if (removed > 0) this.logger.log(`removed ${removed} evidence files no record refers to`);
    return removed;
  }
}
