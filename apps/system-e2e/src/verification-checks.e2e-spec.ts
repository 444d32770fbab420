import { randomUUID } from 'node:crypto';
import type { Principal } from '@zc/platform';
import { ApiClient, freshSampleNumber, PRINCIPALS, reviewers, RunningSystem, sampleDeclaration, uniqueCreditCode, waitFor, type SampleDeclaration } from '@zc/testing';
import { awaitCheck, awaitStatus, awaitVerdict, feedRecordsFor, loadFeed, passCommittee, pushFeed, readChecks, readDeclaration, submit } from './support/declarations';
import { closeQueries, query, TEST_SYSTEM } from './support/test-system';

const PLAN = 'tianjin-2023-quality-metrology';
/** Short enough to watch a check time out; the seeded plan waits 3 days. */
const TIMEOUT_SECONDS = 4;

type PlanDocument = { verification: { pendingTimeoutSeconds: number } } & Record<string, unknown>;

/**
 * The three data-sharing checks of an accepted declaration (R-VF-1..4, R-RV-2), each through pass,
 * fail, pending then settled by late data, and timeout to manual review; the one verdict; and the
 * bureau's reproducible spot check of continuing-education promises.
 */
describe('verification checks', () => {
  const system = new RunningSystem(TEST_SYSTEM);
  const admin = (service: Parameters<typeof system.url>[0]) => new ApiClient(system.url(service)).as(PRINCIPALS.bureauAdmin);

  /** Publishes a new version of the plan with another check timeout, and waits until verification has it. */
  async function publishTimeout(seconds: number) {
    const plan = await admin('intake').get<{ versions: { version: number; status: string; document: PlanDocument }[] }>(`/plans/${PLAN}`);
    const document = plan.body.versions.at(-1)!.document;
    const draft = await admin('intake').request<{ version: number }>('PUT', `/plans/${PLAN}`, { ...document, verification: { ...document.verification, pendingTimeoutSeconds: seconds } });
    expect(draft.status).toBe(200);
    expect((await admin('intake').post(`/plans/${PLAN}/publication`, {})).status).toBe(200);
    await waitFor(`verification to know ${PLAN} v${draft.body.version}`, async () =>
      (await query('verification', 'SELECT 1 FROM "VerificationPlan" WHERE "planId" = $1 AND version = $2', [PLAN, draft.body.version])).length > 0 || undefined,
    );
  }

  beforeAll(async () => {
    await system.start();
    await publishTimeout(TIMEOUT_SECONDS);
  });
  afterAll(async () => {
    await publishTimeout(3 * 86_400);
    await system.stop();
    await closeQueries();
  });

  const applicant = (overrides: Partial<SampleDeclaration> = {}) => {
    const n = freshSampleNumber();
    return { n, declaration: sampleDeclaration(n, overrides) };
  };

  it('passes every check on feed data, each citing the records, batch and time it rests on (R-VF-4), in one verdict', async () => {
    const { n, declaration } = applicant();
    await loadFeed(system, declaration);
    const id = await submit(system, n, declaration);

    const view = await awaitVerdict(system, id);
    expect(view.outcome).toBe('passed');
    expect(view.checks.map((c) => [c.check, c.status, c.settledBy])).toEqual([
      ['continuing-education', 'passed', 'feed-data'],
      ['degree', 'passed', 'feed-data'],
      ['social-security', 'passed', 'feed-data'],
    ]);
    const socialSecurity = view.checks.find((c) => c.check === 'social-security')!;
    expect(socialSecurity.evidence).toHaveLength(6);
    expect(socialSecurity.reason).toContain(`${declaration.employerCreditCode} (6 months)`); // the paying unit (R-RV-2)
    const [cited] = await query<{ batchId: string }>('verification', 'SELECT "batchId" FROM "SocialSecurityRecord" WHERE id = $1', [socialSecurity.evidence[0]!.recordId]);
    expect(cited?.batchId).toBe(socialSecurity.evidence[0]!.batchId);
    expect(Date.parse(socialSecurity.evidence[0]!.fetchedAt)).not.toBeNaN();
    expect(view.checks.find((c) => c.check === 'degree')!.reason).toContain('11 full years');

    const verdicts = await query('verification', `SELECT 1 FROM outbox_event WHERE key = $1 AND type = 'verification.declaration.concluded.v1'`, [id]);
    expect(verdicts).toHaveLength(1);

    // The checks are the office's of the declaration's committee, the region's inspectors' and the bureau's; to anyone else a 403 that names nobody.
    const { committee } = (await admin('intake').get<{ committee: string }>(`/declarations/${id}`)).body;
    const checksAs = (principal: Principal, declarationId = id) => new ApiClient(system.url('verification')).as(principal).get(`/checks/${declarationId}`);
    const inspector = (region?: string): Principal => ({ sub: `inspector-${region ?? 'nowhere'}`, roles: ['inspector'], scope: region ? { region } : {} });
    for (const allowed of [reviewers.office(committee), inspector(declaration.region), PRINCIPALS.bureauAdmin]) expect((await checksAs(allowed)).status).toBe(200);
    for (const refused of [reviewers.office('another-committee'), inspector('somewhere-else'), inspector()]) {
      const answer = await checksAs(refused);
      expect({ who: refused.sub, status: answer.status }).toEqual({ who: refused.sub, status: 403 });
      expect(JSON.stringify(answer.body)).not.toContain(declaration.idNumber);
    }
    expect((await checksAs(inspector(declaration.region), randomUUID())).status).toBe(403); // an unknown id looks like another's
    expect((await checksAs(PRINCIPALS.bureauAdmin, randomUUID())).status).toBe(404);
    await passCommittee(system, [id]);
    await awaitStatus(system, id, 'certificate-issued');
  });

  it.each([
    ['social-security', { months: 3 }, '3 of the 6 months required'],
    ['continuing-education', { hours: 60 }, 'fewer than 90 hours in 2020, 2021, 2022'],
    ['degree', { graduatedOn: '2020-07-01' }, 'fewer than the 5 required for intermediate level'],
  ] as const)('fails the %s check on the feed data, and the declaration with it', async (check, data, reason) => {
    const education = { ...sampleDeclaration(0).education as object, ...('graduatedOn' in data ? { graduatedOn: data.graduatedOn } : {}) };
    const { n, declaration } = applicant({ employerCreditCode: uniqueCreditCode(), education });
    await loadFeed(system, declaration, 'months' in data ? data.months : 6, { hours: 'hours' in data ? data.hours : 90 });
    const id = await submit(system, n, declaration);

    const view = await awaitVerdict(system, id);
    expect(view.outcome).toBe('failed');
    const failed = view.checks.filter((c) => c.status === 'failed');
    expect(failed.map((c) => c.check)).toEqual([check]);
    expect(failed[0]!.reason).toContain(reason);
    expect(failed[0]!.evidence.length).toBeGreaterThan(0);
    await awaitStatus(system, id, 'verification-failed');
  });

  it.each(['social-security', 'continuing-education', 'degree'] as const)('keeps the %s check pending without data and settles it when late data arrives', async (check) => {
    const { n, declaration } = applicant();
    await loadFeed(system, declaration, 6, { skip: [check] });
    const id = await submit(system, n, declaration);

    const pending = await awaitCheck(system, id, check, 'pending');
    expect(pending.reason).toContain('yet');
    expect(Date.parse(pending.timesOutAt!)).toBeGreaterThan(Date.now());
    expect((await readChecks(system, id))?.outcome).toBeNull(); // no verdict while a check waits

    await pushFeed(system, check, feedRecordsFor(declaration)[check]);
    const settled = await awaitCheck(system, id, check, 'passed');
    expect(settled.settledBy).toBe('feed-data');
    expect((await awaitVerdict(system, id)).outcome).toBe('passed');
    const events = await query<{ type: string }>('verification', `SELECT type FROM outbox_event WHERE key = $1 ORDER BY seq`, [id]);
    expect(events.map((e) => e.type).filter((t) => t === 'verification.check.pending.v1')).toHaveLength(1);
  });

  it("sends checks without data at the plan's timeout to the committee office, whose reasoned decisions are recorded and make the verdict", async () => {
    const { n, declaration } = applicant();
    const id = await submit(system, n, declaration);
    const { committee } = (await readDeclaration(system, id)) as unknown as { committee: string };

    for (const check of ['social-security', 'continuing-education', 'degree']) {
      const waiting = await awaitCheck(system, id, check, 'manual-review', (TIMEOUT_SECONDS + 10) * 1_000);
      expect(waiting.reason).toContain("no feed data by the plan's timeout");
    }
    const office = new ApiClient(system.url('verification')).as(reviewers.office(committee));
    const queue = await office.get<{ declarationId: string; check: string }[]>('/manual-reviews');
    expect(queue.body.filter((q) => q.declarationId === id).map((q) => q.check).sort()).toEqual(['continuing-education', 'degree', 'social-security']);
    const otherOffice = new ApiClient(system.url('verification')).as(reviewers.office('another-committee'));
    expect((await otherOffice.get<unknown[]>('/manual-reviews')).body).toEqual([]);

    // Bad or foreign decisions change nothing.
    expect((await office.post(`/manual-reviews/${id}/degree`, { outcome: 'failed', reason: '' })).status).toBe(400);
    expect((await otherOffice.post(`/manual-reviews/${id}/degree`, { outcome: 'failed', reason: 'not ours to decide' })).status).toBe(403);
    expect((await awaitCheck(system, id, 'degree', 'manual-review')).reviewedBy).toBeNull();

    for (const check of ['social-security', 'continuing-education']) {
      expect((await office.post(`/manual-reviews/${id}/${check}`, { outcome: 'passed', reason: 'paper records seen at the unit' })).status).toBe(200);
    }
    const decided = await office.post<{ status: string; reviewedBy: string; settledBy: string }>(`/manual-reviews/${id}/degree`, { outcome: 'failed', reason: 'the university has no record of the degree' });
    expect(decided.body).toMatchObject({ status: 'failed', settledBy: 'manual-review', reviewedBy: `office-${committee}` });
    expect((await office.post(`/manual-reviews/${id}/degree`, { outcome: 'passed', reason: 'changed my mind' })).status).toBe(409);

    const view = await awaitVerdict(system, id);
    expect(view.outcome).toBe('failed');
    expect(view.checks.find((c) => c.check === 'degree')!.reason).toContain('the university has no record of the degree');
    await awaitStatus(system, id, 'verification-failed');
  });

  it('sends a degree the feed does not match straight to manual review, naming what the feed holds (R-VF-3)', async () => {
    const { n, declaration } = applicant();
    await loadFeed(system, declaration, 6, { degree: { institution: '天津职业大学', degree: 'associate' } });
    const id = await submit(system, n, declaration);
    const waiting = await awaitCheck(system, id, 'degree', 'manual-review', 5_000);
    expect(waiting.reason).toContain('associate from 天津职业大学');
  });

  it('passes promises, then spot-checks them by commit and reveal with a witness, once; a false promise revokes the title (R-VF-1)', async () => {
    const honest = applicant({ continuingEducationPromise: true });
    const false_ = applicant({ continuingEducationPromise: true });
    await loadFeed(system, honest.declaration);
    await loadFeed(system, false_.declaration, 6, { hours: 30 });
    const honestId = await submit(system, honest.n, honest.declaration);
    const falseId = await submit(system, false_.n, false_.declaration);
    for (const id of [honestId, falseId]) {
      const promised = await awaitCheck(system, id, 'continuing-education', 'passed');
      expect(promised.settledBy).toBe('promise');
    }
    await passCommittee(system, [honestId, falseId]);
    for (const id of [honestId, falseId]) await awaitStatus(system, id, 'certificate-issued');

    // The bureau announces: population frozen, seed committed; it cannot choose the seed (R-VF-1).
    expect((await admin('verification').post<{ issues: { field: string }[] }>('/spot-checks', { planId: PLAN, rate: 1, seed: 'one that suits me' })).status).toBe(400);
    const announced = await admin('verification').post<{ id: string; status: string; population: number; seedCommitment: string }>('/spot-checks', { planId: PLAN, rate: 1 });
    expect(announced.body).toMatchObject({ status: 'announced', seedCommitment: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect((await admin('verification').post('/spot-checks', { planId: PLAN, rate: 1 })).status).toBe(409); // one open at a time
    const sealed = await admin('verification').get<Record<string, unknown>>(`/spot-checks/${announced.body.id}`);
    expect(sealed.body).not.toHaveProperty('secretSeed');
    expect(sealed.body).not.toHaveProperty('revealedSeed');

    // An inspector of the region witnesses the draw, once; the bureau and other regions cannot draw.
    const drawAs = (principal: Principal) => new ApiClient(system.url('verification')).as(principal).post<{ drawn: string[]; revealedSeed: string; witnessInput: string }>(`/spot-checks/${announced.body.id}/draw`, { witnessInput: 'lottery 2023-12-10: 0815' });
    expect((await drawAs(PRINCIPALS.bureauAdmin)).status).toBe(403);
    expect((await drawAs({ sub: 'inspector-bj', roles: ['inspector'], scope: { region: 'beijing' } })).status).toBe(403);
    const drawn = await drawAs(PRINCIPALS.inspector);
    expect(drawn.status).toBe(200);
    expect(drawn.body.drawn).toEqual(expect.arrayContaining([honestId, falseId]));
    expect((await drawAs(PRINCIPALS.inspector)).status).toBe(409); // never drawn again until it suits
    const record = await admin('verification').get<Record<string, unknown>>(`/spot-checks/${announced.body.id}`);
    expect(record.body).toMatchObject({ status: 'drawn', witnessInput: 'lottery 2023-12-10: 0815', drawn: drawn.body.drawn, seedMatchesCommitment: true, seedFromSecretAndWitness: true, reproduced: true });
    // Every promise of the plan was in that population: no second draw over them.
    expect((await admin('verification').post('/spot-checks', { planId: PLAN, rate: 1 })).status).toBe(409);

    expect((await awaitCheck(system, honestId, 'promise-spot-check', 'passed')).reason).toContain('at least 90 hours');
    expect((await awaitCheck(system, falseId, 'promise-spot-check', 'failed')).reason).toContain('fewer than 90 hours');
    const revoked = await awaitStatus(system, falseId, 'revoked');
    expect(revoked.history.at(-1)?.reason).toContain('R-VF-1');
    // …and with it the certificate (R-CT-4).
    const certificate = await admin('certificate').get<{ id: string; checkCode: string }>(`/certificates?declarationId=${falseId}`);
    await waitFor('the false promise\'s certificate to verify as revoked', async () => {
      const answer = await new ApiClient(system.url('certificate')).get<{ status: string }>(`/certificates/${certificate.body.id}/verification?code=${certificate.body.checkCode}`);
      return answer.body.status === 'revoked' || undefined;
    });
    expect((await readDeclaration(system, honestId)).status).toBe('certificate-issued');
  });
});
