import { createEvent, IntegrityRecordRecorded, Topics } from '@zc/contracts';
import { produceRaw } from '@zc/messaging/testing';
import { ApiClient, freshSampleNumber, PRINCIPALS, RunningSystem, sampleDeclaration, setIntakeClock, TIANJIN_2023_REVIEW_DAY, uploadEvidence, waitFor } from '@zc/testing';
import { closeQueries, query, TEST_KAFKA, TEST_SYSTEM } from './support/test-system';

/** Supervision's integrity records reach intake as events and bar declarations while active (R-EL-6). */
describe('integrity archive in intake', () => {
  const system = new RunningSystem(TEST_SYSTEM, { services: ['intake'] });

  beforeAll(async () => {
    await system.start();
    await setIntakeClock(system.url('intake'), TIANJIN_2023_REVIEW_DAY);
  });
  afterAll(async () => {
    await system.stop();
    await closeQueries();
  });

  async function recordAndSubmit(activeUntil: string) {
    const n = freshSampleNumber();
    const declaration = sampleDeclaration(n);
    const recordId = `IR-${n}`;
    const event = createEvent(IntegrityRecordRecorded, declaration.idNumber, { recordId, idNumber: declaration.idNumber, reason: 'false promise of continuing education (R-VF-1)', activeUntil }, { source: 'supervision', correlationId: recordId });
    await produceRaw(TEST_KAFKA, Topics.supervisionIntegrity, [{ key: declaration.idNumber, value: JSON.stringify(event) }]);
    await waitFor('the record in intake', async () => (await query('intake', 'SELECT 1 FROM "IntegrityRecord" WHERE id = $1', [recordId])).length === 1);
    const applicant = new ApiClient(system.url('intake')).as(PRINCIPALS.applicant(n));
    const draft = await applicant.post<{ id: string }>('/declarations', declaration);
    await uploadEvidence(applicant, draft.body.id, declaration);
    return applicant.post<{ refusals?: { ruleId: string; reason: { zh: string } }[] }>(`/declarations/${draft.body.id}/submission`, {});
  }

  it('refuses a person whose record is active on the day of submission', async () => {
    const refused = await recordAndSubmit('2026-05-01');
    expect(refused.status).toBe(422);
    expect(refused.body.refusals?.map((r) => r.ruleId)).toEqual(['R-EL-6']);
    expect(refused.body.refusals?.[0]?.reason.zh).toContain('2026-05-01');
  });

  it('lets a person declare again once the record has expired', async () => {
    expect((await recordAndSubmit('2023-01-01')).status).toBe(200);
  });
});
