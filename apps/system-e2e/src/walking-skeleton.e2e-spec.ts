import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ApiClient, decodeQrPng, freshSampleNumber, pdfText, PRINCIPALS, RunningSystem, sampleDeclaration, uniqueCreditCode, waitFor, WORKSPACE_ROOT } from '@zc/testing';
import { awaitStatus, loadFeed, passCommittee, submit } from './support/declarations';
import { closeQueries, query, TEST_SYSTEM } from './support/test-system';

/** The offline verifier, run as a holder or an employer would: its verdict and exit code. */
function verifyOffline(args: string[]) {
  return new Promise<{ code: number | null; verdict: unknown }>((resolve) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'tools/certificates/verify-offline.ts', ...args], { cwd: WORKSPACE_ROOT });
    let output = '';
    child.stdout.on('data', (data) => (output += data));
    child.on('exit', (code) => resolve({ code, verdict: output.trim() ? JSON.parse(output.trim()) : null }));
  });
}

describe('walking skeleton: one declaration through all six services over real Kafka', () => {
  const system = new RunningSystem(TEST_SYSTEM);

  beforeAll(() => system.start(), 180_000);
  afterAll(async () => {
    await system.stop();
    await closeQueries();
  });

  it('goes from submission to a signed, verifiable certificate, every hop through outbox and inbox', async () => {
    const n = freshSampleNumber();
    const declaration = sampleDeclaration(n);
    await loadFeed(system, declaration);
    const id = await submit(system, n, declaration);
    await passCommittee(system, [id]);

    // Intake hears from five topics, which Kafka does not order against each other: a later stage
    // may overtake an earlier one (the decision before the check). Its history only moves forward.
    const done = await awaitStatus(system, id, 'certificate-issued');
    const cycle = ['draft', 'submitted', 'recommended', 'forwarded', 'accepted', 'verified', 'committee-passed', 'in-publicity', 'published', 'certificate-issued'];
    const stages = done.history.map((h) => cycle.indexOf(h.toStatus));
    expect(stages).not.toContain(-1);
    expect(stages).toEqual([...stages].sort((a, b) => a - b));
    expect(new Set(stages).size).toBe(stages.length);
    expect(done.history.slice(0, 5).map((h) => h.toStatus)).toEqual(cycle.slice(0, 5));

    const admin = (service: Parameters<typeof system.url>[0]) => new ApiClient(system.url(service)).as(PRINCIPALS.bureauAdmin);
    const certificate = await admin('certificate').get<{ id: string; checkCode: string; number: string; holderName: string }>(`/certificates?declarationId=${id}`);
    expect(certificate.status).toBe(200);
    expect(certificate.body.holderName).toBe(declaration.applicantName);
    const verification = await new ApiClient(system.url('certificate')).get<{ status: string; signatureValid: boolean }>(
      `/certificates/${certificate.body.id}/verification?code=${certificate.body.checkCode}`,
    );
    // 资格名称: engineering at the intermediate level confers 工程师 (000 §1(3)).
    expect(verification.body).toMatchObject({ status: 'valid', signatureValid: true, level: 'intermediate', title: '工程师' });

    // The holder downloads the certificate and the evaluation form (R-CT-1), rendered as PDF with
    // Chinese text by a BullMQ job; nobody else may.
    const holder = new ApiClient(system.url('certificate')).as(PRINCIPALS.applicant(n));
    await waitFor('both documents rendered', async () => {
      const mine = await holder.get<{ id: string; documents: { kind: string; state: string }[] }[]>('/certificates/mine');
      return mine.body.find((c) => c.id === certificate.body.id)?.documents.every((d) => d.state === 'ready') || undefined;
    });
    const title = '工程师'; // the title the catalogue names for engineering, intermediate
    const pdf = await holder.download(`/certificates/${certificate.body.id}/documents/certificate`);
    expect({ status: pdf.status, contentType: pdf.contentType }).toEqual({ status: 200, contentType: 'application/pdf' });
    const certificateText = await pdfText(pdf.body);
    expect(certificateText).toContain(declaration.applicantName);
    expect(certificateText).toContain(title);
    expect(certificateText).not.toContain('工程技术中级'); // series and level are printed only where the title has no name
    expect(certificateText).toContain(certificate.body.number);
    expect(certificateText).not.toContain(declaration.idNumber); // masked on the page as everywhere public
    const form = await holder.download(`/certificates/${certificate.body.id}/documents/evaluation-form`);
    expect(form.status).toBe(200);
    const formText = await pdfText(form.body);
    expect(formText).toContain(declaration.applicantName);
    expect(formText).toContain(title);
    const stranger = new ApiClient(system.url('certificate')).as(PRINCIPALS.applicant(freshSampleNumber()));
    expect((await stranger.download(`/certificates/${certificate.body.id}/documents/certificate`)).status).toBe(403);
    expect((await new ApiClient(system.url('certificate')).download(`/certificates/${certificate.body.id}/documents/certificate`)).status).toBe(401);

    // Scanned, the QR code gives the verification URL with the id and check code, nothing personal
    // (R-CT-2), and following it verifies the certificate.
    const scanned = decodeQrPng((await holder.download(`/certificates/${certificate.body.id}/qr-code`)).body);
    expect(scanned).toBe(`${system.url('certificate')}/certificates/${certificate.body.id}/verification?code=${certificate.body.checkCode}`);
    const followed = (await fetch(scanned!).then((r) => r.json())) as { status: string; idNumber: string };
    expect(followed.status).toBe('valid');
    expect(followed.idNumber).toMatch(/^\d{3}\*+[\dX]{4}$/);

    // Publicity closed the window through its BullMQ delayed job, not before its end.
    const [window] = await query<{ status: string; closesAt: Date; closedAt: Date }>('publicity', 'SELECT status, "closesAt", "closedAt" FROM "PublicityWindow" WHERE "declarationId" = $1', [id]);
    expect(window?.status).toBe('closed');
    expect(window!.closedAt.getTime()).toBeGreaterThanOrEqual(window!.closesAt.getTime());

    // Supervision saw every event of the case, once each, in order.
    const timeline = await waitFor('the whole case on the timeline', async () => {
      const entries = await admin('supervision').get<{ type: string }[]>(`/timelines/${id}`);
      return entries.body.some((e) => e.type === 'certificate.certificate.issued.v1') ? entries.body : undefined;
    });
    expect(timeline.filter((e) => e.type === 'intake.declaration.status-changed.v1')).toHaveLength(4);
    expect(timeline.filter((e) => e.type !== 'intake.declaration.status-changed.v1').map((e) => e.type)).toEqual([
      'intake.declaration.submitted.v1',
      'intake.declaration.accepted.v1',
      // social security, continuing education and degree, in any order, then the one verdict
      'verification.check.completed.v1',
      'verification.check.completed.v1',
      'verification.check.completed.v1',
      'verification.declaration.concluded.v1',
      'committee.review-plan.filed.v1',
      // each of the five experts' commitment opens the dossier to them (R-CM-5)
      ...Array.from({ length: 5 }, () => 'committee.dossiers.opened.v1'),
      'committee.decision.recorded.v1',
      'publicity.window.opened.v1',
      // The tests' 1.5 s window is far shorter than 5 working days, and supervision says so at once.
      'supervision.finding.raised.v1',
      'publicity.result.published.v1',
      'certificate.certificate.issued.v1',
    ]);
    const [finding] = await admin('supervision').get<{ ruleId: string; region: string }[]>(`/findings?subject=${id}`).then((r) => r.body);
    expect(finding).toMatchObject({ ruleId: 'R-PB-1', region: 'tianjin' });

    // Offline, with only the public key: the signature holds, and one changed byte breaks it.
    const dir = mkdtempSync(path.join(tmpdir(), 'zc-certificate-'));
    const signed = (await admin('certificate').get<{ payload: string; signature: string; publicKey: string }>(`/certificates/${certificate.body.id}`)).body;
    writeFileSync(path.join(dir, 'certificate.json'), JSON.stringify(signed));
    const offline = await verifyOffline(['--certificate', path.join(dir, 'certificate.json'), '--public-key', signed.publicKey]);
    expect(offline).toMatchObject({ code: 0, verdict: { status: 'valid', number: certificate.body.number } });
    const tampered = signed.payload.replace(/"level":"(\w)/, (_m, first: string) => `"level":"${first === 'x' ? 'y' : 'x'}`);
    expect(tampered).not.toBe(signed.payload);
    expect(Buffer.byteLength(tampered)).toBe(Buffer.byteLength(signed.payload));
    writeFileSync(path.join(dir, 'tampered.json'), JSON.stringify({ ...signed, payload: tampered }));
    expect(await verifyOffline(['--certificate', path.join(dir, 'tampered.json'), '--public-key', signed.publicKey])).toMatchObject({ code: 1, verdict: { status: 'invalid-signature' } });

    // Fraud found later: the bureau revokes the title (R-SV-1, R-CT-4); the change is an event too.
    const revoked = await admin('intake').post<{ status: string }>(`/declarations/${id}/cancellation`, { ruleId: 'R-SV-1', finding: 'the paper was plagiarised' });
    expect(revoked.body.status).toBe('revoked');
    expect((await admin('intake').post(`/declarations/${id}/cancellation`, { ruleId: 'R-SV-1', finding: 'again' })).status).toBe(409);
    // The certificate verifies as revoked once certificate has handled the event (R-CT-4), and is on
    // the signed public revocation list.
    const revokedCertificate = await waitFor('the certificate to verify as revoked', async () => {
      const answer = await new ApiClient(system.url('certificate')).get<{ status: string; signatureValid: boolean }>(`/certificates/${certificate.body.id}/verification?code=${certificate.body.checkCode}`);
      return answer.body.status === 'revoked' ? answer.body : undefined;
    });
    expect(revokedCertificate.signatureValid).toBe(true);
    const list = await new ApiClient(system.url('certificate')).get<{ payload: string; signature: string }>('/certificates/revocations');
    expect((JSON.parse(list.body.payload) as { revoked: { number: string }[] }).revoked.map((r) => r.number)).toContain(certificate.body.number);
    expect(list.body.signature).toMatch(/^[0-9a-f]{128}$/);
    writeFileSync(path.join(dir, 'revocations.json'), JSON.stringify(list.body));
    // Supervision archives the fraud for 3 years (R-SV-1), and intake holds the record against the person (R-EL-6).
    const [record] = await waitFor('the integrity record in intake', async () => {
      const rows = await query<{ id: string }>('intake', 'SELECT id FROM "IntegrityRecord" WHERE "idNumber" = $1', [declaration.idNumber]);
      return rows.length ? rows : undefined;
    });
    expect(record?.id).toBe(`IR-${id}`);
    const offlineRevoked = await verifyOffline(['--certificate', path.join(dir, 'certificate.json'), '--public-key', signed.publicKey, '--revocations', path.join(dir, 'revocations.json')]);
    expect(offlineRevoked).toMatchObject({ code: 2, verdict: { status: 'revoked', number: certificate.body.number } });

    // Every event left its service through the outbox and is marked sent.
    for (const service of ['intake', 'verification', 'committee', 'publicity', 'certificate'] as const) {
      const rows = await query<{ pending: string }>(service, 'SELECT count(*) FILTER (WHERE "publishedAt" IS NULL) AS pending FROM outbox_event WHERE key = $1', [id]);
      expect({ service, pending: Number(rows[0]?.pending) }).toEqual({ service, pending: 0 });
    }
  });

  it('stops at verification-failed when the feed holds too few months, and issues no certificate', async () => {
    const n = freshSampleNumber();
    const declaration = sampleDeclaration(n, { employerCreditCode: uniqueCreditCode() });
    await loadFeed(system, declaration, 3);
    const id = await submit(system, n, declaration);
    const failed = await awaitStatus(system, id, 'verification-failed');
    expect(failed.history.at(-1)?.reason).toContain('3 of the 6 months');
    expect(await query('certificate', 'SELECT 1 FROM "Certificate" WHERE "declarationId" = $1', [id])).toHaveLength(0);
  });

  it('answers 400 naming every bad field and stores nothing', async () => {
    const before = await query<{ count: string }>('intake', 'SELECT count(*) FROM "Declaration"');
    const response = await new ApiClient(system.url('intake'))
      .as(PRINCIPALS.applicant(1))
      .post<{ issues: { field: string; reason: string }[] }>('/declarations', { ...sampleDeclaration(1), idNumber: '120101197001010011', level: 'grand', extra: true });
    expect(response.status).toBe(400);
    expect(response.body.issues).toEqual(
      expect.arrayContaining([
        { field: 'idNumber', reason: 'fails the GB 11643 check character' },
        expect.objectContaining({ field: 'level' }),
        expect.objectContaining({ field: '(body)', reason: expect.stringContaining('extra') }),
      ]),
    );
    const after = await query<{ count: string }>('intake', 'SELECT count(*) FROM "Declaration"');
    expect(after[0]?.count).toBe(before[0]?.count);
  });

  it('answers 401 without a token, 403 for a role that may not submit, and 400 for a body that is not JSON', async () => {
    const intake = new ApiClient(system.url('intake'));
    expect((await intake.post('/declarations', sampleDeclaration(2))).status).toBe(401);
    expect((await intake.as(PRINCIPALS.inspector).post('/declarations', sampleDeclaration(2))).status).toBe(403);
    expect((await intake.as(PRINCIPALS.applicant(2)).request('POST', '/declarations', '{"applicantName":', { 'content-type': 'application/json' })).status).toBe(400);
  });

  it('serves OpenAPI, Prometheus metrics and liveness on every service', async () => {
    for (const process of system.processes) {
      expect((await fetch(`${process.url}/docs`)).status).toBe(200);
      expect(await (await fetch(`${process.url}/metrics`)).text()).toContain('process_cpu_user_seconds_total');
      expect((await fetch(`${process.url}/health/live`)).status).toBe(200);
    }
  });
});
