import { createHmac, timingSafeEqual } from 'node:crypto';

const SCHEME = 'sha256=';

/**
 * The `x-zc-signature` of a webhook body: HMAC-SHA256 over `<timestamp>.<body>` with the
 * subscription's secret. The timestamp is signed too, so an old request cannot be replayed as new.
 */
export function signWebhook(secret: string, timestamp: number | string, body: string): string {
  return `${SCHEME}${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * What a receiver checks: the signature matches (compared in constant time, so its timing leaks
 * nothing of the expected value) and the timestamp is within `toleranceSeconds` of `now`.
 */
export function verifyWebhookSignature(
  secret: string,
  timestamp: string | number,
  body: string,
  header: string | undefined | null,
  toleranceSeconds: number,
  now: Date,
): boolean {
  const stamp = String(timestamp);
  if (!/^\d{1,12}$/.test(stamp) || typeof header !== 'string') return false;
  if (Math.abs(Math.floor(now.getTime() / 1000) - Number(stamp)) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, stamp, body));
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
