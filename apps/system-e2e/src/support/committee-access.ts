import { randomUUID } from 'node:crypto';
import { VerificationConcluded } from '@zc/contracts';
import { ApiClient, expect2xx, freshSampleNumber, PRINCIPALS, reviewers, sampleDeclaration, uniqueCreditCode, waitFor, type RunningSystem, type SampleDeclaration } from '@zc/testing';
import { clockRows, HEALTH, INSPECTORS, principalFor, tag, type AccessRow, type AccessTable, type Fixtures, type OwnScope } from './access-table';
import { emitAccepted, publishTestPlan } from './access-events';
import { emit } from './supervision-events';

/** How far a fixture's declaration has gone through its committee. */
export type CommitteeState = 'ready' | 'awaiting-approval' | 'filed' | 'drawn' | 'open' | 'closed';

export interface CommitteeFixture {
  /** The committee service it lives in, whose clock the rows move. */
  url: string;
  n: number;
  declaration: SampleDeclaration;
  /** The declaration: accepted, passed by verification, routed to the committee. */
  id: string;
  committee: string;
  planId: string;
  /** Its review plan (from `awaiting-approval` on). */
  reviewPlanId: string;
  /** The drawn members (from `drawn` on), each committed to the meeting once it is `open`. */
  members: string[];
  /** The pool's sealed names. */
  expertNames: string[];
}

/** The Tianjin-shaped test plan: meetings from 2023-11-21, a 7-day lead, results by 2023-12-31. */
const FILING_DAY = '2023-11-20';
const MEETING_DAY = '2023-12-01';

const moveClock = (url: string, date: string) => expect2xx(`move the committee clock to ${date}`, new ApiClient(url).as(PRINCIPALS.bureauAdmin).request('PUT', '/testing/clock', { now: `${date}T10:00:00+08:00` }));
/** Moves the committee's clock to the day a call needs before it is made. */
const on = (date: string) => async (f: CommitteeFixture) => {
  await moveClock(f.url, date);
};

const reviewPlanOf = (f: CommitteeFixture) => ({
  planId: f.planId,
  meetingOn: MEETING_DAY,
  mode: 'on-site',
  place: 'online platform',
  declarationIds: [f.id],
  panels: [{ specialty: 'metrology', size: 3, substitutes: 1 }],
});
const OVERSEERS = ['office', 'inspector', 'bureau-admin'] as const;

