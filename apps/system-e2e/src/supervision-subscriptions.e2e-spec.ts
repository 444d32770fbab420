import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CommitteeAuthorityLost, CommitteeRegistered, createEvent, Topics } from '@zc/contracts';
import { produceRaw } from '@zc/messaging/testing';
import type { Principal } from '@zc/platform';
import { ApiClient, RunningSystem, tokenFor, waitFor } from '@zc/testing';
import { closeQueries, query, TEST_KAFKA, TEST_SYSTEM } from './support/test-system';

const inspectorA: Principal = { sub: 'inspector-a', roles: ['inspector'], scope: { region: 'tianjin' } };
const inspectorB: Principal = { sub: 'inspector-b', roles: ['inspector'], scope: { region: 'beijing' } };
const inspectorWithoutRegion: Principal = { sub: 'inspector-nowhere', roles: ['inspector'], scope: {} };

interface FindingMessage {
  seq: string;
  change: string;
  finding: { id: string; ruleId: string; region: string | null; committee: string | null; evidence: string[] };
}

interface Delivery {
  id: string;
  seq: string;
  status: 'pending' | 'delivered' | 'dead';
  attempts: number;
  lastStatus: number | null;
}

/** A live stream read as a browser's EventSource would: frames parsed as they arrive, each timed. */
class FindingStream {
  readonly frames: { id: string; event: string; message: FindingMessage; receivedAt: number }[] = [];
  private readonly abort = new AbortController();

  static async open(url: string, principal: Principal, lastEventId?: string): Promise<{ status: number; stream?: FindingStream }> {
    const stream = new FindingStream();
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${tokenFor(principal)}`, accept: 'text/event-stream', ...(lastEventId ? { 'last-event-id': lastEventId } : {}) },
      signal: stream.abort.signal,
    });
    if (response.status !== 200 || !response.body) {
      await response.body?.cancel();
      return { status: response.status };
    }
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    void stream.read(response.body);
    return { status: 200, stream };
  }

  of(committee: string) {
    return this.frames.find((frame) => frame.message.finding.committee === committee);
  }

  committees(): (string | null)[] {
    return this.frames.map((frame) => frame.message.finding.committee);
  }

  close(): void {
    this.abort.abort();
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffered = '';
    try {
      for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
        buffered += decoder.decode(chunk, { stream: true });
        for (let end = buffered.indexOf('\n\n'); end >= 0; end = buffered.indexOf('\n\n')) {
          this.take(buffered.slice(0, end));
          buffered = buffered.slice(end + 2);
        }
      }
    } catch {
      // closed by the test
    }
  }

  private take(block: string): void {
    const fields = new Map<string, string>();
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) continue; // a comment: heartbeat
      const colon = line.indexOf(':');
      fields.set(line.slice(0, colon), line.slice(colon + 1).replace(/^ /, ''));
    }
    const data = fields.get('data');
    if (data !== undefined) this.frames.push({ id: fields.get('id') ?? '', event: fields.get('event') ?? 'message', message: JSON.parse(data) as FindingMessage, receivedAt: Date.now() });
  }
}

/** A webhook receiver: records every request, and answers 500 to the first `n` on a path when told. */
class WebhookReceiver {
  readonly requests: { path: string; headers: IncomingHttpHeaders; body: string }[] = [];
  private readonly failuresLeft = new Map<string, number>();
  private server: Server | undefined;

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      let body = '';
      request.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      request.on('end', () => {
        const path = request.url ?? '/';
        this.requests.push({ path, headers: request.headers, body });
        const left = this.failuresLeft.get(path) ?? 0;
        if (left > 0) this.failuresLeft.set(path, left - 1);
        response.writeHead(left > 0 ? 500 : 204).end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return this;
  }

  url(path: string): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}${path}`;
  }

  failFirst(path: string, n: number): void {
    this.failuresLeft.set(path, n);
  }

