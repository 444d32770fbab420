import { z } from 'zod';
import { loadExtraConfig } from '@zc/platform';

export const publicitySettings = loadExtraConfig(
  'publicity',
  z.object({
    /** Window length until plans give it in working days; short in tests and demos. */
    PUBLICITY_WINDOW_MS: z.coerce.number().int().min(0).default(10_000),
  }),
);
