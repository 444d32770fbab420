import fc from 'fast-check';
import { ApiClient, RunningSystem } from '@zc/testing';
import { fixtureIn, principalOf, testPlanDocument, type Fixture, type State, type Who } from './support/intake-fixtures';
import { closeQueries, query, TEST_SYSTEM } from './support/test-system';

interface WriteEndpoint {
  call: string;
  state: State;
  who: Who;
  method: string;
  path: (f: Fixture) => string;
  /** Field names of the real body, so that garbage also looks like the real thing. */
  keys: string[];
  /** Body schema rejects unknown keys; otherwise malformed bodies lack a required key instead. */
  strict: boolean;
}

const DECLARATION_KEYS = ['applicantName', 'idNumber', 'employerCreditCode', 'department', 'region', 'series', 'specialty', 'level', 'channel', 'personCategory', 'origin', 'currentPost', 'employment', 'materials'];
const PLAN_KEYS = ['id', 'title', 'region', 'year', 'series', 'levels', 'source', 'qualificationCutoff', 'fee', 'channels'];

const ENDPOINTS: WriteEndpoint[] = [
  { call: 'POST /declarations', state: 'none', who: 'applicant', method: 'POST', path: () => '/declarations', keys: DECLARATION_KEYS, strict: true },
  { call: 'POST …/submission', state: 'draft', who: 'applicant', method: 'POST', path: (f) => `/declarations/${f.id}/submission`, keys: [], strict: true },
  { call: 'POST …/employer-review', state: 'submitted', who: 'employer', method: 'POST', path: (f) => `/declarations/${f.id}/employer-review`, keys: ['decision', 'unitPublicity', 'reason'], strict: true },
  { call: 'POST …/department-review', state: 'recommended', who: 'department', method: 'POST', path: (f) => `/declarations/${f.id}/department-review`, keys: ['decision', 'reason'], strict: true },
  { call: 'POST …/office-review', state: 'forwarded', who: 'office', method: 'POST', path: (f) => `/declarations/${f.id}/office-review`, keys: ['decision', 'defects', 'reason'], strict: true },
  { call: 'POST …/resubmission', state: 'correction-requested', who: 'applicant', method: 'POST', path: (f) => `/declarations/${f.id}/resubmission`, keys: [], strict: true },
  { call: 'POST …/fee-payment', state: 'awaiting-fee', who: 'applicant', method: 'POST', path: (f) => `/declarations/${f.id}/fee-payment`, keys: ['paymentReference'], strict: true },
  { call: 'POST …/withdrawal', state: 'submitted', who: 'applicant', method: 'POST', path: (f) => `/declarations/${f.id}/withdrawal`, keys: [], strict: true },
  { call: 'PUT …/materials/0/parts/full-text', state: 'draft', who: 'applicant', method: 'PUT', path: (f) => `/declarations/${f.id}/materials/0/parts/full-text`, keys: [], strict: true },
  { call: 'POST …/cancellation', state: 'submitted', who: 'bureau-admin', method: 'POST', path: (f) => `/declarations/${f.id}/cancellation`, keys: ['ruleId', 'finding'], strict: true },
  { call: 'POST /plans', state: 'none', who: 'bureau-admin', method: 'POST', path: () => '/plans', keys: PLAN_KEYS, strict: false },
  { call: 'PUT /plans/:id', state: 'none', who: 'bureau-admin', method: 'PUT', path: (f) => `/plans/${f.planId}`, keys: PLAN_KEYS, strict: false },
  { call: 'POST /plans/:id/publication', state: 'none', who: 'bureau-admin', method: 'POST', path: (f) => `/plans/${f.planId}/publication`, keys: [], strict: true },
  { call: 'PUT /testing/clock', state: 'none', who: 'bureau-admin', method: 'PUT', path: () => '/testing/clock', keys: ['now'], strict: true },
];

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Text to send as the body: never a valid request for the endpoint, by construction. */
function malformedBody(endpoint: WriteEndpoint): fc.Arbitrary<string> {
  const notAnObject = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.string(), fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 })).map((v) => JSON.stringify(v));
  const plausible = fc
    .dictionary(fc.constantFrom(...endpoint.keys, 'x'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 8 })
    .map((body) => {
      if (endpoint.strict) return JSON.stringify({ ...body, __fuzz: true });
      const { stages: _dropped, ...withoutStages } = body as Record<string, unknown>;
      return JSON.stringify(withoutStages);
    });
  // `{` and `}` alone would be valid JSON (an empty object, a valid body for some endpoints).
  const notJson = fc
    .string({ maxLength: 40 })
    .map((text) => `{${text}`)
    .filter((text) => !isJson(text));
  return fc.oneof(notAnObject, plausible, notJson);
}

/** Everything a successful call to any endpoint would change about the fixture. */
async function footprint(f: Fixture, applicantSub: string) {
  const [row] = await query<Record<string, string>>(
    'intake',
    `SELECT
       (SELECT count(*) FROM "Declaration" WHERE "submittedBy" = $1) AS declarations,
       (SELECT coalesce(max(status), '') FROM "Declaration" WHERE id::text = $2) AS status,
       (SELECT count(*) FROM "DeclarationStatusChange" WHERE "declarationId"::text = $2) AS history,
       (SELECT count(*) FROM "AnnualPlan" WHERE id = $3) AS plans,
       (SELECT count(*) FROM "PlanChange" WHERE "planId" = $3) AS "planChanges",
       (SELECT count(*) FROM outbox_event WHERE key IN ($2, $3)) AS events,
       (SELECT coalesce(string_agg(sha256 || '@' || "uploadedAt"::text, ',' ORDER BY id), '') FROM "Evidence" WHERE "declarationId"::text = $2) AS evidence`,
    [applicantSub, f.id, f.planId],
  );
  return row;
}

describe('intake write endpoints under malformed bodies (fast-check)', () => {
  const system = new RunningSystem(TEST_SYSTEM, { services: ['intake'] });
  let planDocument: Record<string, unknown>;

  beforeAll(async () => {
    await system.start();
    planDocument = await testPlanDocument(new ApiClient(system.url('intake')));
  });
  afterAll(async () => {
    await system.stop();
    await closeQueries();
  });

  it.each(ENDPOINTS.map((endpoint) => [endpoint.call, endpoint] as const))('%s: always 4xx, never 5xx, never a write', async (_call, endpoint) => {
    const f = await fixtureIn(system, endpoint.state, planDocument);
    const principal = principalOf(endpoint.who, f);
    const client = new ApiClient(system.url('intake')).as(principal);
    const before = await footprint(f, principal.sub);
    await fc.assert(
      fc.asyncProperty(malformedBody(endpoint), async (body) => {
        const response = await client.request(endpoint.method, endpoint.path(f), body, { 'content-type': 'application/json' });
        return response.status >= 400 && response.status < 500;
      }),
      { numRuns: 40 },
    );
    expect(await footprint(f, principal.sub)).toEqual(before);
  });
});
