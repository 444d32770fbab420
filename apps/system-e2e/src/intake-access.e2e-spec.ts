import type { Principal } from '@zc/platform';
import {
  ApiClient,
  freshSampleNumber,
  PRINCIPALS,
  reviewers,
  RunningSystem,
  sampleDeclaration,
  setIntakeClock,
  uniqueCreditCode,
  unitPublicityBefore,
  type SampleDeclaration,
} from '@zc/testing';
import { TEST_SYSTEM } from './support/test-system';

type Who =
  | 'applicant'
  | 'other-applicant'
  | 'employer'
  | 'other-employer'
  | 'department'
  | 'other-department'
  | 'office'
  | 'other-office'
  | 'expert'
  | 'inspector'
  | 'other-region-inspector'
  | 'bureau-admin';
const EVERYONE: Who[] = ['applicant', 'other-applicant', 'employer', 'other-employer', 'department', 'other-department', 'office', 'other-office', 'expert', 'inspector', 'other-region-inspector', 'bureau-admin'];
const ALL_BUT_EXPERT = EVERYONE.filter((who) => who !== 'expert');

type State = 'none' | 'draft' | 'submitted' | 'recommended' | 'forwarded' | 'correction-requested' | 'awaiting-fee';

interface Fixture {
  id: string;
  n: number;
  declaration: SampleDeclaration;
  committee: string;
  planId: string;
}

interface Row {
  call: string;
  state: State;
  allowed: Who[];
  request: (f: Fixture) => { method: string; path: string; body?: unknown };
  /** Success for an allowed caller. */
  ok: number;
}

const plan = (id: string) => ({ ...tianjinPlanDocument, id });
let tianjinPlanDocument: Record<string, unknown>;

const ROWS: Row[] = [
  { call: 'POST /declarations', state: 'none', allowed: ['applicant', 'other-applicant'], ok: 201, request: (f) => ({ method: 'POST', path: '/declarations', body: f.declaration }) },
  { call: 'POST /declarations/:id/submission', state: 'draft', allowed: ['applicant'], ok: 200, request: (f) => ({ method: 'POST', path: `/declarations/${f.id}/submission`, body: {} }) },
  { call: 'GET /declarations/:id', state: 'submitted', allowed: ['applicant', 'employer', 'department', 'office', 'inspector', 'bureau-admin'], ok: 200, request: (f) => ({ method: 'GET', path: `/declarations/${f.id}` }) },
  { call: 'GET /declarations', state: 'submitted', allowed: ALL_BUT_EXPERT, ok: 200, request: () => ({ method: 'GET', path: '/declarations?pageSize=200' }) },
  { call: 'POST /declarations/:id/employer-review', state: 'submitted', allowed: ['employer'], ok: 200, request: (f) => ({ method: 'POST', path: `/declarations/${f.id}/employer-review`, body: { decision: 'recommend', unitPublicity: unitPublicityBefore('2023-10-20') } }) },
  { call: 'POST /declarations/:id/department-review', state: 'recommended', allowed: ['department'], ok: 200, request: (f) => ({ method: 'POST', path: `/declarations/${f.id}/department-review`, body: { decision: 'forward' } }) },
  { call: 'POST /declarations/:id/office-review', state: 'forwarded', allowed: ['office'], ok: 200, request: (f) => ({ method: 'POST', path: `/declarations/${f.id}/office-review`, body: { decision: 'accept' } }) },
  { call: 'POST /declarations/:id/resubmission', state: 'correction-requested', allowed: ['applicant'], ok: 200, request: (f) => ({ method: 'POST', path: `/declarations/${f.id}/resubmission`, body: {} }) },
  { call: 'POST /declarations/:id/fee-payment', state: 'awaiting-fee', allowed: ['applicant'], ok: 200, request: (f) => ({ method: 'POST', path: `/declarations/${f.id}/fee-payment`, body: { paymentReference: 'P-1' } }) },
  { call: 'POST /declarations/:id/withdrawal', state: 'submitted', allowed: ['applicant'], ok: 200, request: (f) => ({ method: 'POST', path: `/declarations/${f.id}/withdrawal`, body: {} }) },
  { call: 'GET /plans', state: 'none', allowed: ALL_BUT_EXPERT, ok: 200, request: () => ({ method: 'GET', path: '/plans' }) },
  { call: 'GET /plans/:id', state: 'none', allowed: ALL_BUT_EXPERT, ok: 200, request: () => ({ method: 'GET', path: '/plans/tianjin-2023' }) },
  { call: 'POST /plans', state: 'none', allowed: ['bureau-admin'], ok: 201, request: (f) => ({ method: 'POST', path: '/plans', body: plan(f.planId) }) },
  { call: 'PUT /plans/:id', state: 'none', allowed: ['bureau-admin'], ok: 200, request: (f) => ({ method: 'PUT', path: `/plans/${f.planId}`, body: plan(f.planId) }) },
  { call: 'POST /plans/:id/publication', state: 'none', allowed: ['bureau-admin'], ok: 200, request: (f) => ({ method: 'POST', path: `/plans/${f.planId}/publication`, body: {} }) },
  { call: 'PUT /testing/clock', state: 'none', allowed: ['bureau-admin'], ok: 200, request: () => ({ method: 'PUT', path: '/testing/clock', body: { now: '2023-10-20T10:00:00+08:00' } }) },
];

