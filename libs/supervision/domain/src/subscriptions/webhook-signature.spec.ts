import { createHmac } from 'node:crypto';
import { signWebhook, verifyWebhookSignature } from './webhook-signature';

const secret = 'a-secret-of-sixteen-or-more';
const body = JSON.stringify({ seq: '7', change: 'raised', finding: { id: 'f-1' } });
const timestamp = 1_790_000_000;
const now = new Date(timestamp * 1000 + 30_000);

describe('webhook signatures', () => {
  it('is the hex HMAC-SHA256 of "<timestamp>.<body>"', () => {
    const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
    expect(signWebhook(secret, timestamp, body)).toBe(`sha256=${expected}`);
  });

  it('verifies its own signature within the tolerance', () => {
    expect(verifyWebhookSignature(secret, String(timestamp), body, signWebhook(secret, timestamp, body), 300, now)).toBe(true);
  });

  it.each([
    ['another secret', 'another-secret-of-sixteen', body, timestamp],
    ['a changed body', secret, body.replace('7', '8'), timestamp],
    ['another timestamp', secret, body, timestamp + 1],
  ])('refuses %s', (_case, signingSecret, signedBody, signedAt) => {
    const header = signWebhook(signingSecret, signedAt, signedBody);
    expect(verifyWebhookSignature(secret, String(timestamp), body, header, 300, now)).toBe(false);
  });

  it('refuses a stale or future timestamp, so a captured request cannot be replayed later', () => {
    const header = signWebhook(secret, timestamp, body);
    expect(verifyWebhookSignature(secret, timestamp, body, header, 300, new Date((timestamp + 301) * 1000))).toBe(false);
    expect(verifyWebhookSignature(secret, timestamp, body, header, 300, new Date((timestamp - 301) * 1000))).toBe(false);
  });

  it.each([[undefined], [null], [''], ['sha256='], ['sha256=zz'], [signWebhook(secret, timestamp, body).toUpperCase()]])('refuses a malformed header %j', (header) => {
    expect(verifyWebhookSignature(secret, timestamp, body, header, 300, now)).toBe(false);
  });

  it('refuses a timestamp that is not unix seconds', () => {
    const header = signWebhook(secret, '17e8', body);
    expect(verifyWebhookSignature(secret, '17e8', body, header, 300, now)).toBe(false);
  });
});
