import { randomUUID } from 'node:crypto';
import { ApiClient, freshSampleNumber, PRINCIPALS, RunningSystem, sampleDeclaration, setIntakeClock, TIANJIN_2023_REVIEW_DAY, uploadEvidence, waitFor } from '@zc/testing';
import { closeQueries, query, TEST_SYSTEM } from './support/test-system';

/**
 * R-EL-8: Tianjin has no journalism committee, so a Tianjin journalist declares under an
 * entrustment letter issued in the system by which a Beijing committee takes such declarations.
 */
describe('entrustment letters', () => {
  const system = new RunningSystem(TEST_SYSTEM, { services: ['intake', 'committee'] });

  beforeAll(() => system.start());
  afterAll(async () => {
    await system.stop();
    await closeQueries();
  });

  async function submitWithLetter(entrustmentLetterId: string | null) {
    const n = freshSampleNumber();
    const declaration = sampleDeclaration(n, { series: 'journalism', specialty: 'news-editing', entrustmentLetterId });
    const applicant = new ApiClient(system.url('intake')).as(PRINCIPALS.applicant(n));
    const draft = await applicant.post<{ id: string }>('/declarations', declaration);
    expect(draft.status).toBe(201);
    await uploadEvidence(applicant, draft.body.id, declaration);
    return applicant.post<{ committee?: string; refusals?: { ruleId: string; reason: { en: string } }[] }>(`/declarations/${draft.body.id}/submission`, {});
  }

  it('routes a declaration no local committee reviews to the committee of a valid letter, and refuses it without one', async () => {
    await setIntakeClock(system.url('intake'), TIANJIN_2023_REVIEW_DAY);
    const admin = new ApiClient(system.url('committee')).as(PRINCIPALS.bureauAdmin);
    const committee = `beijing-journalism-${Date.now()}`;
    expect((await admin.post('/committees', { id: committee, name: '北京市新闻系列评审委员会', organisingUnit: '北京市委宣传部', type: 'socialised', region: 'beijing', series: ['journalism'], specialties: ['*'], levels: ['intermediate', 'deputy-senior', 'senior'], filingNumber: 'F-J', filedUntil: '2099-12-31', openToHighSkill: false })).status).toBe(201);
    expect((await admin.post(`/committees/${committee}/entrustment-letters`, { fromRegion: 'tianjin', series: 'accounting', levels: ['intermediate'], validUntil: '2024-12-31' })).status).toBe(422); // not its series
    const letter = await admin.post<{ id: string }>(`/committees/${committee}/entrustment-letters`, { fromRegion: 'tianjin', series: 'journalism', levels: ['intermediate'], validUntil: '2024-12-31' });
    expect(letter.status).toBe(201);
    await waitFor('intake to know the letter', async () => (await query('intake', 'SELECT 1 FROM "EntrustmentLetter" WHERE id = $1', [letter.body.id])).length > 0 || undefined);

    const without = await submitWithLetter(null);
    expect(without.status).toBe(422);
    expect(without.body.refusals?.map((r) => r.ruleId)).toEqual(['R-EL-8']);
    const unknown = await submitWithLetter(randomUUID());
    expect(unknown.body.refusals?.map((r) => r.reason.en)).toEqual([expect.stringMatching(/^no entrustment letter .* was issued in the system$/)]);
    const entrusted = await submitWithLetter(letter.body.id);
    expect(entrusted.status).toBe(200);
    expect(entrusted.body.committee).toBe(committee);
  });
});