function principalOf(who: Who, f: Fixture): Principal {
  switch (who) {
    case 'applicant':
      return PRINCIPALS.applicant(f.n);
    case 'other-applicant':
      return PRINCIPALS.applicant(f.n + 1);
    case 'employer':
      return reviewers.employer(f.declaration.employerCreditCode);
    case 'other-employer':
      return reviewers.employer('91110000600037341L');
    case 'department':
      return reviewers.department(f.declaration.department);
    case 'other-department':
      return reviewers.department('another-department');
    case 'office':
      return reviewers.office(f.committee);
    case 'other-office':
      return reviewers.office('another-committee');
    case 'expert':
      return { sub: 'expert-1', roles: ['expert'], scope: {} };
    case 'inspector':
      return { sub: 'inspector-tj', roles: ['inspector'], scope: { region: f.declaration.region } };
    case 'other-region-inspector':
      return { sub: 'inspector-bj', roles: ['inspector'], scope: { region: 'somewhere-else' } };
    case 'bureau-admin':
      return PRINCIPALS.bureauAdmin;
  }
}

describe('intake: every endpoint for every role and scope', () => {
  const system = new RunningSystem(TEST_SYSTEM, { services: ['intake'] });
  let intake: ApiClient;

  beforeAll(async () => {
    await system.start();
    intake = new ApiClient(system.url('intake'));
    const seed = await intake.as(PRINCIPALS.bureauAdmin).get<{ versions: { document: Record<string, unknown> }[] }>('/plans/tianjin-2023-quality-metrology');
    tianjinPlanDocument = { ...seed.body.versions[0]!.document, year: 2031, title: 'access-test plan' };
  });
  afterAll(() => system.stop());

  async function fixtureIn(state: State, feePlan: boolean): Promise<Fixture> {
    const n = freshSampleNumber();
    const declaration = feePlan
      ? sampleDeclaration(n, { region: 'beijing', department: 'beijing-economy-and-it', employerCreditCode: uniqueCreditCode() })
      : sampleDeclaration(n, { employerCreditCode: uniqueCreditCode() });
    const today = feePlan ? '2023-07-10' : '2023-10-20';
    await setIntakeClock(system.url('intake'), today);
    const f: Fixture = { id: '', n, declaration, committee: '', planId: `access-${n}` };
    const step = async (who: Who, method: string, path: string, body?: unknown) => {
      const response = await intake.as(principalOf(who, f)).request<Record<string, string>>(method, path, body);
      if (response.status >= 300) throw new Error(`${method} ${path} as ${who}: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body;
    };
    if (state === 'none') {
      await step('bureau-admin', 'POST', '/plans', plan(f.planId));
      return f;
    }
    f.id = (await step('applicant', 'POST', '/declarations', declaration))['id']!;
    if (state === 'draft') return f;
    f.committee = (await step('applicant', 'POST', `/declarations/${f.id}/submission`, {}))['committee']!;
    if (state === 'submitted') return f;
    await step('employer', 'POST', `/declarations/${f.id}/employer-review`, { decision: 'recommend', unitPublicity: unitPublicityBefore(today) });
    if (state === 'recommended') return f;
    await step('department', 'POST', `/declarations/${f.id}/department-review`, { decision: 'forward' });
    if (state === 'forwarded') return f;
    if (state === 'correction-requested') {
      await step('office', 'POST', `/declarations/${f.id}/office-review`, { decision: 'request-correction', defects: ['stamp'] });
      return f;
    }
    await step('office', 'POST', `/declarations/${f.id}/office-review`, { decision: 'accept' });
    return f;
  }

  it.each(ROWS.map((row) => [row.call, row] as const))('%s: allowed callers succeed, everyone else gets 403 and learns nothing', async (_call, row) => {
    const f = await fixtureIn(row.state, row.state === 'awaiting-fee');
    if (row.call === 'POST /plans') {
      f.planId = `${f.planId}-new`; // the fixture made one already; this call makes another
    }
    const denied = EVERYONE.filter((who) => !row.allowed.includes(who));
    for (const who of denied) {
      const { method, path, body } = row.request(f);
      const response = await intake.as(principalOf(who, f)).request(method, path, body);
      const text = JSON.stringify(response.body);
      expect({ who, status: response.status }).toEqual({ who, status: 403 });
      expect(text).not.toContain(f.declaration.idNumber);
      expect(text).not.toContain(f.declaration.applicantName);
    }
    for (const who of row.allowed) {
      const { method, path, body } = row.request(who === 'other-applicant' ? { ...f, declaration: sampleDeclaration(freshSampleNumber()) } : f);
      const response = await intake.as(principalOf(who, f)).request<{ items?: { id: string }[] }>(method, path, body);
      expect({ who, status: response.status }).toEqual({ who, status: row.ok });
      if (row.call === 'GET /declarations' && f.id) {
        const sees = response.body.items?.some((item) => item.id === f.id) ?? false;
        const entitled = ['applicant', 'employer', 'department', 'office', 'inspector', 'bureau-admin'].includes(who);
        expect({ who, sees }).toEqual({ who, sees: entitled });
      }
    }
  });
});
