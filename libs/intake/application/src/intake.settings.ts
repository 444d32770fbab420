import path from 'node:path';
import { z } from 'zod';
import { createBlobStore, loadExtraConfig } from '@zc/platform';

export interface IntakeSettings {
  /** How often overdue corrections and fees are looked for. */
  overdueSweepMs: number;
  /** Where evidence files are kept (content-addressed: local disk or an S3-compatible bucket), and the largest one accepted. */
  evidenceStore: Parameters<typeof createBlobStore>[0];
  evidenceMaxBytes: number;
  /** How often stored files no evidence record refers to are removed, once older than the grace. */
  evidenceOrphanSweepMs: number;
  evidenceOrphanGraceMs: number;
}

export const INTAKE_SETTINGS = Symbol('INTAKE_SETTINGS');

export function loadIntakeSettings(): IntakeSettings {
  const env = loadExtraConfig(
    'intake',
    z.object({
      OVERDUE_SWEEP_MS: z.coerce.number().int().min(100).default(60_000),
      EVIDENCE_DIR: z.string().min(1).default(path.join(process.cwd(), '.cache', 'evidence')),
      EVIDENCE_MAX_BYTES: z.coerce.number().int().min(1_024).default(20 * 1024 * 1024),
      EVIDENCE_STORE: z.enum(['local', 's3']).default('local'),
      EVIDENCE_ORPHAN_SWEEP_MS: z.coerce.number().int().min(100).default(3_600_000),
      /** Longer than any upload takes from storing its file to committing its record. */
      EVIDENCE_ORPHAN_GRACE_MS: z.coerce.number().int().min(0).default(3_600_000),
      S3_ENDPOINT: z.url().optional(),
      S3_REGION: z.string().default('us-east-1'),
      S3_BUCKET: z.string().default('zhicheng-evidence'),
      S3_ACCESS_KEY_ID: z.string().default(''),
      S3_SECRET_ACCESS_KEY: z.string().default(''),
      S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('true'),
    }),
  );
  return {
    overdueSweepMs: env.OVERDUE_SWEEP_MS,
    evidenceMaxBytes: env.EVIDENCE_MAX_BYTES,
    evidenceOrphanSweepMs: env.EVIDENCE_ORPHAN_SWEEP_MS,
    evidenceOrphanGraceMs: env.EVIDENCE_ORPHAN_GRACE_MS,
    evidenceStore: {
      driver: env.EVIDENCE_STORE,
      dir: env.EVIDENCE_DIR,
      s3: {
        endpoint: env.S3_ENDPOINT,
        region: env.S3_REGION,
        bucket: env.S3_BUCKET,
        accessKeyId: env.S3_ACCESS_KEY_ID,
        secretAccessKey: env.S3_SECRET_ACCESS_KEY,
        forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
      },
    },
  };
}
