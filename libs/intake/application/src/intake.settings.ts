import path from 'node:path';
import { z } from 'zod';
import { loadExtraConfig } from '@zc/platform';

export interface IntakeSettings {
  /** How often overdue corrections and fees are looked for. */
  overdueSweepMs: number;
  /** Where evidence files are kept (content-addressed), and the largest one accepted. */
  evidenceDir: string;
  evidenceMaxBytes: number;
}

export const INTAKE_SETTINGS = Symbol('INTAKE_SETTINGS');

export function loadIntakeSettings(): IntakeSettings {
  const env = loadExtraConfig(
    'intake',
    z.object({
      OVERDUE_SWEEP_MS: z.coerce.number().int().min(100).default(60_000),
      EVIDENCE_DIR: z.string().min(1).default(path.join(process.cwd(), '.cache', 'evidence')),
      EVIDENCE_MAX_BYTES: z.coerce.number().int().min(1_024).default(20 * 1024 * 1024),
    }),
  );
  return { overdueSweepMs: env.OVERDUE_SWEEP_MS, evidenceDir: env.EVIDENCE_DIR, evidenceMaxBytes: env.EVIDENCE_MAX_BYTES };
}