const rows: AccessRow<CommitteeFixture>[] = [
  // R-CM-7: the result, for those who oversee the committee that decided.
  { call: 'GET /decisions/:declarationId', state: 'closed', allowed: [...OVERSEERS], ok: 200, request: (f) => ({ method: 'GET', path: `/decisions/${f.id}` }) },
  // R-CM-1: the bureau registers committees; their filings are a public registry, listed to every official.
  {
    call: 'POST /committees',
    allowed: ['bureau-admin'],
    ok: 201,
    request: () => ({
      method: 'POST',
      path: '/committees',
      body: { id: `access-new-${tag()}`, name: 'access test committee', organisingUnit: 'test bureau', type: 'socialised', region: 'tianjin', series: ['engineering'], specialties: ['metrology'], levels: ['intermediate'], filingNumber: 'TEST-NEW', filedUntil: '2099-12-31', openToHighSkill: false },
    }),
  },
  {
    call: 'GET /committees',
    allowed: ['office', 'other-office', ...INSPECTORS, 'bureau-admin'],
    ok: 200,
    request: () => ({ method: 'GET', path: '/committees' }),
    lists: { entitled: ['office', 'other-office', ...INSPECTORS, 'bureau-admin'], shows: (body, f) => (body as { id: string }[]).some((c) => c.id === f.committee) },
  },
  // The pool and its sealed names: the committee's own office and the bureau.
  {
    call: 'POST /committees/:id/experts',
    allowed: ['office', 'bureau-admin'],
    ok: 201,
    request: (f) => ({ method: 'POST', path: `/committees/${f.committee}/experts`, body: { name: `新专家${tag()}`, specialties: ['quality'], titleLevel: 'senior', employerCreditCode: uniqueCreditCode() } }),
  },
  { call: 'GET /committees/:id/experts', allowed: ['office', 'bureau-admin'], ok: 200, request: (f) => ({ method: 'GET', path: `/committees/${f.committee}/experts` }) },
  { call: 'GET /committees/:id/pool-report', allowed: [...OVERSEERS], ok: 200, request: (f) => ({ method: 'GET', path: `/committees/${f.committee}/pool-report` }) },
  {
    call: 'GET /committees/:id/ready-declarations',
    allowed: ['office', 'bureau-admin'],
    ok: 200,
    request: (f) => ({ method: 'GET', path: `/committees/${f.committee}/ready-declarations` }),
    lists: { entitled: ['office', 'bureau-admin'], shows: (body, f) => (body as { declarationId: string }[]).some((d) => d.declarationId === f.id) },
  },
  // R-EL-8: the bureau's entrustment letters.
  {
    call: 'POST /committees/:id/entrustment-letters',
    allowed: ['bureau-admin'],
    ok: 201,
    request: (f) => ({ method: 'POST', path: `/committees/${f.committee}/entrustment-letters`, body: { fromRegion: 'beijing', series: 'engineering', levels: ['intermediate'], validUntil: '2099-12-31' } }),
  },
  // R-CM-1 (Jilin): the bureau approves a meeting application.
  {
    call: 'POST /review-plans/:id/approval',
    state: 'awaiting-approval',
    fresh: true,
    allowed: ['bureau-admin'],
    ok: 200,
    request: (f) => ({ method: 'POST', path: `/review-plans/${f.reviewPlanId}/approval`, body: { decision: 'approved', reason: '会议时间、地点与申报人数符合申请' } }),
  },
  // R-CM-2: the committee's office (or the bureau) files the review plan of a meeting.
  { call: 'POST /committees/:id/review-plans', fresh: true, before: on(FILING_DAY), allowed: ['office', 'bureau-admin'], ok: 201, request: (f) => ({ method: 'POST', path: `/committees/${f.committee}/review-plans`, body: reviewPlanOf(f) }) },
  {
    call: 'GET /committees/:id/review-plans',
    state: 'drawn',
    allowed: [...OVERSEERS],
    ok: 200,
    request: (f) => ({ method: 'GET', path: `/committees/${f.committee}/review-plans` }),
    lists: { entitled: [...OVERSEERS], shows: (body, f) => (body as { id: string }[]).some((p) => p.id === f.reviewPlanId) },
  },
  { call: 'GET /review-plans/:id', state: 'drawn', allowed: [...OVERSEERS], ok: 200, request: (f) => ({ method: 'GET', path: `/review-plans/${f.reviewPlanId}` }) },
  // R-CM-2, R-SV-2: an inspector of the committee's region witnesses the draw.
  { call: 'POST /review-plans/:id/draw', state: 'filed', fresh: true, before: on(FILING_DAY), allowed: ['inspector'], ok: 201, request: (f) => ({ method: 'POST', path: `/review-plans/${f.reviewPlanId}/draw`, body: { witnessInput: `lottery ${tag()}` } }) },
  { call: 'GET /review-plans/:id/draw', state: 'drawn', allowed: [...OVERSEERS], ok: 200, request: (f) => ({ method: 'GET', path: `/review-plans/${f.reviewPlanId}/draw` }) },
  // R-CM-5..7: the office opens and closes the meeting; the sitting experts commit, open their dossiers, opine and vote.
  { call: 'POST /review-plans/:id/meeting', state: 'drawn', fresh: true, before: on(MEETING_DAY), allowed: ['office'], ok: 201, request: (f) => ({ method: 'POST', path: `/review-plans/${f.reviewPlanId}/meeting`, body: { present: f.members } }) },
  { call: 'POST /review-plans/:id/commitments', state: 'open', allowed: ['expert'], ok: 201, request: (f) => ({ method: 'POST', path: `/review-plans/${f.reviewPlanId}/commitments`, body: { statement: '本人承诺客观公正评审，遵守回避与保密规定。' } }) },
  { call: 'GET /review-plans/:id/dossiers', state: 'open', allowed: ['expert'], ok: 200, request: (f) => ({ method: 'GET', path: `/review-plans/${f.reviewPlanId}/dossiers` }) },
  {
    call: 'POST /review-plans/:id/declarations/:declarationId/opinions',
    state: 'open',
    allowed: ['expert'],
    ok: 201,
    request: (f) => ({ method: 'POST', path: `/review-plans/${f.reviewPlanId}/declarations/${f.id}/opinions`, body: { opinion: '业绩与论文符合中级条件。' } }),
  },
  { call: 'POST /review-plans/:id/declarations/:declarationId/ballot', state: 'open', allowed: ['expert'], ok: 201, request: (f) => ({ method: 'POST', path: `/review-plans/${f.reviewPlanId}/declarations/${f.id}/ballot`, body: { choice: 'for' } }) },
  // An expert's own panels: those whose draw named them (another expert's list does not show the fixture's).
  {
    call: 'GET /experts/me/review-plans',
    state: 'drawn',
    allowed: ['expert', 'other-expert'],
    ok: 200,
    request: () => ({ method: 'GET', path: '/experts/me/review-plans' }),
    lists: { entitled: ['expert'], shows: (body, f) => (body as { reviewPlanId: string }[]).some((p) => p.reviewPlanId === f.reviewPlanId) },
  },
  { call: 'POST /review-plans/:id/meeting/close', state: 'open', fresh: true, before: on(MEETING_DAY), allowed: ['office'], ok: 200, request: (f) => ({ method: 'POST', path: `/review-plans/${f.reviewPlanId}/meeting/close` }) },
  ...clockRows<CommitteeFixture>(() => `${FILING_DAY}T10:00:00+08:00`),
];

