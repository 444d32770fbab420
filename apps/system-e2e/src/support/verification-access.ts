import { randomUUID } from 'node:crypto';
import { ApiClient, degreeRecords, expect2xx, freshSampleNumber, PRINCIPALS, sampleDeclaration, samplePlanDocument, uniqueCreditCode, waitFor, type RunningSystem, type SampleDeclaration } from '@zc/testing';
import { clockRows, HEALTH, INSPECTORS, tag, type AccessTable, type Fixtures, type OwnScope } from './access-table';
import { emitAccepted, publishTestPlan } from './access-events';
import { pushFeed, type ChecksView } from './declarations';

export interface VerificationFixture {
  n: number;
  declaration: SampleDeclaration;
  /** An accepted declaration whose checks wait for the committee office (no feed data by the plan's 1 s timeout). */
  id: string;
  committee: string;
  planId: string;
  /** A feed batch (no region: the agencies' data-quality reports). */
  batchId: string;
  /**
   * A spot check of the plan's promises, this declaration's among them: drawn (shared fixture), or
   * announced and not drawn yet (state `announced`).
   */
  spotCheckId: string;
}

const decision = { outcome: 'passed', reason: 'paper records seen at the unit' };

export const VERIFICATION_ACCESS: AccessTable<VerificationFixture> = {
  service: 'verification',
  rows: [
    // Feeds carry no region: their reports are the bureau's and every inspector's (no person's data in a pushed batch's report).
    { call: 'GET /feeds/batches', allowed: ['bureau-admin', ...INSPECTORS], ok: 200, request: () => ({ method: 'GET', path: '/feeds/batches?limit=500' }), lists: { entitled: ['bureau-admin', ...INSPECTORS], shows: (body, f) => (body as { batchId: string }[]).some((b) => b.batchId === f.batchId) } },
    // A bulk file's rejected lines as read (`raw`, naming people of any region) are the bureau's
    // only; inspectors see their line numbers and reasons (feed-ingestion spec).
    { call: 'GET /feeds/batches/:batchId', allowed: ['bureau-admin', ...INSPECTORS], ok: 200, request: (f) => ({ method: 'GET', path: `/feeds/batches/${f.batchId}` }) },
    {
      call: 'POST /feeds/:source/records',
      allowed: ['bureau-admin'],
      ok: 200,
      request: () => ({ method: 'POST', path: '/feeds/degree/records', body: { batchId: `access-${randomUUID()}`, records: degreeRecords(sampleDeclaration(freshSampleNumber())) } }),
    },
    { call: 'GET /feeds/agencies', allowed: ['bureau-admin', ...INSPECTORS], ok: 200, request: () => ({ method: 'GET', path: '/feeds/agencies' }) },
    // R-VF-4: the office of the declaration's committee, the inspectors of its region, the bureau.
    { call: 'GET /checks/:declarationId', allowed: ['office', 'inspector', 'bureau-admin'], ok: 200, request: (f) => ({ method: 'GET', path: `/checks/${f.id}` }) },
    {
      call: 'GET /manual-reviews',
      allowed: ['office', 'other-office', 'bureau-admin'],
      ok: 200,
      request: () => ({ method: 'GET', path: '/manual-reviews' }),
      lists: { entitled: ['office', 'bureau-admin'], shows: (body, f) => (body as { declarationId: string }[]).some((c) => c.declarationId === f.id) },
    },
    { call: 'POST /manual-reviews/:declarationId/:check', fresh: true, allowed: ['office', 'bureau-admin'], ok: 200, request: (f) => ({ method: 'POST', path: `/manual-reviews/${f.id}/degree`, body: decision }) },
    // R-VF-1: the bureau announces, an inspector of the region witnesses the draw; the draw names
    // people, so an inspector reads only their own region's. Each fixture of these rows has a plan
    // of its own (one open spot check per plan, each promise in one population).
    { call: 'POST /spot-checks', state: 'own-plan', fresh: true, allowed: ['bureau-admin'], ok: 201, request: (f) => ({ method: 'POST', path: '/spot-checks', body: { planId: f.planId, rate: 1 } }) },
    { call: 'POST /spot-checks/:id/draw', state: 'announced', fresh: true, allowed: ['inspector'], ok: 200, request: (f) => ({ method: 'POST', path: `/spot-checks/${f.spotCheckId}/draw`, body: { witnessInput: `lottery ${randomUUID()}` } }) },
    { call: 'GET /spot-checks/:id', allowed: ['inspector', 'bureau-admin'], ok: 200, request: (f) => ({ method: 'GET', path: `/spot-checks/${f.spotCheckId}` }) },
    ...clockRows<VerificationFixture>(() => new Date().toISOString()),
  ],
  public: [...HEALTH],
};

