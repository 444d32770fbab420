import { randomUUID } from 'node:crypto';
import { ApiClient, freshSampleNumber, PRINCIPALS, RunningSystem, sampleDeclaration, setIntakeClock, TIANJIN_2023_REVIEW_DAY } from '@zc/testing';
import { closeQueries, query, TEST_SYSTEM } from './support/test-system';

/** A client that retries a creating POST after a lost answer creates nothing twice (issue 14). */
describe('Idempotency-Key on creating POSTs', () => {
  const system = new RunningSystem(TEST_SYSTEM, { services: ['intake'] });

  beforeAll(async () => {
    await system.start();
    await setIntakeClock(system.url('intake'), TIANJIN_2023_REVIEW_DAY);
  });
  afterAll(async () => {
    await system.stop();
    await closeQueries();
  });

  it('replays the first answer to the same key, refuses the key with another body or of a bad shape, and keeps keys per caller', async () => {
    const n = freshSampleNumber();
    const declaration = sampleDeclaration(n);
    const applicant = new ApiClient(system.url('intake')).as(PRINCIPALS.applicant(n));
    const key = randomUUID();
    const post = (body: unknown, idempotencyKey: string = key) => applicant.request<{ id: string }>('POST', '/declarations', body, { 'idempotency-key': idempotencyKey });

    const first = await post(declaration);
    const retried = await post(declaration);
    expect(first.status).toBe(201);
    expect(retried).toEqual(first);
    const drafts = await query('intake', 'SELECT id FROM "Declaration" WHERE "idNumber" = $1', [declaration.idNumber]);
    expect(drafts).toEqual([{ id: first.body.id }]);

    const other = await post({ ...declaration, specialty: 'optics' });
    expect(other.status).toBe(422);
    expect(JSON.stringify(other.body)).toContain('Idempotency-Key');
    expect((await post(declaration, 'not a valid key with spaces')).status).toBe(400);

    // Another caller's same key is another request (keys belong to their caller).
    const someoneElse = new ApiClient(system.url('intake')).as(PRINCIPALS.applicant(n + 1));
    const theirs = await someoneElse.request<{ id: string }>('POST', '/declarations', sampleDeclaration(n + 1), { 'idempotency-key': key });
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(first.body.id);
  });

  it('replays a refusal too: the same refused request with the same key answers the same 4xx', async () => {
    const n = freshSampleNumber();
    const applicant = new ApiClient(system.url('intake')).as(PRINCIPALS.applicant(n));
    const key = randomUUID();
    const underRival = sampleDeclaration(n + 7);
    const first = await applicant.request('POST', '/declarations', underRival, { 'idempotency-key': key });
    const again = await applicant.request('POST', '/declarations', underRival, { 'idempotency-key': key });
    expect(first.status).toBe(403);
    expect(again).toEqual(first);
  });
});
