import { randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ApiClient, freshSampleNumber, PRINCIPALS, reviewers, RunningSystem, sampleDeclaration, uniqueCreditCode, waitFor, WORKSPACE_ROOT } from '@zc/testing';
import { loadFeed, readDeclaration, submit } from './support/declarations';
import { closeQueries, query, TEST_SYSTEM } from './support/test-system';

interface Panel {
  specialty: string;
  members: string[];
  substitutes: string[];
  eligible: number;
}

/** Runs the recomputation tool as anyone would; resolves with its output and exit code. */
function recompute(args: string[]) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'tools/committee/recompute-draw.ts', ...args], { cwd: WORKSPACE_ROOT });
    let output = '';
    child.stdout.on('data', (data) => (output += data));
    child.stderr.on('data', (data) => (output += data));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/**
 * A committee's review plan and its expert draw (R-CM-1..4): filed with a commitment to a secret
 * seed, refused when too late, drawn by a witnessing inspector, sealed to the office, and
 * recomputed by anyone from its public inputs with the command-line tool.
 */
describe('review plans and the expert draw', () => {
  const system = new RunningSystem(TEST_SYSTEM, { services: ['intake', 'verification', 'committee'] });
  const committeeUrl = () => system.url('committee');
  const as = (principal: Parameters<ApiClient['as']>[0]) => new ApiClient(committeeUrl()).as(principal);
  const inspector = { sub: 'inspector-7', roles: ['inspector' as const], scope: { region: 'tianjin' } };
  let committee: string;
  const declarations: { id: string; employerCreditCode: string }[] = [];

  beforeAll(async () => {
    await system.start();
    for (let i = 0; i < 3; i += 1) {
      const n = freshSampleNumber();
      const declaration = sampleDeclaration(n, { employerCreditCode: uniqueCreditCode() });
      await loadFeed(system, declaration);
      const id = await submit(system, n, declaration);
      declarations.push({ id, employerCreditCode: declaration.employerCreditCode });
    }
    committee = ((await readDeclaration(system, declarations[0]!.id)) as unknown as { committee: string }).committee;
    // Eleven days before the Tianjin 2023 meetings open (001 §7(4)).
    await moveClock('2023-11-20');
  });

  async function moveClock(date: string) {
    expect((await as(PRINCIPALS.bureauAdmin).request('PUT', '/testing/clock', { now: `${date}T10:00:00+08:00` })).status).toBe(200);
  }
  afterAll(async () => {
    await system.stop();
    await closeQueries();
  });

  it('files, refuses late plans, draws with a witness, seals names, and lets anyone recompute the draw', async () => {
    const admin = as(PRINCIPALS.bureauAdmin);
    const office = as(reviewers.office(committee));
    const registered = await admin.post<{ filed: boolean }>('/committees', {
      id: committee,
      name: '天津市工程技术系列质量计量专业评审委员会',
      organisingUnit: '天津市市场监督管理委员会',
      type: 'socialised',
      region: 'tianjin',
      series: ['engineering'],
      specialties: ['metrology', 'quality', 'standardisation', 'drug-inspection'],
      levels: ['intermediate', 'deputy-senior'],
      filingNumber: '津职备〔2023〕12号',
      filedUntil: '2025-12-31',
      openToHighSkill: true,
    });
    expect(registered.status).toBe(201);
    expect(registered.body.filed).toBe(true);

    // A pool of 12 metrology experts: one works for an applicant's unit, one declared a conflict.
    const experts: { id: string; name: string }[] = [];
    for (let i = 0; i < 12; i += 1) {
      const added = await office.post<{ id: string; name: string }>(`/committees/${committee}/experts`, {
        name: `专家${i}`,
        specialties: ['metrology'],
        titleLevel: 'senior',
        employerCreditCode: i === 0 ? declarations[0]!.employerCreditCode : uniqueCreditCode(),
        highSkill: i >= 9,
        nonPublic: i === 3 || i === 4,
        conflicts: i === 1 ? [declarations[1]!.id] : [],
      });
      expect(added.status).toBe(201);
      experts.push(added.body);
    }
    expect((await office.get<{ problems: string[] }>(`/committees/${committee}/pool-report`)).body.problems).toEqual([]);
    await waitFor('the three declarations to be ready for review', async () => {
      const ready = await office.get<{ declarationId: string }[]>(`/committees/${committee}/ready-declarations`);
      return declarations.every((d) => ready.body.some((r) => r.declarationId === d.id)) || undefined;
    });

    const plan = { planId: 'tianjin-2023-quality-metrology', mode: 'on-site', panels: [{ specialty: 'metrology', size: 5, substitutes: 2, nonPublicMinimum: 1 }], declarationIds: declarations.map((d) => d.id) };
    await moveClock('2023-11-28');
    const late = await office.post<{ ruleId: string; message: string }>(`/committees/${committee}/review-plans`, { ...plan, meetingOn: '2023-12-01' });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ ruleId: 'R-CM-2', message: 'filed 3 days before the meeting on 2023-12-01; at least 7 days are required' });
    await moveClock('2023-11-20');
    expect((await office.post<{ ruleId: string }>(`/committees/${committee}/review-plans`, { ...plan, meetingOn: '2024-01-10' })).body.ruleId).toBe('R-CM-8');
    expect((await as(reviewers.office('another-committee')).post(`/committees/${committee}/review-plans`, { ...plan, meetingOn: '2023-12-01' })).status).toBe(403);
    // More declarations than one plan may carry (its event must fit the broker): 400 naming the field, nothing filed.
    const plansOf = () => query('committee', 'SELECT id FROM "ReviewPlan" WHERE "committeeId" = $1', [committee]);
    const plansBefore = await plansOf();
    const oversized = await office.post<{ issues: { field: string }[] }>(`/committees/${committee}/review-plans`, { ...plan, meetingOn: '2023-12-01', declarationIds: Array.from({ length: 5_001 }, () => randomUUID()) });
    expect(oversized.status).toBe(400);
    expect(oversized.body.issues.map((issue) => issue.field)).toContain('declarationIds');
    expect(await plansOf()).toEqual(plansBefore);

    const filed = await office.post<{ id: string; seedCommitment: string; declarationIds: string[] }>(`/committees/${committee}/review-plans`, { ...plan, meetingOn: '2023-12-01' });
    expect(filed.status).toBe(201);
    expect(filed.body.declarationIds.sort()).toEqual(declarations.map((d) => d.id).sort());
    const [published] = await query<{ payload: { data: { seedCommitment: string } } }>('committee', `SELECT payload FROM outbox_event WHERE key = $1 AND type = 'committee.review-plan.filed.v1'`, [filed.body.id]);
    expect(published?.payload.data.seedCommitment).toBe(filed.body.seedCommitment);
    expect(JSON.stringify((await office.get(`/review-plans/${filed.body.id}`)).body)).not.toContain('secretSeed');

    // Only a witnessing inspector runs the draw, once.
    expect((await office.post(`/review-plans/${filed.body.id}/draw`, { witnessInput: '0427' })).status).toBe(403);
    const drawn = await as(inspector).post<{ panels: Panel[] }>(`/review-plans/${filed.body.id}/draw`, { witnessInput: 'lottery 2023-11-20: 0427' });
    expect(drawn.status).toBe(201);
    const [panel] = drawn.body.panels;
    expect(panel!.members).toHaveLength(5);
    // The whole pool (other tests' meetings may have added experts), less the applicant's colleague
    // and the declared conflict (R-CM-4).
    const pool = (await office.get<{ id: string; name: string; specialties: string[]; highSkill: boolean; nonPublic: boolean }[]>(`/committees/${committee}/experts`)).body.filter((e) => e.specialties.includes('metrology'));
    expect(panel!.eligible).toBe(pool.length - 2);
    for (const recused of [experts[0]!.id, experts[1]!.id]) expect([...panel!.members, ...panel!.substitutes]).not.toContain(recused);
    const flagged = (flag: 'highSkill' | 'nonPublic') => panel!.members.filter((id) => pool.find((e) => e.id === id)?.[flag]);
    expect(flagged('highSkill').length).toBeGreaterThanOrEqual(1); // R-CM-3
    expect(flagged('nonPublic').length).toBeGreaterThanOrEqual(1);
    expect((await as(inspector).post(`/review-plans/${filed.body.id}/draw`, { witnessInput: 'again' })).status).toBe(409);

    // Sealed: names for the committee's office, ids for everyone else.
    const sealed = await as(inspector).get<{ sealed: boolean; panels: { members: unknown[] }[] }>(`/review-plans/${filed.body.id}/draw`);
    expect(sealed.body).toMatchObject({ sealed: true, panels: [{ members: panel!.members }] });
    expect(JSON.stringify(sealed.body)).not.toContain('专家');
    const unsealed = await office.get<{ panels: { members: { expertId: string; name: string }[] }[] }>(`/review-plans/${filed.body.id}/draw`);
    expect(unsealed.body.panels[0]!.members.map((m) => m.name)).toEqual(panel!.members.map((id) => pool.find((e) => e.id === id)!.name));

    // Until the meeting opens, the public inputs are sealed too: no pool, employers, conflicts or seed.
    const publicUrl = `${committeeUrl()}/review-plans/${filed.body.id}/draw/public-inputs`;
    const early = (await (await fetch(publicUrl)).json()) as Record<string, unknown>;
    expect(early).toMatchObject({ sealed: true, seedCommitment: filed.body.seedCommitment, experts: expect.any(Number) });
    for (const secret of ['employerCreditCode', 'conflicts', 'revealedSeed', 'witnessInput', panel!.members[0]!, declarations[0]!.employerCreditCode]) expect(JSON.stringify(early)).not.toContain(secret);

    // The meeting opens on its day with the drawn members present; from then on anyone recomputes
    // the draw from the public inputs: through the endpoint, and with the tool.
    await moveClock('2023-12-01');
    expect((await office.post(`/review-plans/${filed.body.id}/meeting`, { present: panel!.members })).status).toBe(201);
    const inputs = (await (await fetch(publicUrl)).json()) as Record<string, unknown>;
    expect(inputs).not.toHaveProperty('sealed');
    expect(JSON.stringify(inputs)).not.toContain('专家');
    expect((await (await fetch(`${committeeUrl()}/review-plans/${filed.body.id}/draw/verification`)).json())).toMatchObject({ seedMatchesCommitment: true, panelsMatch: true });
    const again = await recompute(['--url', publicUrl]);
    expect(again.code).toBe(0);
    expect((JSON.parse(again.output) as { panels: Panel[] }).panels.map(({ members, substitutes }) => ({ members, substitutes }))).toEqual([{ members: panel!.members, substitutes: panel!.substitutes }]);

    const dir = mkdtempSync(path.join(tmpdir(), 'zc-draw-'));
    writeFileSync(path.join(dir, 'other-witness.json'), JSON.stringify({ ...inputs, witnessInput: 'lottery 2023-11-20: 0428' }));
    const changed = await recompute(['--inputs', path.join(dir, 'other-witness.json')]);
    expect(changed.code).toBe(0);
    expect((JSON.parse(changed.output) as { panels: Panel[] }).panels[0]).not.toEqual(expect.objectContaining({ members: panel!.members, substitutes: panel!.substitutes }));
    writeFileSync(path.join(dir, 'other-seed.json'), JSON.stringify({ ...inputs, revealedSeed: 'f'.repeat(64) }));
    const forged = await recompute(['--inputs', path.join(dir, 'other-seed.json')]);
    expect(forged.code).toBe(1);
    expect(forged.output).toContain('does not match the commitment');
  });
});