/**
 * Verification alone, fed as intake would feed it: a plan whose checks go to the office after 1 s
 * without data, and accepted declarations with no feed data, so each waits in manual review.
 */
export async function verificationFixtures(system: RunningSystem): Promise<Fixtures<VerificationFixture>> {
  const bureau = new ApiClient(system.url('verification')).as(PRINCIPALS.bureauAdmin);
  const planId = `access-verification-${tag()}`;
  await publishTestPlan('verification', { id: planId, verification: { ...samplePlanDocument().verification, pendingTimeoutSeconds: 1 } });
  const batchId = `access-${randomUUID()}`;
  await pushFeed(system, 'degree', degreeRecords(sampleDeclaration(freshSampleNumber())), batchId);
  await waitFor(`feed batch ${batchId} reported`, async () => (await bureau.get(`/feeds/batches/${batchId}`)).status === 200 || undefined);

  const ownPlan = async () => {
    const id = `access-verification-${tag()}`;
    await publishTestPlan('verification', { id, verification: { ...samplePlanDocument().verification, pendingTimeoutSeconds: 1 } });
    return id;
  };
  const announce = async (f: VerificationFixture) => (await expect2xx('announce a spot check', bureau.post<{ id: string }>('/spot-checks', { planId: f.planId, rate: 1 }))).id;
  const make = async (state?: string): Promise<VerificationFixture> => {
    const n = freshSampleNumber();
    const declaration = sampleDeclaration(n, { employerCreditCode: uniqueCreditCode(), continuingEducationPromise: true });
    const fixturePlan = state === 'own-plan' || state === 'announced' ? await ownPlan() : planId;
    const f: VerificationFixture = { n, declaration, id: randomUUID(), committee: `access-${tag()}`, planId: fixturePlan, batchId, spotCheckId: '' };
    await emitAccepted(f.id, declaration, { committee: f.committee, planId: f.planId });
    await waitFor(`the degree check of ${f.id} in manual review`, async () => {
      const view = await bureau.get<ChecksView>(`/checks/${f.id}`);
      return (view.status === 200 && view.body.checks.some((c) => c.check === 'degree' && c.status === 'manual-review')) || undefined;
    });
    if (state === 'announced') f.spotCheckId = await announce(f);
    return f;
  };
  let shared: Promise<VerificationFixture> | undefined;
  const makeShared = async () => {
    const f = await make();
    f.spotCheckId = await announce(f);
    const witness = new ApiClient(system.url('verification')).as({ sub: 'inspector-witness', roles: ['inspector'], scope: { region: f.declaration.region } });
    await expect2xx('draw the spot check', witness.post(`/spot-checks/${f.spotCheckId}/draw`, { witnessInput: `lottery ${randomUUID()}` }));
    return f;
  };
  return {
    shared: () => (shared ??= makeShared()),
    fresh: make,
    scope: (f): OwnScope => ({ applicant: f.n, employerCreditCode: f.declaration.employerCreditCode, department: f.declaration.department, committee: f.committee, region: f.declaration.region }),
    personal: (f) => [f.declaration.idNumber, f.declaration.applicantName],
    secrets: (f) => [f.id, f.committee],
  };
}