  on(path: string) {
    return this.requests.filter((request) => request.path === path);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/**
 * The receiver's side of the signature, written here from the documented format rather than
 * imported: system tests see supervision only from outside, as a receiver would.
 */
function signatureVerifies(secret: string, headers: IncomingHttpHeaders, body: string, toleranceSeconds = 300): boolean {
  const timestamp = String(headers['x-zc-timestamp']);
  const given = Buffer.from(String(headers['x-zc-signature']));
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`);
  const fresh = /^\d+$/.test(timestamp) && Math.abs(Date.now() / 1000 - Number(timestamp)) <= toleranceSeconds;
  return fresh && given.length === expected.length && timingSafeEqual(given, expected);
}

describe('finding subscriptions: live streams and webhooks, each inspector in their own region', () => {
  const system = new RunningSystem(TEST_SYSTEM, { services: ['supervision'], env: { supervision: { WEBHOOK_ATTEMPTS: '3', WEBHOOK_BACKOFF_MS: '100' } } });
  const receiver = new WebhookReceiver();
  const openStreams: FindingStream[] = [];
  const run = randomUUID().slice(0, 8);
  let committeeCount = 0;

  const api = (principal: Principal) => new ApiClient(system.url('supervision')).as(principal);
  const streamUrl = (query = '') => `${system.url('supervision')}/findings/stream${query}`;
  const freshCommittee = (label: string) => `SUB-${label}-${run}-${(committeeCount += 1)}`;

  async function openStream(principal: Principal, query = '', lastEventId?: string): Promise<FindingStream> {
    const opened = await FindingStream.open(streamUrl(query), principal, lastEventId);
    expect(opened.status).toBe(200);
    openStreams.push(opened.stream!);
    return opened.stream!;
  }

  /** Tells supervision the committee's region, and waits until supervision has taken it in. */
  async function registerCommittee(committeeId: string, region: string): Promise<void> {
    const registered = createEvent(CommitteeRegistered, committeeId, { committeeId, name: `committee ${committeeId}`, type: 'socialised', region, filingNumber: `F-${committeeId}`, filedUntil: '2035-12-31' }, { source: 'committee', correlationId: committeeId });
    await produceRaw(TEST_KAFKA, Topics.committeeReview, [{ key: committeeId, value: JSON.stringify(registered) }]);
    await waitFor(`supervision to record ${committeeId}`, async () => (await query('supervision', 'SELECT 1 FROM "TimelineEntry" WHERE "eventId" = $1', [registered.id])).length === 1, { timeoutMs: 30_000, intervalMs: 50 });
  }

  /** R-CM-8: the committee lost its authority; supervision raises a finding at once. */
  async function loseAuthority(committeeId: string): Promise<{ eventId: string; producedAt: number }> {
    const lost = createEvent(CommitteeAuthorityLost, committeeId, { committeeId, barredUntil: '2027-01-01', reason: 'a review plan lapsed at the deadline', lapsedReviewPlans: [] }, { source: 'committee', correlationId: committeeId });
    await produceRaw(TEST_KAFKA, Topics.committeeReview, [{ key: committeeId, value: JSON.stringify(lost) }]);
    return { eventId: lost.id, producedAt: Date.now() };
  }

  async function raiseFinding(label: string, region: string): Promise<string> {
    const committeeId = freshCommittee(label);
    await registerCommittee(committeeId, region);
    await loseAuthority(committeeId);
    return committeeId;
  }

  async function findingSeq(committeeId: string): Promise<string> {
    return waitFor(`the finding about ${committeeId}`, async () => {
      const rows = await query<{ seq: string }>('supervision', `SELECT c.seq::text AS seq FROM "FindingChange" c JOIN "Finding" f ON f.id = c."findingId" WHERE f.committee = $1 AND f."ruleId" = 'R-CM-8' AND c.change = 'raised'`, [committeeId]);
      return rows[0]?.seq;
    });
  }

  async function deliveries(principal: Principal, subscriptionId: string, status?: Delivery['status']) {
    const response = await api(principal).get<Delivery[]>(`/subscriptions/${subscriptionId}/deliveries${status ? `?status=${status}` : ''}`);
    expect(response.status).toBe(200);
    return response.body;
  }

  async function subscribeWebhook(path: string, committeeId: string, secret?: string): Promise<{ id: string; secret?: string }> {
    const created = await api(inspectorA).post<{ id: string; secret?: string }>('/subscriptions', { delivery: 'webhook', url: receiver.url(path), filters: { committees: [committeeId], ruleIds: ['R-CM-8'] }, ...(secret ? { secret } : {}) });
    expect(created.status).toBe(201);
    return created.body;
  }

  beforeAll(async () => {
    await receiver.start();
    await system.start();
  });
  afterAll(async () => {
    openStreams.forEach((stream) => stream.close());
    await system.stop();
    await receiver.stop();
    await closeQueries();
  });

  describe('the live stream', () => {
    it('delivers a finding within a second of the event, only in its region, and resumes from the last event id without loss', async () => {
      const streamA = await openStream(inspectorA, '?ruleId=R-CM-8');
      const streamB = await openStream(inspectorB);

      // Not timed: connections and code paths warm up on the first finding.
      const warmUp = await raiseFinding('warm-up', 'tianjin');
      await waitFor('the first finding on the stream', () => streamA.of(warmUp), { timeoutMs: 30_000, intervalMs: 20 });

      const timed = freshCommittee('timed');
      await registerCommittee(timed, 'tianjin');
      const { eventId, producedAt } = await loseAuthority(timed);
      const frame = await waitFor('the finding on the live stream within a second', () => streamA.of(timed), { timeoutMs: 1_000, intervalMs: 5 });
      expect(frame.receivedAt - producedAt).toBeLessThanOrEqual(1_000);
      expect(frame.event).toBe('finding');
      expect(frame.id).toBe(frame.message.seq);
      expect(frame.message).toMatchObject({ change: 'raised', finding: { ruleId: 'R-CM-8', region: 'tianjin', committee: timed } });
      expect(frame.message.finding.evidence).toEqual([eventId]);

      // Beijing's finding is raised before Tianjin's next one: that one arriving while Beijing's
      // never did shows the region filter at work, not a slow feed.
      const inBeijing = await raiseFinding('beijing', 'beijing');
      const beijingSeq = await findingSeq(inBeijing);
      const later = await raiseFinding('later', 'tianjin');
      const laterFrame = await waitFor('the later Tianjin finding', () => streamA.of(later), { timeoutMs: 5_000, intervalMs: 20 });
      await waitFor('the Beijing finding on the Beijing stream', () => streamB.of(inBeijing), { timeoutMs: 5_000, intervalMs: 20 });
      expect(BigInt(laterFrame.id)).toBeGreaterThan(BigInt(beijingSeq));
      expect(streamA.of(inBeijing)).toBeUndefined();
      expect(streamA.frames.every((f) => f.message.finding.region === 'tianjin')).toBe(true);
      expect(streamB.frames.some((f) => f.message.finding.region !== 'beijing')).toBe(false);
      expect(streamA.committees()).toEqual([warmUp, timed, later]);

      const lastId = streamA.frames.at(-1)!.id;
      streamA.close();
      const missed = [await raiseFinding('missed-1', 'tianjin'), await raiseFinding('missed-2', 'tianjin')];
      for (const committee of missed) await findingSeq(committee);

      const resumed = await openStream(inspectorA, '?ruleId=R-CM-8', lastId);
      await waitFor('the missed findings after reconnecting', () => missed.every((committee) => resumed.of(committee)), { timeoutMs: 5_000, intervalMs: 20 });
      const afterResume = await raiseFinding('after-resume', 'tianjin');
      await waitFor('a live finding after the backlog', () => resumed.of(afterResume), { timeoutMs: 5_000, intervalMs: 20 });
      expect(resumed.committees()).toEqual([...missed, afterResume]);
      const ids = resumed.frames.map((f) => BigInt(f.id));
      expect(ids.every((id, i) => id > BigInt(lastId) && (i === 0 || id > ids[i - 1]!))).toBe(true);
    });

    it('applies a stream subscription of the inspector, and no one else may open it', async () => {
      const created = await api(inspectorA).post<{ id: string }>('/subscriptions', { delivery: 'stream', filters: { committees: [freshCommittee('placeholder')] } });
      expect(created.status).toBe(201);
      const wanted = freshCommittee('wanted');
      const own = await api(inspectorA).post<{ id: string }>('/subscriptions', { delivery: 'stream', filters: { committees: [wanted], severities: ['high'] } });
      const stream = await openStream(inspectorA, `?subscriptionId=${own.body.id}`);
      const unwanted = await raiseFinding('unwanted', 'tianjin');
      await findingSeq(unwanted); // committed first, so the stream has passed it when the wanted one comes
      await registerCommittee(wanted, 'tianjin');
      await loseAuthority(wanted);
      await waitFor('the subscribed committee on the stream', () => stream.of(wanted), { timeoutMs: 10_000, intervalMs: 20 });
      expect(stream.of(unwanted)).toBeUndefined();

      expect((await FindingStream.open(streamUrl(`?subscriptionId=${own.body.id}`), inspectorB)).status).toBe(403);
      expect((await api(inspectorA).request('DELETE', `/subscriptions/${created.body.id}`)).status).toBe(200);
      expect((await FindingStream.open(streamUrl(`?subscriptionId=${created.body.id}`), inspectorA)).status).toBe(403);
    });
  });

  describe('webhooks', () => {
    it('signs each delivery with the subscription secret over the timestamp and the body', async () => {
      const secret = `known-secret-${run}`;
      const committee = freshCommittee('signed');
      const subscription = await subscribeWebhook('/signed', committee, secret);
      expect(subscription.secret).toBeUndefined(); // a secret given is not echoed

      await registerCommittee(committee, 'tianjin');
      await loseAuthority(committee);
      const request = await waitFor('the signed delivery', () => receiver.on('/signed')[0], { timeoutMs: 15_000 });
      expect(request.headers['content-type']).toMatch(/^application\/json/);
      expect(signatureVerifies(secret, request.headers, request.body)).toBe(true);
      expect(signatureVerifies('another-secret-of-16+', request.headers, request.body)).toBe(false);
      expect(signatureVerifies(secret, request.headers, request.body.replace(committee, 'another'))).toBe(false);

      const body = JSON.parse(request.body) as FindingMessage;
      const seq = await findingSeq(committee);
      expect(body).toMatchObject({ seq, change: 'raised', finding: { ruleId: 'R-CM-8', region: 'tianjin', committee } });
      expect(request.headers['x-zc-seq']).toBe(seq);
      const [delivery] = await waitFor('the delivery marked delivered', async () => {
        const rows = await deliveries(inspectorA, subscription.id, 'delivered');
        return rows.length === 1 && rows;
      });
      expect(delivery).toMatchObject({ id: request.headers['x-zc-delivery'], seq, attempts: 1, lastStatus: 204 });
      expect(JSON.stringify((await api(inspectorA).get(`/subscriptions/${subscription.id}`)).body)).not.toContain(secret);
    });

    it('makes a secret when none is given and answers it once', async () => {
      const created = await api(inspectorA).post<{ id: string; secret?: string }>('/subscriptions', { delivery: 'webhook', url: receiver.url('/made-secret') });
      expect(created.status).toBe(201);
      expect(created.body.secret?.length).toBeGreaterThanOrEqual(16);
      const read = await api(inspectorA).get<Record<string, unknown>>(`/subscriptions/${created.body.id}`);
      expect(read.body).not.toHaveProperty('secret');
      const listed = await api(inspectorA).get<Record<string, unknown>[]>('/subscriptions');
      expect(listed.body.some((s) => 'secret' in s)).toBe(false);
    });

    it('retries a failing receiver with backoff until it answers', async () => {
      const committee = freshCommittee('retried');
      receiver.failFirst('/retried', 2);
      const subscription = await subscribeWebhook('/retried', committee);
      await registerCommittee(committee, 'tianjin');
      await loseAuthority(committee);

      const [delivered] = await waitFor('the delivery after two failures', async () => {
        const rows = await deliveries(inspectorA, subscription.id, 'delivered');
        return rows.length === 1 && rows;
      }, { timeoutMs: 15_000 });
      expect(delivered).toMatchObject({ attempts: 3, lastStatus: 204 });
      const tries = receiver.on('/retried');
      expect(tries).toHaveLength(3);
      expect(new Set(tries.map((t) => t.headers['x-zc-delivery']))).toEqual(new Set([delivered!.id]));
      expect(tries.every((t) => signatureVerifies(subscription.secret!, t.headers, t.body))).toBe(true);
    });

    it('dead-letters a delivery after the last attempt, and a replay from its seq delivers it', async () => {
      const committee = freshCommittee('dead');
      receiver.failFirst('/dead', 1_000);
      const subscription = await subscribeWebhook('/dead', committee);
      await registerCommittee(committee, 'tianjin');
      await loseAuthority(committee);
      const seq = await findingSeq(committee);

      const [dead] = await waitFor('the dead delivery', async () => {
        const rows = await deliveries(inspectorA, subscription.id, 'dead');
        return rows.length === 1 && rows;
      }, { timeoutMs: 15_000 });
      expect(dead).toMatchObject({ seq, attempts: 3, lastStatus: 500 });
      expect(receiver.on('/dead')).toHaveLength(3);
      const [row] = await query<{ status: string; lastError: string }>('supervision', 'SELECT status, "lastError" FROM "WebhookDelivery" WHERE id = $1', [dead!.id]);
      expect(row).toMatchObject({ status: 'dead', lastError: expect.stringContaining('500') });
      expect(await deliveries(inspectorA, subscription.id, 'pending')).toEqual([]);

      receiver.failFirst('/dead', 0);
      const replay = await api(inspectorA).post<{ queued: number }>(`/subscriptions/${subscription.id}/replay`, { fromSeq: seq });
      expect(replay.status).toBe(202);
      expect(replay.body.queued).toBe(1);
      const [delivered] = await waitFor('the replayed delivery', async () => {
        const rows = await deliveries(inspectorA, subscription.id, 'delivered');
        return rows.length === 1 && rows;
      }, { timeoutMs: 15_000 });
      expect(delivered).toMatchObject({ seq, attempts: 1, lastStatus: 204 });
      const replayed = receiver.on('/dead')[3]!;
      expect(replayed.headers['x-zc-seq']).toBe(seq);
      expect(signatureVerifies(subscription.secret!, replayed.headers, replayed.body)).toBe(true);
      expect(await deliveries(inspectorA, subscription.id, 'dead')).toEqual([]);
    });
  });

  describe('regions', () => {
    it("keeps one region's inspector out of another's subscriptions and deliveries", async () => {
      const subscription = await subscribeWebhook('/region', freshCommittee('region'));
      for (const [method, path, body] of [
        ['GET', `/subscriptions/${subscription.id}`],
        ['GET', `/subscriptions/${subscription.id}/deliveries`],
        ['GET', `/subscriptions/${subscription.id}/deliveries?status=dead`],
        ['POST', `/subscriptions/${subscription.id}/replay`, { fromSeq: 1 }],
        ['DELETE', `/subscriptions/${subscription.id}`],
      ] as const) {
        expect([method, path, (await api(inspectorB).request(method, path, body)).status]).toEqual([method, path, 403]);
      }
      const listed = await api(inspectorB).get<{ id: string }[]>('/subscriptions');
      expect(listed.body.some((s) => s.id === subscription.id)).toBe(false);
      expect((await api(inspectorA).get<{ active: boolean }>(`/subscriptions/${subscription.id}`)).body.active).toBe(true);
    });

    it('refuses a subscription in another region, and an inspector token without a region', async () => {
      const foreign = await api(inspectorA).post<{ issues: { field: string }[] }>('/subscriptions', { delivery: 'stream', region: 'beijing' });
      expect(foreign.status).toBe(400);
      expect(foreign.body.issues.map((issue) => issue.field)).toEqual(['region']);
      expect((await api(inspectorA).post('/subscriptions', { delivery: 'stream', region: 'tianjin' })).status).toBe(201);

      expect((await api(inspectorWithoutRegion).post('/subscriptions', { delivery: 'stream' })).status).toBe(403);
      expect((await api(inspectorWithoutRegion).get('/subscriptions')).status).toBe(403);
      expect((await FindingStream.open(streamUrl(), inspectorWithoutRegion)).status).toBe(403);
      expect((await FindingStream.open(streamUrl('?region=beijing'), inspectorA)).status).toBe(400);
    });

    it('refuses bad subscription bodies naming the field', async () => {
      for (const [body, field] of [
        [{ delivery: 'webhook' }, 'url'],
        [{ delivery: 'webhook', url: 'ftp://example.org/hook' }, 'url'],
        // Only the receivers the bureau lists (here 127.0.0.1): never a metadata or other address (SSRF).
        [{ delivery: 'webhook', url: 'http://169.254.169.254/latest/meta-data' }, 'url'],
        [{ delivery: 'webhook', url: 'https://hooks.example.org/zc' }, 'url'],
        [{ delivery: 'webhook', url: receiver.url('/x').replace('://', '://user:pw@') }, 'url'],
        [{ delivery: 'webhook', url: receiver.url('/x'), secret: 'too-short' }, 'secret'],
        [{ delivery: 'stream', filters: { severities: ['urgent'] } }, 'filters.severities.0'],
        [{ delivery: 'stream', filters: { committees: [] } }, 'filters.committees'],
        [{ delivery: 'carrier-pigeon' }, 'delivery'],
      ] as const) {
        const response = await api(inspectorA).post<{ issues: { field: string }[] }>('/subscriptions', body);
        expect([JSON.stringify(body), response.status, response.body.issues.map((issue) => issue.field)]).toEqual([JSON.stringify(body), 400, [field]]);
      }
      const unknown = await api(inspectorA).post('/subscriptions', { delivery: 'stream', extra: true });
      expect(unknown.status).toBe(400);
    });
  });
});
