import { z } from 'zod';
import { loadExtraConfig } from '@zc/platform';

export interface IntakeSettings {
  /** How often overdue corrections and fees are looked for. */
  overdueSweepMs: number;
}

export const INTAKE_SETTINGS = Symbol('INTAKE_SETTINGS');

export function loadIntakeSettings(): IntakeSettings {
  const env = loadExtraConfig('intake', z.object({ OVERDUE_SWEEP_MS: z.coerce.number().int().min(100).default(60_000) }));
  return { overdueSweepMs: env.OVERDUE_SWEEP_MS };
}
