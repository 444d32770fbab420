import { randomUUID } from 'node:crypto';
import type { Principal, ServiceName } from '@zc/platform';
import { ApiClient, PRINCIPALS, reviewers, RunningSystem, tokenFor } from '@zc/testing';
import { closeQueries, TEST_SYSTEM } from './test-system';

/**
 * The access tables (issue 14): every endpoint of every service, called by every role with its own
 * scope and a foreign one, plus an inspector whose token names no region. Allowed callers get the
 * row's 2xx; everyone else a 403 that reveals nothing of the fixture.
 */
export type Who =
  | 'applicant'
  | 'other-applicant'
  | 'employer'
  | 'other-employer'
  | 'department'
  | 'other-department'
  | 'office'
  | 'other-office'
  | 'expert'
  | 'other-expert'
  | 'inspector'
  | 'other-region-inspector'
  | 'regionless-inspector'
  | 'bureau-admin';
export const EVERYONE: Who[] = [
  'applicant',
  'other-applicant',
  'employer',
  'other-employer',
  'department',
  'other-department',
  'office',
  'other-office',
  'expert',
  'other-expert',
  'inspector',
  'other-region-inspector',
  'regionless-inspector',
  'bureau-admin',
];
/** Every inspector token: of the fixture's region, of another, and one naming none. */
export const INSPECTORS: Who[] = ['inspector', 'other-region-inspector', 'regionless-inspector'];

/** The scope a fixture lives in: "own" callers hold it, "other-…" callers hold another one. */
export interface OwnScope {
  /** The applicant's sample number: their account is `applicant-<n>`. */
  applicant: number;
  employerCreditCode: string;
  department: string;
  committee: string;
  region: string;
  /** An expert sitting at the fixture's meeting, where it has one. */
  expert?: string;
}

export function principalFor(who: Who, own: OwnScope): Principal {
  switch (who) {
    case 'applicant':
      return PRINCIPALS.applicant(own.applicant);
    case 'other-applicant':
      return PRINCIPALS.applicant(own.applicant + 1);
    case 'employer':
      return reviewers.employer(own.employerCreditCode);
    case 'other-employer':
      return reviewers.employer('91110000600037341L');
    case 'department':
      return reviewers.department(own.department);
    case 'other-department':
      return reviewers.department('another-department');
    case 'office':
      return reviewers.office(own.committee);
    case 'other-office':
      return reviewers.office('another-committee');
    case 'expert':
      return reviewers.expert(own.expert ?? 'expert-1');
    case 'other-expert':
      // An expert who sits at no meeting of the fixture's.
      return reviewers.expert('00000000-0000-4000-8000-00000000e4e4');
    case 'inspector':
      return { sub: 'inspector-tj', roles: ['inspector'], scope: { region: own.region } };
    case 'other-region-inspector':
      return { sub: 'inspector-bj', roles: ['inspector'], scope: { region: 'somewhere-else' } };
    case 'regionless-inspector':
      // A token with no region is no inspector of anywhere, never of everywhere.
      return { sub: 'inspector-nowhere', roles: ['inspector'], scope: {} };
    case 'bureau-admin':
      return PRINCIPALS.bureauAdmin;
  }
}

export interface Call {
  method: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** An event stream: read until this says the answer holds enough, for at most 10 s. */
  streamUntil?: (text: string) => boolean;
}

export interface AccessRow<F> {
  /** `METHOD /path` as the service's OpenAPI document has it, parameters written `:name`. */
  call: string;
  allowed: Who[];
  /** Success for an allowed caller. */
  ok: number;
  /** The fixture state the call needs (each table names its own). */
  state?: string;
  /**
   * A call that changes state: a fresh fixture for the refused callers and the first allowed one,
   * and another for each further allowed caller.
   */
  fresh?: boolean;
  request: (f: F, who: Who) => Call;
  /** A list: who must find the fixture in it; every other allowed caller must not. */
  lists?: { entitled: Who[]; shows: (body: unknown, f: F) => boolean };
  /** Runs on each fixture before its calls (e.g. moves the service clock to the day the call needs). */
  before?: (f: F) => Promise<void>;
}

/** An endpoint open to anyone without a token (health, public pages): reached, never 401 or 403. */
export interface PublicCall {
  call: string;
  request: () => Call;
}

export interface AccessTable<F> {
  service: ServiceName;
  rows: AccessRow<F>[];
  public: PublicCall[];
}

export interface Fixtures<F> {
  /** A fixture in `state` (or the table's default), made once and shared by the rows that do not change it. */
  shared: (state?: string) => Promise<F>;
  /** A fixture of its own, for a call that changes it. */
  fresh: (state?: string) => Promise<F>;
  scope: (f: F) => OwnScope;
  /** The fixture's person (identity number, name): no refusal contains them, even to a caller who sent them. */
  personal: (f: F) => string[];
  /** The fixture's ids: no refusal contains one the request did not. */
  secrets: (f: F) => string[];
}

export interface Answer {
  status: number;
  body: unknown;
  text: string;
}

/** One call as `principal` (or anyone, without a token). */
export async function send(baseUrl: string, principal: Principal | undefined, call: Call): Promise<Answer> {
  if (call.streamUntil) return readStream(baseUrl, principal, call, call.streamUntil);
  const client = principal ? new ApiClient(baseUrl).as(principal) : new ApiClient(baseUrl);
  const { status, body } = await client.request<unknown>(call.method, call.path, call.body, call.headers);
  return { status, body, text: typeof body === 'string' ? body : JSON.stringify(body ?? null) };
}

