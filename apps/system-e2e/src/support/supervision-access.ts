import { randomUUID } from 'node:crypto';
import { CommitteeAuthorityLost, CommitteeRegistered, DeclarationStatusChanged, DeclarationSubmitted } from '@zc/contracts';
import { ApiClient, expect2xx, freshSampleNumber, PRINCIPALS, sampleDeclaration, uniqueCreditCode, waitFor, type RunningSystem, type SampleDeclaration } from '@zc/testing';
import { clockRows, HEALTH, INSPECTORS, principalFor, tag, type AccessTable, type Fixtures, type OwnScope } from './access-table';
import { awaitFinding, emit } from './supervision-events';
import { query } from './test-system';

export type SupervisionState = 'open' | 'acknowledged';

export interface SupervisionFixture {
  n: number;
  declaration: SampleDeclaration;
  /** A submitted declaration of the fixture's region: a case with a timeline. */
  declarationId: string;
  /** A committee of the region that lost its authority, and the R-CM-8 finding about it. */
  committee: string;
  findingId: string;
  /** The feed seq just before the finding was raised: a stream resumed from it sends the finding first. */
  feedFrom: string;
  /** The own inspector's webhook subscription to the committee's findings. */
  subscriptionId: string;
  /** Shared fixture only: a later finding in the foreign inspector's region, after which a stream has shown everything before it. */
  sentinelFindingId: string;
}

const comment = { comment: '已约谈评委会办事机构，整改中' };
/** Findings, timelines and the integrity archive: the inspectors of the region and the bureau. */
const READERS = ['inspector', 'bureau-admin'] as const;
/** Lists answer every inspector with a region (their own region's) and the bureau; a token without a region is refused. */
const LISTERS = ['inspector', 'other-region-inspector', 'bureau-admin'] as const;
const listShows = (matches: (item: Record<string, unknown>, f: SupervisionFixture) => boolean) => (body: unknown, f: SupervisionFixture) => (body as Record<string, unknown>[]).some((item) => matches(item, f));

export const SUPERVISION_ACCESS: AccessTable<SupervisionFixture> = {
  service: 'supervision',
  rows: [
    { call: 'GET /timelines/:caseId', allowed: [...READERS], ok: 200, request: (f) => ({ method: 'GET', path: `/timelines/${f.declarationId}` }) },
    {
      call: 'GET /findings/stream',
      allowed: [...LISTERS],
      ok: 200,
      request: (f) => ({ method: 'GET', path: `/findings/stream?lastEventId=${f.feedFrom}`, streamUntil: (text) => text.includes(f.findingId) || text.includes(f.sentinelFindingId) }),
      lists: { entitled: [...READERS], shows: (body, f) => String(body).includes(f.findingId) },
    },
    { call: 'GET /findings', allowed: [...LISTERS], ok: 200, request: (f) => ({ method: 'GET', path: `/findings?subject=${f.committee}` }), lists: { entitled: [...READERS], shows: listShows((item, f) => item['id'] === f.findingId) } },
    { call: 'GET /findings/:id', allowed: [...READERS], ok: 200, request: (f) => ({ method: 'GET', path: `/findings/${f.findingId}` }) },
    { call: 'POST /findings/:id/acknowledgement', fresh: true, allowed: [...READERS], ok: 200, request: (f) => ({ method: 'POST', path: `/findings/${f.findingId}/acknowledgement`, body: comment }) },
    { call: 'POST /findings/:id/resolution', state: 'acknowledged', fresh: true, allowed: [...READERS], ok: 200, request: (f) => ({ method: 'POST', path: `/findings/${f.findingId}/resolution`, body: comment }) },
    // Subscriptions are an inspector's own, in their own region.
    { call: 'POST /subscriptions', allowed: ['inspector', 'other-region-inspector'], ok: 201, request: () => ({ method: 'POST', path: '/subscriptions', body: { delivery: 'stream', filters: {} } }) },
    {
      call: 'GET /subscriptions',
      allowed: ['inspector', 'other-region-inspector'],
      ok: 200,
      request: () => ({ method: 'GET', path: '/subscriptions' }),
      lists: { entitled: ['inspector'], shows: listShows((item, f) => item['id'] === f.subscriptionId) },
    },
    { call: 'GET /subscriptions/:id', allowed: ['inspector'], ok: 200, request: (f) => ({ method: 'GET', path: `/subscriptions/${f.subscriptionId}` }) },
    { call: 'DELETE /subscriptions/:id', fresh: true, allowed: ['inspector'], ok: 200, request: (f) => ({ method: 'DELETE', path: `/subscriptions/${f.subscriptionId}` }) },
    { call: 'GET /subscriptions/:id/deliveries', allowed: ['inspector'], ok: 200, request: (f) => ({ method: 'GET', path: `/subscriptions/${f.subscriptionId}/deliveries` }) },
    { call: 'POST /subscriptions/:id/replay', allowed: ['inspector'], ok: 202, request: (f) => ({ method: 'POST', path: `/subscriptions/${f.subscriptionId}/replay`, body: { fromSeq: f.feedFrom } }) },
    // R-SV-1: the integrity archive of the caller's region.
    {
      call: 'GET /integrity-records',
      allowed: [...LISTERS],
      ok: 200,
      request: () => ({ method: 'GET', path: '/integrity-records' }),
      lists: { entitled: [...READERS], shows: listShows((item, f) => item['idNumber'] === f.declaration.idNumber) },
    },
    {
      call: 'POST /integrity-records/search',
      allowed: [...LISTERS],
      ok: 200,
      request: (f) => ({ method: 'POST', path: '/integrity-records/search', body: { idNumber: f.declaration.idNumber } }),
      lists: { entitled: [...READERS], shows: listShows((item, f) => item['idNumber'] === f.declaration.idNumber) },
    },
    // R-SV-4: the chain's verdict names sequence numbers and event ids, no region's data.
    { call: 'GET /audit/verification', allowed: ['bureau-admin', ...INSPECTORS], ok: 200, request: () => ({ method: 'GET', path: '/audit/verification' }) },
    ...clockRows<SupervisionFixture>(() => new Date().toISOString()),
  ],
  public: [...HEALTH],
};