export const COMMITTEE_ACCESS: AccessTable<CommitteeFixture> = {
  service: 'committee',
  rows,
  public: [
    ...HEALTH,
    // Anyone recomputes a draw from its public inputs (R-CM-2).
    { call: 'GET /review-plans/:id/draw/public-inputs', request: () => ({ method: 'GET', path: `/review-plans/${randomUUID()}/draw/public-inputs` }) },
    { call: 'GET /review-plans/:id/draw/verification', request: () => ({ method: 'GET', path: `/review-plans/${randomUUID()}/draw/verification` }) },
  ],
};

const scopeOf = (f: CommitteeFixture): OwnScope => ({
  applicant: f.n,
  employerCreditCode: f.declaration.employerCreditCode,
  department: f.declaration.department,
  committee: f.committee,
  region: f.declaration.region,
  expert: f.members[0],
});

/**
 * The committee alone: its test plans (one asking the bureau's approval of each meeting), one
 * registered Tianjin committee with a pool of four metrology experts, and declarations routed to
 * it as intake and verification would route them, each taken as far as the fixture's state.
 */
export async function committeeFixtures(system: RunningSystem): Promise<Fixtures<CommitteeFixture>> {
  const url = system.url('committee');
  const api = new ApiClient(url);
  const bureau = api.as(PRINCIPALS.bureauAdmin);
  const t = tag();
  const committee = `access-${t}`;
  const planId = `access-committee-${t}`;
  const approvalPlanId = `access-committee-${t}-approval`;
  await publishTestPlan('committee', { id: planId });
  await publishTestPlan('committee', { id: approvalPlanId, committeeMeetingApproval: true });
  await expect2xx('register the committee', bureau.post('/committees', {
    id: committee, name: `access table ${committee}`, organisingUnit: 'test bureau', type: 'socialised', region: 'tianjin', series: ['engineering'],
    specialties: ['metrology', 'quality'], levels: ['primary', 'intermediate', 'deputy-senior', 'senior'], filingNumber: `TEST-${committee}`, filedUntil: '2099-12-31', openToHighSkill: false,
  }));
  const office = api.as(reviewers.office(committee));
  const expertNames = [0, 1, 2, 3].map((i) => `评审专家${t}-${i}`);
  for (const name of expertNames) {
    await expect2xx('add an expert', office.post(`/committees/${committee}/experts`, { name, specialties: ['metrology'], titleLevel: 'senior', employerCreditCode: uniqueCreditCode() }));
  }

  const make = async (state: CommitteeState = 'ready'): Promise<CommitteeFixture> => {
    const n = freshSampleNumber();
    const declaration = sampleDeclaration(n, { employerCreditCode: uniqueCreditCode() });
    const f: CommitteeFixture = { url, n, declaration, id: randomUUID(), committee, planId: state === 'awaiting-approval' ? approvalPlanId : planId, reviewPlanId: '', members: [], expertNames };
    await emitAccepted(f.id, declaration, { committee, planId: f.planId });
    await emit(VerificationConcluded, f.id, { declarationId: f.id, outcome: 'passed', reason: 'every check passed', checks: [] }, 'verification');
    await waitFor(`${f.id} ready for the committee`, async () => (await bureau.get<{ declarationId: string }[]>(`/committees/${committee}/ready-declarations`)).body.some((d) => d.declarationId === f.id) || undefined);
    if (state === 'ready') return f;
    await moveClock(url, FILING_DAY);
    f.reviewPlanId = (await expect2xx('file the review plan', office.post<{ id: string }>(`/committees/${committee}/review-plans`, reviewPlanOf(f)))).id;
    if (state === 'awaiting-approval' || state === 'filed') return f;
    const drawn = await expect2xx('draw the experts', api.as(principalFor('inspector', scopeOf(f))).post<{ panels: { members: string[] }[] }>(`/review-plans/${f.reviewPlanId}/draw`, { witnessInput: `lottery ${tag()}` }));
    f.members = drawn.panels.flatMap((panel) => panel.members);
    if (state === 'drawn') return f;
    await moveClock(url, MEETING_DAY);
    await expect2xx('open the meeting', office.post(`/review-plans/${f.reviewPlanId}/meeting`, { present: f.members }));
    for (const member of f.members) await expect2xx('commit', api.as(reviewers.expert(member)).post(`/review-plans/${f.reviewPlanId}/commitments`, { statement: '本人承诺客观公正评审，遵守回避与保密规定。' }));
    if (state === 'open') return f;
    for (const member of f.members) await expect2xx('vote', api.as(reviewers.expert(member)).post(`/review-plans/${f.reviewPlanId}/declarations/${f.id}/ballot`, { choice: 'for' }));
    await expect2xx('close the meeting', office.post(`/review-plans/${f.reviewPlanId}/meeting/close`, {}));
    return f;
  };
  const shared = new Map<string, Promise<CommitteeFixture>>();
  return {
    shared: (state = 'ready') => {
      const made = shared.get(state) ?? make(state as CommitteeState);
      shared.set(state, made);
      return made;
    },
    fresh: (state) => make(state as CommitteeState),
    scope: scopeOf,
    personal: (f) => [f.declaration.idNumber, f.declaration.applicantName, ...f.expertNames],
    secrets: (f) => [f.id, f.committee, f.reviewPlanId, ...f.members],
  };
}
