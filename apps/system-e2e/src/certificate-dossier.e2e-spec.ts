import { randomUUID } from 'node:crypto';
import { DecisionRecorded, DeclarationAccepted, IntegrityRecordRecorded, ResultPublished, WindowOpened } from '@zc/contracts';
import { ApiClient, freshSampleNumber, PRINCIPALS, RunningSystem, sampleDeclaration, waitFor } from '@zc/testing';
import { emit } from './support/supervision-events';
import { closeQueries, query, TEST_SYSTEM } from './support/test-system';

interface Issued {
  id: string;
  number: string;
  issuedAt: string;
  checkCode: string;
  status: string;
}

/**
 * Certificate on its own, fed real events in an order Kafka may deliver them: it issues only once
 * the dossier is complete (R-CT-1), and revokes the title when the integrity archive names the
 * declaration a fraud was found in (R-SV-1, R-CT-4).
 */
describe('certificate dossiers and integrity records', () => {
  const system = new RunningSystem(TEST_SYSTEM, { services: ['certificate'] });
  const bureau = () => new ApiClient(system.url('certificate')).as(PRINCIPALS.bureauAdmin);

  beforeAll(() => system.start());
  afterAll(async () => {
    await system.stop();
    await closeQueries();
  });

  it('waits for the whole dossier, whatever the order, then revokes on an integrity record', async () => {
    const sample = sampleDeclaration(freshSampleNumber());
    const declarationId = randomUUID();
    const windowId = randomUUID();
    const { applicantName, idNumber, employerCreditCode, series, level, region, specialty, channel } = sample;

    // Publication overtakes the declaration's own facts: nothing can be issued on half a dossier.
    const published = await emit(ResultPublished, declarationId, { windowId, declarationId, publishedAt: new Date().toISOString(), applicantName, series, level, region });
    await emit(DecisionRecorded, declarationId, { declarationId, members: 5, attending: 5, votesFor: 5, votesAgainst: 0, abstentions: 0, outcome: 'passed', reason: '5 of 5 in favour' });
    await emit(WindowOpened, declarationId, { windowId, declarationId, opensAt: new Date().toISOString(), closesAt: new Date().toISOString() });
    await waitFor('publication, decision and window handled', async () => (await query('certificate', 'SELECT 1 FROM inbox_event WHERE "eventId" = $1', [published.id])).length === 1 || undefined);
    expect((await bureau().get(`/certificates?declarationId=${declarationId}`)).status).toBe(404);

    await emit(DeclarationAccepted, declarationId, {
      declarationId, applicantName, idNumber, employerCreditCode, series, level, region, specialty, channel, committee: 'tianjin-engineering', planId: 'tianjin-2023', planVersion: 1,
      education: sample['education'] as never, continuingEducationPromise: false, applicantAccount: 'applicant-x', seriesName: '工程技术', specialtyName: '计量',
    });
    const certificate = await waitFor('the certificate', async () => {
      const found = await bureau().get<Issued>(`/certificates?declarationId=${declarationId}`);
      return found.status === 200 ? found.body : undefined;
    });
    const verify = () => new ApiClient(system.url('certificate')).get<{ status: string }>(`/certificates/${certificate.id}/verification?code=${certificate.checkCode}`);
    expect((await verify()).body.status).toBe('valid');

    // Inspectors read the certificates of their own region only; a token without a region reads none.
    const inspector = (region?: string) => new ApiClient(system.url('certificate')).as({ sub: `inspector-${region ?? 'nowhere'}`, roles: ['inspector'], scope: region ? { region } : {} });
    const paths = [`/certificates/${certificate.id}`, `/certificates?declarationId=${declarationId}`, `/certificates/${certificate.id}/documents`, `/certificates/${certificate.id}/qr-code`];
    for (const path of paths) {
      expect({ path, status: (await inspector(region).get(path)).status }).toEqual({ path, status: 200 });
      for (const other of [inspector('somewhere-else'), inspector()]) {
        const refused = await other.get(path);
        expect({ path, status: refused.status }).toEqual({ path, status: 403 });
        expect(JSON.stringify(refused.body)).not.toContain(idNumber);
      }
    }

    await emit(IntegrityRecordRecorded, idNumber, { recordId: `IR-${declarationId}`, idNumber, declarationId, ruleId: 'R-SV-1', reason: 'R-SV-1: forged award certificate', activeUntil: '2029-11-21' }, 'supervision');
    await waitFor('the certificate revoked', async () => ((await verify()).body.status === 'revoked') || undefined);
    const [revoked] = await query<{ payload: { data: { reason: string } } }>('certificate', `SELECT payload FROM outbox_event WHERE type = 'certificate.certificate.revoked.v1' AND key = $1`, [declarationId]);
    expect(revoked?.payload.data.reason).toContain(`IR-${declarationId}`);
  });

  it('issues a certificate at 01:00 on 1 January 2024 in Beijing with a 2024 number, on the service clock', async () => {
    const sample = sampleDeclaration(freshSampleNumber());
    const declarationId = randomUUID();
    const windowId = randomUUID();
    const { applicantName, idNumber, employerCreditCode, series, level, region, specialty, channel } = sample;
    // 2023-12-31T17:00Z: the UTC year is still 2023, the Beijing year already 2024.
    const moved = await bureau().request<{ now: string }>('PUT', '/testing/clock', { now: '2024-01-01T01:00:00+08:00' });
    expect(moved.status).toBe(200);

    await emit(DeclarationAccepted, declarationId, {
      declarationId, applicantName, idNumber, employerCreditCode, series, level, region, specialty, channel, committee: 'tianjin-engineering', planId: 'tianjin-2023', planVersion: 1,
      education: sample['education'] as never, continuingEducationPromise: false,
    });
    await emit(DecisionRecorded, declarationId, { declarationId, members: 5, attending: 5, votesFor: 5, votesAgainst: 0, abstentions: 0, outcome: 'passed', reason: '5 of 5 in favour' });
    await emit(WindowOpened, declarationId, { windowId, declarationId, opensAt: '2023-12-22T10:00:00+08:00', closesAt: '2023-12-29T00:00:00+08:00' });
    await emit(ResultPublished, declarationId, { windowId, declarationId, publishedAt: '2024-01-01T00:30:00+08:00', applicantName, series, level, region });

    const certificate = await waitFor('the certificate', async () => {
      const found = await bureau().get<Issued>(`/certificates?declarationId=${declarationId}`);
      return found.status === 200 ? found.body : undefined;
    });
    expect(certificate.number).toMatch(/^[0-9A-Z]+-2024-[0-9A-Z]+-\d{6}$/);
    // Issued at the service clock's now: a minute or so after 2023-12-31T17:00Z, not the machine's today.
    expect(Date.parse(certificate.issuedAt) - Date.parse('2024-01-01T01:00:00+08:00')).toBeGreaterThanOrEqual(0);
    expect(Date.parse(certificate.issuedAt) - Date.parse('2024-01-01T01:00:00+08:00')).toBeLessThan(10 * 60_000);
  });

  it('answers with security headers, the public verification page and the API documentation alike', async () => {
    for (const path of ['/certificates/00000000-0000-4000-8000-000000000000/verification?code=x', '/docs', '/health/ready']) {
      const response = await fetch(`${system.url('certificate')}${path}`);
      await response.arrayBuffer();
      expect({ path, nosniff: response.headers.get('x-content-type-options'), frames: response.headers.get('x-frame-options'), poweredBy: response.headers.get('x-powered-by') }).toEqual({ path, nosniff: 'nosniff', frames: 'SAMEORIGIN', poweredBy: null });
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('strict-transport-security')).toContain('max-age=');
    }
  });
});
