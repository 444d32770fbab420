import { z } from 'zod';
import { loadExtraConfig } from '@zc/platform';
import { parseAllowedHosts, type WebhookPolicy } from '@zc/supervision/domain';

const ms = (min: number, fallback: number) => z.coerce.number().int().min(min).default(fallback);

export const subscriptionSettings = loadExtraConfig(
  'supervision',
  z.object({
    /**
     * How often the findings feed looks for changes committed by other instances (this one's own
     * are read as soon as they commit): bounds how late their findings reach this one's live streams.
     */
    FINDINGS_FEED_POLL_MS: ms(10, 1_000),
    /** Tries of one webhook delivery before it is dead (a replay starts it again). */
    WEBHOOK_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(6),
    /** First wait between tries; each next wait doubles. */
    WEBHOOK_BACKOFF_MS: ms(10, 1_000),
    /** How long one try waits for the receiver's answer. */
    WEBHOOK_TIMEOUT_MS: ms(100, 5_000),
    /**
     * Webhook receivers the bureau vouches for, comma-separated (`hooks.bureau.gov.cn,*.intranet`):
     * then only these. Unset: any host whose addresses are all public (no loopback, intranet or
     * metadata address: an inspector's URL must not reach inside the network).
     */
    WEBHOOK_ALLOWED_HOSTS: z.string().default(''),
    /** Plain http refused; on by default in production. */
    WEBHOOK_REQUIRE_HTTPS: z.stringbool().default(process.env['NODE_ENV'] === 'production'),
    /** A comment line on an idle live stream, so proxies and clients keep it open. */
    SSE_HEARTBEAT_MS: ms(100, 15_000),
  }),
);

export const webhookPolicy: WebhookPolicy = {
  allowedHosts: parseAllowedHosts(subscriptionSettings.WEBHOOK_ALLOWED_HOSTS),
  requireHttps: subscriptionSettings.WEBHOOK_REQUIRE_HTTPS,
};
