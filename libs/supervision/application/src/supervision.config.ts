import { z } from 'zod';
import { loadExtraConfig } from '@zc/platform';

export const supervisionSettings = loadExtraConfig(
  'supervision',
  z.object({
    /** How long rules that compare events across topics wait for events that raced them (ms). */
    SUPERVISION_GRACE_MS: z.coerce.number().int().min(0).default(30_000),
  }),
);
