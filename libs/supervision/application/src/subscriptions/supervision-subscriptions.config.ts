import { z } from 'zod';
import { loadExtraConfig } from '@zc/platform';

const ms = (min: number, fallback: number) => z.coerce.number().int().min(min).default(fallback);

export const subscriptionSettings = loadExtraConfig(
  'supervision',
  z.object({
    /** How often the findings feed looks for new changes: bounds how late a live stream is. */
    FINDINGS_FEED_POLL_MS: ms(10, 200),
    /** Tries of one webhook delivery before it is dead (a replay starts it again). */
    WEBHOOK_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(6),
    /** First wait between tries; each next wait doubles. */
    WEBHOOK_BACKOFF_MS: ms(10, 1_000),
    /** How long one try waits for the receiver's answer. */
    WEBHOOK_TIMEOUT_MS: ms(100, 5_000),
    /** A comment line on an idle live stream, so proxies and clients keep it open. */
    SSE_HEARTBEAT_MS: ms(100, 15_000),
  }),
);
