import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { CommitteeAuthorityLost, CommitteeRegistered, DeclarationStatusChanged, DeclarationSubmitted, Topics } from '@zc/contracts';
import { readTopicUntil } from '@zc/messaging/testing';
import { ApiClient, freshSampleNumber, PRINCIPALS, RunningSystem, sampleDeclaration, waitFor, WORKSPACE_ROOT } from '@zc/testing';
import { awaitFinding, emit } from './support/supervision-events';
import { closeQueries, query, TEST_KAFKA, TEST_SYSTEM } from './support/test-system';

const inspectorOf = (region: string) => ({ sub: `inspector-${region}`, roles: ['inspector' as const], scope: { region } });

/**
 * What inspectors do with supervision: move findings through their states, see their own region
 * only, read the integrity archive, and prove the audit log was not altered (R-SV-1, R-SV-4).
 */
describe('inspecting findings, the integrity archive and the audit log', () => {
  const system = new RunningSystem(TEST_SYSTEM, { services: ['supervision'] });
  const as = (principal: Parameters<ApiClient['as']>[0]) => new ApiClient(system.url('supervision')).as(principal);

  beforeAll(() => system.start());
  afterAll(async () => {
    await system.stop();
    await closeQueries();
  });

  /** A committee of `region` that lost its authority: an R-CM-8 finding there. */
  async function committeeFinding(region: string) {
    const committeeId = `committee-${randomUUID()}`;
    await emit(CommitteeRegistered, committeeId, { committeeId, name: `评委会 ${committeeId}`, type: 'socialised', region, filingNumber: `BA-${committeeId}`, filedUntil: '2025-12-31' });
    await emit(CommitteeAuthorityLost, committeeId, { committeeId, barredUntil: '2026-12-31', reason: 'missed the deadline', lapsedReviewPlans: [] });
    return { committeeId, finding: await awaitFinding(system, 'R-CM-8', committeeId) };
  }

  it('moves a finding open → acknowledged → resolved, each step with a comment, on the feed and on Kafka', async () => {
    const { finding } = await committeeFinding('tianjin');
    const inspector = as(inspectorOf('tianjin'));
    expect((await inspector.post(`/findings/${finding.id}/resolution`, { comment: '已整改完毕' .repeat(2) })).status).toBe(409);
    const vague = await inspector.post<{ issues: { field: string }[] }>(`/findings/${finding.id}/acknowledgement`, { comment: 'ok' });
    expect({ status: vague.status, fields: vague.body.issues.map((i) => i.field) }).toEqual({ status: 400, fields: ['comment'] });
    expect((await inspector.post<{ status: string }>(`/findings/${finding.id}/acknowledgement`, { comment: '已约谈评委会办事机构' })).body.status).toBe('acknowledged');
    expect((await inspector.post<{ status: string }>(`/findings/${finding.id}/resolution`, { comment: '评委会已重新申请授权，整改完毕' })).body.status).toBe('resolved');
    expect((await inspector.post(`/findings/${finding.id}/resolution`, { comment: '再次关闭此问题' })).status).toBe(409);

    const detail = await inspector.get<{ history: { change: string; comment: string | null; by: string | null }[] }>(`/findings/${finding.id}`);
    expect(detail.body.history.map((h) => [h.change, h.by])).toEqual([['raised', null], ['acknowledged', 'inspector-tianjin'], ['resolved', 'inspector-tianjin']]);
    // Other systems read the same findings from Kafka.
    const onKafka = await readTopicUntil(TEST_KAFKA, Topics.supervisionFinding, (messages) => messages.filter((m) => m.value?.includes(finding.id)).length >= 3, 20_000);
    expect(onKafka.filter((m) => m.value?.includes(finding.id)).map((m) => (JSON.parse(m.value!) as { type: string }).type)).toEqual([
      'supervision.finding.raised.v1',
      'supervision.finding.status-changed.v1',
      'supervision.finding.status-changed.v1',
    ]);
  });

  it('shows an inspector of one region nothing of another region, by any endpoint', async () => {
    const { committeeId, finding } = await committeeFinding('jilin');
    const tianjin = as(inspectorOf('tianjin'));
    const jilin = as(inspectorOf('jilin'));
    expect((await tianjin.get<{ id: string }[]>('/findings')).body.map((f) => f.id)).not.toContain(finding.id);
    expect((await tianjin.get<{ id: string }[]>('/findings?region=jilin')).body.map((f) => f.id)).not.toContain(finding.id);
    // Refused like an unknown id (403), never answered with what the record holds.
    expect((await tianjin.get(`/findings/${finding.id}`)).status).toBe(403);
    expect((await tianjin.post(`/findings/${finding.id}/acknowledgement`, { comment: '不属于本地区' })).status).toBe(403);
    expect((await tianjin.get(`/timelines/${committeeId}`)).status).toBe(403);
    expect((await jilin.get<{ id: string }[]>('/findings')).body.map((f) => f.id)).toContain(finding.id);
    expect((await jilin.get(`/findings/${finding.id}`)).status).toBe(200);
    // The committee's timeline: its events and the finding they raised (once supervision has read its own event back from Kafka).
    const timeline = await waitFor('the finding on the committee’s timeline', async () => {
      const types = (await jilin.get<{ type: string }[]>(`/timelines/${committeeId}`)).body.map((e) => e.type);
      return types.length >= 3 && types;
    });
    expect(timeline).toEqual(['committee.committee.registered.v1', 'committee.authority.lost.v1', 'supervision.finding.raised.v1']);
    const regionless = as({ sub: 'inspector-nowhere', roles: ['inspector'], scope: {} });
    expect((await regionless.get('/findings')).status).toBe(403);
  });

  it('archives fraud for 3 years and publishes the record for intake and certificate (R-SV-1)', async () => {
    const sample = sampleDeclaration(freshSampleNumber(), { region: 'jilin' });
    const declarationId = randomUUID();
    const { applicantName, idNumber, employerCreditCode, series, level, region } = sample;
    await emit(DeclarationSubmitted, declarationId, { declarationId, applicantName, idNumber, employerCreditCode, series, level, region, planId: 'jilin-2023', planVersion: 1 });
    const cancelled = await emit(DeclarationStatusChanged, declarationId, {
      declarationId, from: 'accepted', to: 'cancelled', reason: 'declaration cancelled (R-SV-1): forged award certificate', actor: 'bureau', deadline: null,
      on: '2024-02-29', fraud: { ruleId: 'R-SV-1', finding: 'forged award certificate' },
    });
    const [record] = await waitFor('the integrity record', async () => {
      const records = await as(inspectorOf('jilin')).post<{ id: string; activeUntil: string; evidence: string[]; active: boolean }[]>('/integrity-records/search', { idNumber });
      return records.body.length ? records.body : undefined;
    });
    // Three years from a 29 February: the last active day is the 28th.
    expect(record).toMatchObject({ id: `IR-${declarationId}`, activeUntil: '2027-02-28', evidence: [cancelled.id], active: true });
    expect((await as(inspectorOf('tianjin')).post<unknown[]>('/integrity-records/search', { idNumber })).body).toEqual([]);
    expect((await as(inspectorOf('jilin')).post<unknown[]>('/integrity-records/search', { idNumber, active: false })).body).toEqual([]);
    // An identity number never goes in a URL, where access logs and proxies would keep it.
    const inUrl = await as(inspectorOf('jilin')).get(`/integrity-records?idNumber=${idNumber}`);
    expect(inUrl.status).toBe(400);
    expect(JSON.stringify(inUrl.body)).toContain('idNumber');
    const [published] = await query<{ payload: { data: { declarationId: string; ruleId: string; activeUntil: string } } }>('supervision', `SELECT payload FROM outbox_event WHERE type = 'supervision.integrity-record.recorded.v1' AND key = $1`, [idNumber]);
    expect(published?.payload.data).toMatchObject({ declarationId, ruleId: 'R-SV-1', activeUntil: '2027-02-28' });
  });

  it('verifies the audit chain and names the first row edited in the database (R-SV-4)', async () => {
    const bureau = as(PRINCIPALS.bureauAdmin);
    const intact = await waitFor('an audit chain of some length', async () => {
      const verdict = await bureau.get<{ ok: boolean; checked: number }>('/audit/verification');
      return verdict.body.ok && verdict.body.checked >= 5 ? verdict.body : undefined;
    });
    expect(intact.ok).toBe(true);
    expect(await verifyOffline()).toMatchObject({ code: 0, verdict: { ok: true } });

    const [row] = await query<{ seq: string; eventId: string; event: string }>('supervision', 'SELECT seq::text AS seq, "eventId", event FROM "AuditRecord" ORDER BY seq OFFSET 2 LIMIT 1');
    // Back-date the event, as someone covering tracks would.
    await query('supervision', `UPDATE "AuditRecord" SET event = regexp_replace(event, '"time":"[^"]*"', '"time":"2000-01-01T00:00:00.000Z"') WHERE seq = $1::bigint`, [row!.seq]);
    try {
      const broken = await bureau.get<{ ok: boolean; firstBroken: { seq: string; eventId: string; reason: string } }>('/audit/verification');
      expect(broken.body).toMatchObject({ ok: false, firstBroken: { seq: row!.seq, eventId: row!.eventId } });
      expect(await verifyOffline()).toMatchObject({ code: 1, verdict: { ok: false, firstBroken: { seq: row!.seq } } });
    } finally {
      await query('supervision', 'UPDATE "AuditRecord" SET event = $2 WHERE seq = $1::bigint', [row!.seq, row!.event]);
    }
    expect((await bureau.get<{ ok: boolean }>('/audit/verification')).body.ok).toBe(true);
  });

  it('anchors the chain head outside the database (SM2-signed), so audit:verify names a cut tail (R-SV-4)', async () => {
    const bureau = as(PRINCIPALS.bureauAdmin);
    await committeeFinding('tianjin'); // more records, so the head moves and is anchored again
    type Verdict = { ok: boolean; checked: number; head: { seq: string } | null; anchored: { seq: string; at: string } | null; firstBroken?: { seq: string; reason: string } };
    const anchored = await waitFor('the head anchored', async () => {
      const verdict = (await bureau.get<Verdict>('/audit/verification')).body;
      return verdict.ok && verdict.anchored && verdict.anchored.seq === verdict.head?.seq && Number(verdict.head.seq) >= 5 ? verdict : undefined;
    });
    expect(Number(anchored.head!.seq)).toBeGreaterThanOrEqual(5);
    // Supervision is stopped while the tail is cut, as an intruder in the database would leave it
    // running; stopped, nothing appends behind the cut and the rows can be put back afterwards.
    const supervision = system.service('supervision');
    await supervision.stop();
    // The last anchor once stopped: records still arriving from the finding may have moved it on.
    const atRest = (await verifyOffline()).verdict as Verdict;
    expect(atRest.ok).toBe(true);
    const head = Number(atRest.anchored!.seq);
    await query('supervision', 'DROP TABLE IF EXISTS audit_cut');
    await query('supervision', 'CREATE TABLE audit_cut AS SELECT * FROM "AuditRecord" WHERE seq > $1::bigint', [head - 2]);
    await query('supervision', 'DELETE FROM "AuditRecord" WHERE seq > $1::bigint', [head - 2]);
    try {
      // The chain alone looks intact; the anchor signed outside the database says what is missing.
      expect(await verifyOffline()).toMatchObject({ code: 1, verdict: { ok: false, firstBroken: { seq: String(head - 1), reason: expect.stringContaining(`anchored at seq ${head}`) } } });
    } finally {
      await query('supervision', 'INSERT INTO "AuditRecord" SELECT * FROM audit_cut');
      await query('supervision', 'DROP TABLE audit_cut');
      supervision.start();
      await supervision.waitReady();
    }
    expect((await bureau.get<Verdict>('/audit/verification')).body.ok).toBe(true);
    expect(await verifyOffline()).toMatchObject({ code: 0 });
  });

  function verifyOffline() {
    return new Promise<{ code: number | null; verdict: unknown }>((resolve) => {
      const child = spawn(process.execPath, ['-r', '@swc-node/register', 'tools/supervision/verify-audit.ts', '--database-url', TEST_SYSTEM.databaseUrl('supervision')], { cwd: WORKSPACE_ROOT });
      let output = '';
      child.stdout.on('data', (data) => (output += data));
      child.on('exit', (code) => resolve({ code, verdict: output.trim() ? JSON.parse(output.trim()) : null }));
    });
  }
});
