import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Job } from 'bullmq';
import { CertificatePrisma } from '@zc/certificate/data-access';
import { JobQueue, RedisConnection } from '@zc/platform';
import { certificateSettings } from '../certificate.config';
import { RenderDocumentsCommand } from './render-documents.command';

const QUEUE = 'certificate-render-documents';
type RenderJob = { certificateId: string };

/**
 * Renders each certificate's PDFs in a BullMQ job, off the event consumer's path: PDF work is
 * CPU-heavy and must not hold up issuing. The job id is the certificate id, so enqueuing twice is
 * harmless; at start-up every certificate still without its documents is enqueued again, in
 * case the process died between issuing and enqueuing.
 */
@Injectable()
export class DocumentRendering implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DocumentRendering.name);
  private readonly jobs: JobQueue<RenderJob>;

  constructor(
    redis: RedisConnection,
    private readonly prisma: CertificatePrisma,
    private readonly render: RenderDocumentsCommand,
  ) {
    this.jobs = new JobQueue<RenderJob>(redis, QUEUE, (job) => this.process(job), {
      concurrency: certificateSettings.CERTIFICATE_RENDER_CONCURRENCY,
      describe: (job) => `rendering the documents of ${job.data.certificateId}`,
    });
  }

  async enqueue(certificateId: string): Promise<void> {
    await this.jobs.add({ certificateId }, { jobId: certificateId, attempts: 8, backoff: { type: 'exponential', delay: 500 }, removeOnComplete: true, removeOnFail: false });
  }

  async onApplicationBootstrap(): Promise<void> {
    const missing = await this.prisma.$queryRawUnsafe<{ id: string }[]>(
      `SELECT c.id FROM "Certificate" c WHERE (SELECT count(*) FROM "CertificateDocument" d WHERE d."certificateId" = c.id) < 2`,
    );
    for (const { id } of missing) await this.enqueue(id);
    this.jobs.start();
    this.logger.log(`document rendering running; ${missing.length} certificates waiting for their documents`);
  }

  onApplicationShutdown(): Promise<void> {
    return this.jobs.close();
  }

  private process(job: Job<RenderJob>): Promise<void> {
    return this.render.execute(job.data.certificateId);
  }
}
