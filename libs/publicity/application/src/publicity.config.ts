import { z } from 'zod';
import { loadExtraConfig } from '@zc/platform';

export const publicitySettings = loadExtraConfig(
  'publicity',
  z.object({
    /** 0: the plan's working days (R-PB-1). Tests and demos set a short window in milliseconds. */
    PUBLICITY_WINDOW_MS: z.coerce.number().int().min(0).default(0),
    /** How often overdue result reports and filings are looked for (R-PB-4). */
    PUBLICITY_SWEEP_MS: z.coerce.number().int().min(100).default(60_000),
    /** Objections a client address may file an hour (R-PB-2 asks for a real name behind each, not a flood). */
    OBJECTIONS_PER_HOUR: z.coerce.number().int().min(1).default(10),
  }),
);
