import { Redis } from 'ioredis';
import { ApiClient, freshSampleNumber, PRINCIPALS, reviewers, RunningSystem, sampleDeclaration, uniqueCreditCode, waitFor } from '@zc/testing';
import { awaitStatus, loadFeed, passCommittee, submit } from './support/declarations';
import { closeQueries, TEST_REDIS_URL, TEST_SYSTEM } from './support/test-system';

interface Listed {
  windowId: string;
  name: string;
  idNumber: string;
  status: string;
}

/**
 * Objections during result publicity (R-PB-2, R-PB-3): the public lists the results with masked
 * identity numbers (R-PB-5) and objects with a target, evidence and a contact; an open objection
 * holds that person's result past the window's end; upheld, the result is withheld and no
 * certificate is issued, while the others on the list are certified.
 */
describe('objections during publicity', () => {
  // Windows long enough to object in; the test waits on states, not on the clock.
  // Three objections an hour per address: the vague one, the real one and its repetition.
  const system = new RunningSystem(TEST_SYSTEM, { env: { publicity: { PUBLICITY_WINDOW_MS: '4000', OBJECTIONS_PER_HOUR: '3' } } });
  const anyone = () => new ApiClient(system.url('publicity'));

  beforeAll(async () => {
    await forgetRateLimits();
    await system.start();
  });
  afterAll(async () => {
    await system.stop();
    await closeQueries();
  });

  it('holds, then withholds an objected result and certifies the others', async () => {
    const people = [0, 1].map(() => {
      const n = freshSampleNumber();
      return { n, declaration: sampleDeclaration(n, { employerCreditCode: uniqueCreditCode() }) };
    });
    const ids: string[] = [];
    for (const { n, declaration } of people) {
      await loadFeed(system, declaration);
      ids.push(await submit(system, n, declaration));
    }
    const [objected, other] = ids as [string, string];
    await passCommittee(system, ids);

    const listing = await waitFor('both results on public display', async () => {
      const listed = await anyone().get<Listed[]>('/publicity');
      const ours = people.map(({ declaration }) => listed.body.find((l) => l.name === declaration.applicantName && l.idNumber.endsWith(declaration.idNumber.slice(-4))));
      return ours.every(Boolean) ? (ours as Listed[]) : undefined;
    });
    for (const [i, entry] of listing.entries()) {
      expect(entry.idNumber).not.toBe(people[i]!.declaration.idNumber); // masked (R-PB-5)
      expect(entry.idNumber).toMatch(/^\d{3}\*+[\dX]{4}$/);
    }

    const window = listing[0]!.windowId;
    const vague = await anyone().post<{ issues: { field: string }[] }>(`/publicity/${window}/objections`, { target: 'x', evidence: 'bad', contact: '13800000000' });
    expect(vague.status).toBe(400);
    expect(vague.body.issues.map((i) => i.field).sort()).toEqual(['evidence', 'target']);
    const filed = await anyone().post<{ objectionId: string }>(`/publicity/${window}/objections`, {
      target: '代表作《计量器具检定方法研究》',
      evidence: '该论文与2019年另一作者发表于同一期刊的论文第2至5页内容相同，见期刊第3期。',
      contact: 'objector@example.cn',
    });
    expect(filed.status).toBe(201);
    // The same target again, however spelt, is the objection already filed: it holds nothing more.
    const again = await anyone().post<{ objectionId: string; duplicate: boolean }>(`/publicity/${window}/objections`, { target: ' 代表作《计量器具检定方法研究》 ', evidence: '再次提交同一异议，换一种说法，内容相同。', contact: 'another@example.cn' });
    expect(again.body).toMatchObject({ objectionId: filed.body.objectionId, duplicate: true });
    // And the address has used its three objections for the hour (R-PB-2 is for people, not scripts).
    const flood = await anyone().post<{ message: string }>(`/publicity/${window}/objections`, { target: '另一篇论文《测量不确定度评定》', evidence: '脚本批量提交的异议，意在拖延公示期。', contact: 'bot@example.cn' });
    expect(flood.status).toBe(429);
    expect(flood.body.message).toMatch(/^too many requests from your address/);

    // The other result is published and certified; the objected one is held past its end.
    await awaitStatus(system, other, 'certificate-issued');
    await waitFor('the objected result to be held', async () => {
      const listed = await anyone().get<Listed[]>('/publicity');
      return listed.body.find((l) => l.windowId === window)?.status === 'held' || undefined;
    });

    // Only the office of the committee that reviewed the result, or the bureau, decides on it.
    const otherOffice = new ApiClient(system.url('publicity')).as(reviewers.office('another-committee'));
    expect((await otherOffice.post(`/objections/${filed.body.objectionId}/decision`, { decision: 'dismissed', reason: 'not ours to decide' })).status).toBe(403);
    const office = new ApiClient(system.url('publicity')).as(PRINCIPALS.bureauAdmin);
    const upheld = await office.post<{ status: string; window: string }>(`/objections/${filed.body.objectionId}/decision`, { decision: 'upheld', reason: '经核查，代表作系抄袭，异议成立。' });
    expect(upheld.body).toMatchObject({ status: 'upheld', window: 'withheld' });
    expect((await office.post(`/objections/${filed.body.objectionId}/decision`, { decision: 'dismissed', reason: 'second thoughts' })).status).toBe(409);

    const withheld = await awaitStatus(system, objected, 'result-withheld');
    expect(withheld.history.at(-1)?.reason).toContain('R-PB-2');
    const certificate = await new ApiClient(system.url('certificate')).as(PRINCIPALS.bureauAdmin).get(`/certificates?declarationId=${objected}`);
    expect(certificate.status).toBe(404);
  });
});

describe('endpoints open to anyone are rate limited per address, in Redis (issue 14)', () => {
  const system = new RunningSystem(TEST_SYSTEM, { services: ['publicity'], env: { publicity: { PUBLIC_RATE_LIMIT_PER_MINUTE: '5' } } });

  beforeAll(async () => {
    await forgetRateLimits();
    await system.start();
  });
  afterAll(() => system.stop());

  it('answers 429 with Retry-After past the limit, and never limits health checks or signed-in callers', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await fetch(`${system.url('publicity')}/publicity`)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await fetch(`${system.url('publicity')}/publicity`);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    for (let i = 0; i < 8; i += 1) expect((await fetch(`${system.url('publicity')}/health/live`)).status).toBe(200);
    const admin = new ApiClient(system.url('publicity')).as(PRINCIPALS.bureauAdmin);
    for (let i = 0; i < 8; i += 1) expect((await admin.post('/objections/00000000-0000-4000-8000-000000000000/decision', { decision: 'dismissed', reason: 'nothing to decide' })).status).toBe(404);
  });
});

/** Counters of earlier runs (an hour long for objections) would refuse this run's first calls. */
async function forgetRateLimits(): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL);
  try {
    const keys = await redis.keys('zc:throttle:publicity:*');
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}
