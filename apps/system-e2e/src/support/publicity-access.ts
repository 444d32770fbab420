import { randomUUID } from 'node:crypto';
import { DecisionRecorded } from '@zc/contracts';
import { ApiClient, expect2xx, freshSampleNumber, sampleDeclaration, uniqueCreditCode, waitFor, type RunningSystem, type SampleDeclaration } from '@zc/testing';
import { clockRows, HEALTH, INSPECTORS, tag, type AccessTable, type Fixtures, type OwnScope } from './access-table';
import { emitAccepted, publishTestPlan } from './access-events';
import { emit } from './supervision-events';
import { query } from './test-system';

export interface PublicityFixture {
  n: number;
  declaration: SampleDeclaration;
  /** A passed result on display, owing its report to the province (R-PB-4). */
  id: string;
  committee: string;
  windowId: string;
  /** An open objection to it (R-PB-2). */
  objectionId: string;
}

const objection = { target: '代表作《计量器具检定方法研究》', evidence: '该论文与2019年另一作者发表于同一期刊的论文第2至5页内容相同，见期刊第3期。', contact: 'objector@example.cn' };

export const PUBLICITY_ACCESS: AccessTable<PublicityFixture> = {
  service: 'publicity',
  rows: [
    // R-PB-2: the office of the committee that reviewed the result, or the bureau, decides an objection.
    {
      call: 'POST /objections/:id/decision',
      fresh: true,
      allowed: ['office', 'bureau-admin'],
      ok: 200,
      request: (f) => ({ method: 'POST', path: `/objections/${f.objectionId}/decision`, body: { decision: 'dismissed', reason: '经核查，异议所指内容不属实。' } }),
    },
    // R-PB-2: the objections to decide: the office of the committee that reviewed the result sees them, the bureau every one.
    {
      call: 'GET /objections',
      allowed: ['office', 'other-office', 'bureau-admin'],
      ok: 200,
      request: () => ({ method: 'GET', path: '/objections?status=open' }),
      lists: { entitled: ['office', 'bureau-admin'], shows: (body, f) => (body as { id: string }[]).some((o) => o.id === f.objectionId) },
    },
    // R-PB-4: an office lists its own committee's duties, an inspector their region's, the bureau all.
    {
      call: 'GET /reporting-duties',
      allowed: ['office', 'other-office', ...INSPECTORS, 'bureau-admin'],
      ok: 200,
      request: (f) => ({ method: 'GET', path: `/reporting-duties?committee=${f.committee}` }),
      lists: { entitled: ['office', 'inspector', 'bureau-admin'], shows: (body, f) => (body as { declarationId: string }[]).some((d) => d.declarationId === f.id) },
    },
    {
      call: 'POST /reporting-duties/fulfilment',
      fresh: true,
      allowed: ['office', 'bureau-admin'],
      ok: 200,
      request: (f) => ({ method: 'POST', path: '/reporting-duties/fulfilment', body: { kind: 'report', declarationIds: [f.id], reference: '津职称报〔2023〕1号' } }),
    },
    ...clockRows<PublicityFixture>(() => new Date().toISOString()),
  ],
  public: [
    ...HEALTH,
    // R-PB-5: the public listing (names, masked identity numbers), and anyone's objection (R-PB-2).
    { call: 'GET /publicity', request: () => ({ method: 'GET', path: '/publicity' }) },
    { call: 'POST /publicity/:windowId/objections', request: () => ({ method: 'POST', path: `/publicity/${randomUUID()}/objections`, body: objection }) },
  ],
};

/**
 * Publicity alone: a plan with reporting deadlines (R-PB-4), and results put on display as intake
 * and the committee would (acceptance, then a passed decision), each with an objection filed.
 * Windows stay open for the whole file (PUBLICITY_WINDOW_MS).
 */
export async function publicityFixtures(system: RunningSystem): Promise<Fixtures<PublicityFixture>> {
  const anyone = new ApiClient(system.url('publicity'));
  const planId = `access-publicity-${tag()}`;
  await publishTestPlan('publicity', { id: planId, resultReporting: { reportWithinDays: 1, fileWithinDays: 3 } });

  const make = async (): Promise<PublicityFixture> => {
    const n = freshSampleNumber();
    const declaration = sampleDeclaration(n, { employerCreditCode: uniqueCreditCode() });
    const id = randomUUID();
    const committee = `access-${tag()}`;
    await emitAccepted(id, declaration, { committee, planId });
    await emit(DecisionRecorded, id, { declarationId: id, reviewPlanId: randomUUID(), committeeId: committee, members: 5, outcome: 'passed', attending: 5, votesFor: 5, votesAgainst: 0, abstentions: 0, reason: '5 of 5 in favour' }, 'committee');
    const windowId = await waitFor(`the result of ${id} on display, its report owed`, async () => {
      const [window] = await query<{ id: string }>('publicity', `SELECT w.id FROM "PublicityWindow" w JOIN "ReportingDuty" d USING ("declarationId") WHERE w."declarationId" = $1 AND w.status = 'open' AND d.kind = 'report'`, [id]);
      return window?.id;
    });
    const filed = await expect2xx('object', anyone.post<{ objectionId: string }>(`/publicity/${windowId}/objections`, objection));
    return { n, declaration, id, committee, windowId, objectionId: filed.objectionId };
  };
  let shared: Promise<PublicityFixture> | undefined;
  return {
    shared: () => (shared ??= make()),
    fresh: make,
    scope: (f): OwnScope => ({ applicant: f.n, employerCreditCode: f.declaration.employerCreditCode, department: f.declaration.department, committee: f.committee, region: f.declaration.region }),
    personal: (f) => [f.declaration.idNumber, f.declaration.applicantName],
    secrets: (f) => [f.id, f.committee, f.windowId, f.objectionId],
  };
}