async function readStream(baseUrl: string, principal: Principal | undefined, call: Call, enough: (text: string) => boolean): Promise<Answer> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 10_000);
  try {
    const response = await fetch(`${baseUrl}${call.path}`, {
      method: call.method,
      headers: { accept: 'text/event-stream', ...(principal ? { authorization: `Bearer ${tokenFor(principal)}` } : {}), ...call.headers },
      signal: abort.signal,
    });
    let text = '';
    if (response.status === 200 && response.body) {
      const decoder = new TextDecoder();
      try {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          text += decoder.decode(chunk, { stream: true });
          if (enough(text)) break;
        }
      } catch {
        // cut off at 10 s: the answer is what arrived
      }
      abort.abort();
      return { status: 200, body: text, text };
    }
    text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body, text };
  } finally {
    clearTimeout(timer);
  }
}

const truncated = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}…` : text);

/**
 * One row: every refused caller gets 403 and learns nothing of the fixture it did not name itself,
 * every allowed one the row's success, and a list shows the fixture to exactly those entitled.
 */
export async function checkRow<F>(baseUrl: string, row: AccessRow<F>, fixtures: Fixtures<F>): Promise<void> {
  const fixture = async (): Promise<F> => {
    const f = row.fresh ? await fixtures.fresh(row.state) : await fixtures.shared(row.state);
    await row.before?.(f);
    return f;
  };
  let f = await fixture();
  for (const who of EVERYONE.filter((caller) => !row.allowed.includes(caller))) {
    const call = row.request(f, who);
    const answer = await send(baseUrl, principalFor(who, fixtures.scope(f)), call);
    expect({ who, status: answer.status, ...(answer.status === 403 ? {} : { body: truncated(answer.text) }) }).toEqual({ who, status: 403 });
    const asked = `${call.path} ${JSON.stringify(call.body ?? null)}`;
    const revealed = [...fixtures.personal(f), ...fixtures.secrets(f).filter((id) => !asked.includes(id))].filter((secret) => secret && answer.text.includes(secret));
    expect({ who, revealed }).toEqual({ who, revealed: [] });
  }
  for (const [i, who] of row.allowed.entries()) {
    if (row.fresh && i > 0) f = await fixture();
    const answer = await send(baseUrl, principalFor(who, fixtures.scope(f)), row.request(f, who));
    expect({ who, status: answer.status, ...(answer.status === row.ok ? {} : { body: truncated(answer.text) }) }).toEqual({ who, status: row.ok });
    if (row.lists) {
      const sees = row.lists.shows(answer.body, f);
      expect({ who, sees }).toEqual({ who, sees: row.lists.entitled.includes(who) });
    }
  }
}

/** Reaches a public endpoint without a token: anything but 401/403 (and no server error). */
export async function checkPublic(baseUrl: string, entry: PublicCall): Promise<void> {
  const answer = await send(baseUrl, undefined, entry.request());
  expect({ call: entry.call, refused: [401, 403].includes(answer.status), failed: answer.status >= 500 }).toEqual({ call: entry.call, refused: false, failed: false });
}

/** The health endpoints every service has. */
export const HEALTH: PublicCall[] = [
  { call: 'GET /health/live', request: () => ({ method: 'GET', path: '/health/live' }) },
  { call: 'GET /health/ready', request: () => ({ method: 'GET', path: '/health/ready' }) },
];

/** Left out of the OpenAPI documents on purpose (metrics, the docs page, the test clock), yet listed by the tables. */
export const UNDOCUMENTED = ['GET /metrics', 'GET /docs', 'GET /testing/clock', 'PUT /testing/clock'];

/** Metrics and the docs page: public, but no operation of the OpenAPI document. */
export const UNDOCUMENTED_PUBLIC: PublicCall[] = [
  { call: 'GET /metrics', request: () => ({ method: 'GET', path: '/metrics' }) },
  { call: 'GET /docs', request: () => ({ method: 'GET', path: '/docs' }) },
];

/** The test clock (TEST_CLOCK, never in production): the bureau's, on every service. */
export function clockRows<F>(now: (f: F) => string): AccessRow<F>[] {
  return [
    { call: 'GET /testing/clock', allowed: ['bureau-admin'], ok: 200, request: () => ({ method: 'GET', path: '/testing/clock' }) },
    { call: 'PUT /testing/clock', allowed: ['bureau-admin'], ok: 200, request: (f) => ({ method: 'PUT', path: '/testing/clock', body: { now: now(f) } }) },
  ];
}

/** `METHOD /a/{b}/c` and `METHOD /a/:b/c` alike: the parameters' names do not matter. */
export function operationKey(call: string): string {
  const [method = '', path = ''] = call.split(' ');
  return `${method.toUpperCase()} ${path.replace(/\{[^}]+\}|:[^/]+/g, '{}')}`;
}

/** A short random tag for ids a test makes up (committees, plans). */
export function tag(): string {
  return randomUUID().slice(0, 8);
}

/**
 * A service's access table as a Jest file: the service alone (with `env`), its fixtures made once,
 * then one test per row.
 */
export function describeAccessTable<F>(table: AccessTable<F>, makeFixtures: (system: RunningSystem) => Promise<Fixtures<F>>, env: Record<string, string> = {}): void {
  describe(`${table.service}: every endpoint for every role and scope`, () => {
    const system = new RunningSystem(TEST_SYSTEM, { services: [table.service], env: { [table.service]: env } });
    let fixtures: Fixtures<F>;

    beforeAll(async () => {
      await system.start();
      fixtures = await makeFixtures(system);
    });
    afterAll(async () => {
      await system.stop();
      await closeQueries();
    });

    it.each(table.rows.map((row) => [row.call, row] as const))('%s: allowed callers succeed, everyone else gets 403 and learns nothing', (_call, row) =>
      checkRow(system.url(table.service), row, fixtures),
    );
  });
}
