import { readFileSync } from 'node:fs';
import { ApiClient, freshSampleNumber, PRINCIPALS, reviewers, RunningSystem, sampleDeclaration, uniqueCreditCode, waitFor } from '@zc/testing';
import { awaitStatus, loadFeed, readDeclaration, submit } from './support/declarations';
import { closeQueries, query, TEST_SYSTEM } from './support/test-system';

const expert = reviewers.expert;
// An inspector of the committee's region witnesses the draw.
const inspector = { sub: 'inspector-3', roles: ['inspector' as const], scope: { region: 'tianjin' } };

/**
 * A whole meeting over real Kafka, from filing to results (R-CM-2..8): the draw, the quorum, each
 * expert's commitment before any dossier, opinions, one anonymous ballot each, the two-thirds rule,
 * and one result event per declaration that intake follows. No answer or event links a ballot to
 * the expert who cast it.
 */
describe('a committee meeting', () => {
  const system = new RunningSystem(TEST_SYSTEM, { services: ['intake', 'verification', 'committee', 'supervision'] });
  const committeeApi = () => new ApiClient(system.url('committee'));
  const moveClock = async (date: string) => expect((await committeeApi().as(PRINCIPALS.bureauAdmin).request('PUT', '/testing/clock', { now: `${date}T10:00:00+08:00` })).status).toBe(200);

  beforeAll(() => system.start());
  afterAll(async () => {
    await system.stop();
    await closeQueries();
  });

  it('runs from filing to results: quorum, commitments, anonymous ballots, two thirds in favour', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const n = freshSampleNumber();
      const declaration = sampleDeclaration(n, { employerCreditCode: uniqueCreditCode() });
      await loadFeed(system, declaration);
      ids.push(await submit(system, n, declaration));
    }
    const [approved, refused] = ids as [string, string];
    for (const id of ids) await awaitStatus(system, id, 'verified');
    const { committee } = (await readDeclaration(system, approved)) as unknown as { committee: string };
    const office = committeeApi().as(reviewers.office(committee));
    const admin = committeeApi().as(PRINCIPALS.bureauAdmin);

    expect((await admin.post('/committees', { id: committee, name: 'meeting test', organisingUnit: 'u', type: 'joint', region: 'tianjin', series: ['engineering'], specialties: ['metrology'], levels: ['intermediate'], filingNumber: 'F-1', filedUntil: '2099-12-31', openToHighSkill: false })).status).toBe(201);
    for (let i = 0; i < 7; i += 1) {
      expect((await office.post(`/committees/${committee}/experts`, { name: `评审专家${i}`, specialties: ['metrology'], titleLevel: 'senior', employerCreditCode: uniqueCreditCode() })).status).toBe(201);
    }
    await waitFor('both declarations ready for the committee', async () => {
      const ready = await office.get<{ declarationId: string }[]>(`/committees/${committee}/ready-declarations`);
      return ids.every((id) => ready.body.some((r) => r.declarationId === id)) || undefined;
    });

    await moveClock('2023-11-20');
    const uncapped = await office.post<{ issues: { field: string }[] }>(`/committees/${committee}/review-plans`, { planId: 'tianjin-2023-quality-metrology', meetingOn: '2023-12-01', mode: 'online', declarationIds: ids, panels: [{ specialty: 'metrology', size: 5 }], passRateCap: 'third-level posts' });
    expect(uncapped.status).toBe(422); // Tianjin 2023 sets no pass-rate cap (R-CM-9)
    expect(uncapped.body.issues[0]!.field).toBe('passRateCap');
    const filed = await office.post<{ id: string }>(`/committees/${committee}/review-plans`, { planId: 'tianjin-2023-quality-metrology', meetingOn: '2023-12-01', mode: 'online', declarationIds: ids, panels: [{ specialty: 'metrology', size: 5, substitutes: 2 }] });
    expect(filed.status).toBe(201);
    const plan = filed.body.id;
    const drawn = await committeeApi().as(inspector).post<{ panels: { members: string[]; substitutes: string[] }[] }>(`/review-plans/${plan}/draw`, { witnessInput: 'meeting-test' });
    const { members, substitutes } = drawn.body.panels[0]!;
    const sealedBefore = await committeeApi().as(inspector).get<{ sealed: boolean }>(`/review-plans/${plan}/draw`);
    expect(sealedBefore.body.sealed).toBe(true);

    // The meeting opens on its day, with its quorum: 3 of 5 is short of two thirds; a substitute makes 4.
    expect((await office.post(`/review-plans/${plan}/meeting`, { present: members })).body).toMatchObject({ ruleId: 'R-CM-2' });
    await moveClock('2023-12-01');
    const short = await office.post<{ ruleId: string }>(`/review-plans/${plan}/meeting`, { present: members.slice(0, 3) });
    expect(short.status).toBe(409);
    expect(short.body.ruleId).toBe('R-CM-7');
    const opened = await office.post<{ sitting: { members: string[] }[] }>(`/review-plans/${plan}/meeting`, { present: [...members.slice(0, 4), substitutes[0]!] });
    expect(opened.status).toBe(201);
    const sitting = opened.body.sitting[0]!.members;
    expect(sitting).toEqual([...members.slice(0, 4), substitutes[0]!]);
    expect((await committeeApi().as(inspector).get<{ sealed: boolean }>(`/review-plans/${plan}/draw`)).body.sealed).toBe(false); // open now
    expect((await committeeApi().as(expert(members[4]!)).post(`/review-plans/${plan}/commitments`, { statement: '本人承诺客观公正评审。' })).status).toBe(403); // absent, replaced

    // Votes: 4 of 5 for the first (passes), 3 of 5 for the second (3/5 < 2/3, fails).
    const receipts: unknown[] = [];
    const inIntake = (id: string) => new ApiClient(system.url('intake')).as(expert(id));
    for (const [i, id] of sitting.entries()) {
      const asExpert = committeeApi().as(expert(id));
      expect((await asExpert.get(`/review-plans/${plan}/dossiers`)).body).toMatchObject({ ruleId: 'R-CM-5' });
      if (i === 0) expect((await inIntake(id).get(`/declarations/${approved}`)).status).toBe(403); // not before the commitment
      expect((await asExpert.post(`/review-plans/${plan}/commitments`, { statement: '本人承诺客观公正评审，遵守回避与保密规定。' })).status).toBe(201);
      if (i === 0) {
        // The commitment opens the panel's dossiers in intake too: the declaration and its evidence (R-CM-5, R-CM-6).
        await waitFor('the dossier open to the expert in intake', async () => (await inIntake(id).get(`/declarations/${approved}`)).status === 200 || undefined);
        expect((await inIntake(id).download(`/declarations/${approved}/materials/0/parts/full-text`)).status).toBe(200);
        expect((await inIntake(members[4]!).get(`/declarations/${approved}`)).status).toBe(403); // drawn, absent, never committed
      }
      expect((await asExpert.get<{ declarationId: string }[]>(`/review-plans/${plan}/dossiers`)).body.map((d) => d.declarationId).sort()).toEqual([...ids].sort());
      expect((await asExpert.post(`/review-plans/${plan}/declarations/${approved}/opinions`, { opinion: '论文与业绩符合中级条件。' })).status).toBe(201);
      // An online review: no ballot before the expert's opinion on that declaration (R-CM-5).
      expect((await asExpert.post(`/review-plans/${plan}/declarations/${refused}/ballot`, { choice: 'for' })).body).toMatchObject({ ruleId: 'R-CM-5' });
      expect((await asExpert.post(`/review-plans/${plan}/declarations/${refused}/opinions`, { opinion: '业绩材料尚欠充分。' })).status).toBe(201);
      const first = await asExpert.post(`/review-plans/${plan}/declarations/${approved}/ballot`, { choice: i < 4 ? 'for' : 'against' });
      const second = await asExpert.post(`/review-plans/${plan}/declarations/${refused}/ballot`, { choice: i < 3 ? 'for' : i === 3 ? 'against' : 'abstain' });
      receipts.push(first.body, second.body);
      expect((await asExpert.post(`/review-plans/${plan}/declarations/${approved}/ballot`, { choice: 'for' })).status).toBe(409); // one ballot each
    }
    expect(receipts).toEqual(sitting.flatMap(() => [{ declarationId: approved, recorded: true }, { declarationId: refused, recorded: true }]));

    const closed = await office.post<{ results: { declarationId: string; outcome: string; attending: number; votesFor: number; votesAgainst: number; abstentions: number }[] }>(`/review-plans/${plan}/meeting/close`, {});
    expect(closed.status).toBe(200);
    const byId = new Map(closed.body.results.map((r) => [r.declarationId, r]));
    expect(byId.get(approved)).toMatchObject({ outcome: 'passed', attending: 5, votesFor: 4, votesAgainst: 1, abstentions: 0 });
    expect(byId.get(refused)).toMatchObject({ outcome: 'failed', attending: 5, votesFor: 3, votesAgainst: 1, abstentions: 1 });
    await awaitStatus(system, approved, 'committee-passed');
    await awaitStatus(system, refused, 'committee-failed');
    // Decided, the dossier closes to the experts; each read they made is in the audit chain (R-SV-4).
    await waitFor('the dossier closed once decided', async () => (await inIntake(sitting[0]!).get(`/declarations/${approved}`)).status === 403 || undefined);
    const reads = await waitFor('the reads in the audit chain', async () => {
      const rows = await query<{ event: string }>('supervision', `SELECT event FROM "AuditRecord" WHERE event LIKE '%intake.dossier.read.v1%' AND event LIKE $1`, [`%${sitting[0]!}%`]);
      return rows.length >= 2 ? rows.map((row) => (JSON.parse(row.event) as { data: { what: string; declarationId: string } }).data) : undefined;
    });
    expect(reads).toEqual(expect.arrayContaining([expect.objectContaining({ what: 'declaration', declarationId: approved }), expect.objectContaining({ what: 'evidence', declarationId: approved, part: 'full-text' })]));

    // Anonymity: nothing the API or the events say names a voter next to a ballot.
    // (The draw's and the commitments' events name the panel by expert id, as they must, to open
    // the dossiers; the vote's events must not.)
    const results = await query<{ type: string; payload: unknown }>('committee', `SELECT type, payload FROM outbox_event WHERE key = ANY($1) AND type NOT IN ('committee.experts.drawn.v1', 'committee.dossiers.opened.v1')`, [[...ids, plan]]);
    expect(results.filter((e) => e.type === 'committee.decision.recorded.v1')).toHaveLength(2);
    const everythingSaid = JSON.stringify([closed.body, results, receipts, (await admin.get(`/decisions/${approved}`)).body]);
    for (const id of [...sitting, ...members]) expect(everythingSaid).not.toContain(id);
    // Nor do the service's logs: a ballot request is logged without its body or its caller.
    const logged = readFileSync(system.service('committee').options.logFile, 'utf8').split('\n').filter((line) => line.includes('/ballot'));
    expect(logged.length).toBeGreaterThan(0);
    for (const line of logged) {
      expect(line).not.toMatch(/"choice"|"(for|against|abstain)"/);
      for (const id of sitting) expect(line).not.toContain(id);
    }
    const ballots = await query<Record<string, unknown>>('committee', 'SELECT * FROM "Ballot" WHERE "declarationId" = $1', [approved]);
    expect(Object.keys(ballots[0]!).sort()).toEqual(['choice', 'declarationId', 'id', 'reviewPlanId']);
  });
});