/** A committee of `region` that lost its authority: the R-CM-8 finding about it, once raised. */
async function committeeFinding(system: RunningSystem, committee: string, region: string) {
  await emit(CommitteeRegistered, committee, { committeeId: committee, name: `评委会 ${committee}`, type: 'socialised', region, filingNumber: `BA-${committee}`, filedUntil: '2025-12-31' }, 'committee');
  await emit(CommitteeAuthorityLost, committee, { committeeId: committee, barredUntil: '2026-12-31', reason: 'missed the deadline', lapsedReviewPlans: [] }, 'committee');
  return awaitFinding(system, 'R-CM-8', committee);
}

/**
 * Supervision alone, fed events as the other services would publish them: a submitted
 * declaration of Tianjin, a Tianjin committee's finding, an own inspector's webhook subscription;
 * shared, also the declaration's integrity record and a later finding in the foreign region.
 */
export async function supervisionFixtures(system: RunningSystem): Promise<Fixtures<SupervisionFixture>> {
  const api = new ApiClient(system.url('supervision'));
  const bureau = api.as(PRINCIPALS.bureauAdmin);
  const scope = (f: Pick<SupervisionFixture, 'n' | 'declaration' | 'committee'>): OwnScope => ({
    applicant: f.n,
    employerCreditCode: f.declaration.employerCreditCode,
    department: f.declaration.department,
    committee: f.committee,
    region: f.declaration.region,
  });

  const make = async (state: SupervisionState = 'open'): Promise<SupervisionFixture> => {
    const n = freshSampleNumber();
    const declaration = sampleDeclaration(n, { employerCreditCode: uniqueCreditCode() });
    const declarationId = randomUUID();
    const committee = `access-${tag()}`;
    const { applicantName, idNumber, employerCreditCode, series, level, region } = declaration;
    await emit(DeclarationSubmitted, declarationId, { declarationId, applicantName, idNumber, employerCreditCode, series, level, region, planId: 'tianjin-2023', planVersion: 1 }, 'intake');
    const finding = await committeeFinding(system, committee, region);
    const [raised] = await query<{ seq: string }>('supervision', `SELECT (seq - 1)::text AS seq FROM "FindingChange" WHERE "findingId" = $1::uuid AND change = 'raised'`, [finding.id]);
    if (!raised) throw new Error(`finding ${finding.id} is not on the feed`);
    const f: SupervisionFixture = { n, declaration, declarationId, committee, findingId: finding.id, feedFrom: raised.seq, subscriptionId: '', sentinelFindingId: '' };
    if (state === 'acknowledged') await expect2xx('acknowledge the finding', bureau.post(`/findings/${f.findingId}/acknowledgement`, comment));
    f.subscriptionId = (
      await expect2xx('subscribe', api.as(principalFor('inspector', scope(f))).post<{ id: string }>('/subscriptions', { delivery: 'webhook', url: 'http://127.0.0.1:9/findings', filters: { committees: [committee] } }))
    ).id;
    return f;
  };
  const makeShared = async (): Promise<SupervisionFixture> => {
    const f = await make();
    await emit(DeclarationStatusChanged, f.declarationId, {
      declarationId: f.declarationId, from: 'accepted', to: 'cancelled', reason: 'declaration cancelled (R-SV-1): forged award certificate', actor: 'bureau', deadline: null,
      on: '2024-02-29', fraud: { ruleId: 'R-SV-1', finding: 'forged award certificate' },
    }, 'intake');
    await waitFor('the integrity record', async () => (await bureau.post<unknown[]>('/integrity-records/search', { idNumber: f.declaration.idNumber })).body.length > 0 || undefined);
    f.sentinelFindingId = (await committeeFinding(system, `access-${tag()}`, 'somewhere-else')).id;
    return f;
  };
  let shared: Promise<SupervisionFixture> | undefined;
  return {
    shared: () => (shared ??= makeShared()),
    fresh: (state) => make(state as SupervisionState | undefined),
    scope,
    personal: (f) => [f.declaration.idNumber, f.declaration.applicantName],
    secrets: (f) => [f.declarationId, f.committee, f.findingId, f.subscriptionId],
  };
}
