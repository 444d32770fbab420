import { z } from 'zod';
import type { FeedSourceName } from '@zc/contracts';
import { loadExtraConfig } from '@zc/platform';

const url = z.url().optional();

/**
 * Where each agency's query service is (unset: that feed is not pulled, only received), and how
 * patiently it is asked. The checks' own figures (months, hours, years, timeout) are plan data.
 */
export const verificationSettings = loadExtraConfig(
  'verification',
  z.object({
    FEED_SOCIAL_SECURITY_QUERY_URL: url,
    FEED_CONTINUING_EDUCATION_QUERY_URL: url,
    FEED_DEGREE_QUERY_URL: url,
    /** One HTTP attempt. */
    AGENCY_TIMEOUT_MS: z.coerce.number().int().positive().default(5_000),
    AGENCY_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(3),
    AGENCY_BACKOFF_MS: z.coerce.number().int().positive().default(500),
    AGENCY_MAX_BACKOFF_MS: z.coerce.number().int().positive().default(5_000),
    AGENCY_BREAKER_THRESHOLD: z.coerce.number().int().min(1).default(5),
    AGENCY_BREAKER_HALF_OPEN_MS: z.coerce.number().int().positive().default(30_000),
    /** A pull that fails or finds nothing yet is tried again by BullMQ this many times, backing off. */
    AGENCY_PULL_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
    AGENCY_PULL_BACKOFF_MS: z.coerce.number().int().positive().default(2_000),
    /** How often every pending check is scheduled again (timeouts and pulls). */
    VERIFICATION_SWEEP_MS: z.coerce.number().int().min(1_000).default(60_000),
  }),
);

export function agencyQueryUrl(source: FeedSourceName): string | undefined {
  const key = `FEED_${source.toUpperCase().replace(/-/g, '_')}_QUERY_URL` as 'FEED_DEGREE_QUERY_URL';
  return verificationSettings[key];
}

