import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { AgencyQueryClient, AgencyUnavailableError, type AgencyQuerySettings } from './agency-query.client';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const settings: AgencyQuerySettings = {
  baseUrl: '',
  timeoutMs: 100,
  attempts: 3,
  initialBackoffMs: 10,
  maxBackoffMs: 20,
  breakerThreshold: 2,
  breakerHalfOpenAfterMs: 200,
};

const RECORDS = [{ month: '2024-01', employer: 'ACME' }];
const answer: Handler = (_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ records: RECORDS }));
const status =
  (code: number): Handler =>
  (_request, response) =>
    response.writeHead(code).end(`status ${code}`);
/** Never answers: the client's timeout is the only way out. */
const hang: Handler = () => undefined;
/** The first `count` requests go to `first`, the rest to `then`. */
const firstThen = (count: number, first: Handler, then: Handler): Handler => (request, response) => (requests.length <= count ? first : then)(request, response);

let server: Server;
let baseUrl: string;
let handler: Handler;
let requests: string[];
/** Requests whose connection closed before they were answered: the client gave up on them. */
let abandoned: number;

async function waitFor(condition: () => boolean, withinMs = 1_000) {
  const deadline = Date.now() + withinMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${withinMs} ms`);
    await delay(5);
  }
}

async function failureOf(promise: Promise<unknown>): Promise<AgencyUnavailableError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AgencyUnavailableError);
  return error as AgencyUnavailableError;
}

// A server per test: a fresh origin means a fresh fetch connection pool, so no test's first
// attempt lands on a keep-alive socket that the previous test's clean-up has just closed.
beforeEach(async () => {
  handler = answer;
  requests = [];
  abandoned = 0;
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.on('close', () => {
      if (!response.writableEnded) abandoned++;
    });
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/social-security`;
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
});

const client = (overrides: Partial<AgencyQuerySettings> = {}) => new AgencyQueryClient('social-security', { ...settings, baseUrl, ...overrides });

describe('AgencyQueryClient', () => {
  it('returns the records of one answered query, asked for by encoded ID number', async () => {
    const result = await client().recordsFor('11010519491231002X &x=1');

    expect(result).toEqual({ records: RECORDS, attempts: 1 });
    expect(requests).toEqual(['/social-security/records?idNumber=11010519491231002X%20%26x%3D1']);
  });

  it('gives up on an attempt the agency leaves hanging after the timeout, aborts it, and retries', async () => {
    handler = firstThen(2, hang, answer);
    const started = performance.now();

    const result = await client().recordsFor('110105194912310021');
    const elapsed = performance.now() - started;

    expect(result.attempts).toBe(3);
    expect(result.records).toEqual(RECORDS);
    expect(requests).toHaveLength(3);
    // Two attempts waited out their 100 ms each, and no longer: the backoff in between is at most 20 ms.
    expect(elapsed).toBeGreaterThanOrEqual(2 * settings.timeoutMs - 5);
    expect(elapsed).toBeLessThan(2 * settings.timeoutMs + 2 * settings.maxBackoffMs + 200);
    // The hung requests were really cancelled, not left open on the agency's side.
    await waitFor(() => abandoned === 2);
  });

  it('reports a timeout once every attempt has hung', async () => {
    handler = hang;

    const error = await failureOf(client().recordsFor('110105194912310021'));

    expect(error).toMatchObject({ source: 'social-security', failure: 'timeout' });
    expect(error.message).toBe('social-security query service did not answer within 100 ms (3 attempts)');
    expect(requests).toHaveLength(3);
    await waitFor(() => abandoned === 3);
  });

  it('opens the breaker after consecutive failed queries, fails fast while open, and closes after a good trial', async () => {
    handler = status(503);
    const agency = client();

    await failureOf(agency.recordsFor('1'));
    expect(agency.breakerState()).toBe('closed');
    await failureOf(agency.recordsFor('2'));
    const openedAt = Date.now();
    expect(agency.breakerState()).toBe('open');
    expect(requests).toHaveLength(2 * settings.attempts);

    handler = answer;
    const rejected = await failureOf(agency.recordsFor('3'));
    expect(rejected.failure).toBe('breaker-open');
    expect(rejected.message).toMatch(/^social-security query service is not being called: 2 consecutive queries failed/);
    expect(requests).toHaveLength(2 * settings.attempts);

    // The half-open period is the one thing here that can only be waited out.
    await delay(settings.breakerHalfOpenAfterMs - (Date.now() - openedAt) + 20);
    const trial = await agency.recordsFor('4');

    expect(trial).toMatchObject({ records: RECORDS, attempts: 1 });
    expect(agency.breakerState()).toBe('closed');
    expect(requests).toHaveLength(2 * settings.attempts + 1);
  });

  it.each([500, 503, 429])('retries an HTTP %i', async (code) => {
    handler = firstThen(1, status(code), answer);

    expect(await client().recordsFor('1')).toMatchObject({ records: RECORDS, attempts: 2 });
    expect(requests).toHaveLength(2);
  });

  it('reports an HTTP 500 that lasts through every attempt', async () => {
    handler = status(500);

    const error = await failureOf(client().recordsFor('1'));

    expect(error.failure).toBe('http-error');
    expect(error.message).toBe('social-security query service answered HTTP 500 (3 attempts)');
    expect(requests).toHaveLength(3);
  });

  it('does not retry an HTTP 404, nor count it towards opening the breaker', async () => {
    handler = status(404);
    const agency = client();

    for (let query = 1; query <= settings.breakerThreshold + 1; query++) {
      const error = await failureOf(agency.recordsFor(String(query)));
      expect(error.failure).toBe('http-error');
      expect(error.message).toBe('social-security query service answered HTTP 404 (1 attempt)');
    }
    expect(requests).toHaveLength(settings.breakerThreshold + 1);
    expect(agency.breakerState()).toBe('closed');
  });

  it.each([
    ['a body that is not JSON', '<html>maintenance</html>', 'answered with a body that is not JSON'],
    ['JSON without records', '{"items":[]}', 'answered without a "records" array of objects'],
    ['records that are not objects', '{"records":[1,2]}', 'answered without a "records" array of objects'],
  ])('reports %s as a bad response, without retrying', async (_case, body, reason) => {
    handler = (_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(body);

    const error = await failureOf(client().recordsFor('1'));

    expect(error.failure).toBe('bad-response');
    expect(error.message).toBe(`social-security query service ${reason} (1 attempt)`);
    expect(requests).toHaveLength(1);
  });

  it('retries a connection the agency drops, then reports it as a network failure', async () => {
    handler = (request) => request.socket.destroy();

    const error = await failureOf(client().recordsFor('1'));

    expect(error.failure).toBe('network');
    expect(error.message).toMatch(/^social-security query service could not be reached \(.+\) \(3 attempts\)$/);
    expect(requests).toHaveLength(3);
  });
});
