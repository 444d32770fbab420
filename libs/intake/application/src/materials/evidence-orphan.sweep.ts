import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { IntakePrisma } from '@zc/intake/data-access';
import { createBlobStore, JobQueue, RedisConnection, type BlobStore } from '@zc/platform';
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
    // Files are dated by the store's real clock, not the platform clock tests and demos move.
    // eslint-disable-next-line no-restricted-syntax
    const before = Date.now() - this.settings.evidenceOrphanGraceMs;
    let removed = 0;
    for await (const file of this.store.list()) {
      if (file.storedAt.getTime() > before) continue;
      if (await this.prisma.evidence.findFirst({ where: { sha256: file.sha256 }, select: { id: true } })) continue;
      await this.store.remove(file.sha256);
      removed += 1;
    }
    if (removed > 0) this.logger.log(`removed ${removed} evidence files no record refers to`);
    return removed;
  }
}
