import {
  ApiClient,
  freshSampleNumber,
  pdfText,
  PRINCIPALS,
  reviewers,
  RunningSystem,
  sampleDeclaration,
  setIntakeClock,
  uniqueCreditCode,
  unitPublicityBefore,
  uploadEvidence,
  waitFor,
  type SampleDeclaration,
} from '@zc/testing';
import { loadFeed, passCommittee } from './support/declarations';
import { closeQueries, query, TEST_SYSTEM } from './support/test-system';

interface View {
  status: string;
  correctionDeadline: string | null;
  feeDeadline: string | null;
  committee: string | null;
  history: { toStatus: string; actor: string; reason: string | null }[];
}

/**
 * One declaration after another under each region's seeded 2023 plan (R-RV-*, R-EL-*), with
 * intake's clock moved into that plan's review period: every stage the plan has, a correction
 * round, abandonment on missed deadlines, a fee where the plan asks for one, special channels.
 */
describe('declarations under the Tianjin, Beijing and Jilin 2023 plans', () => {
  // All six services: accepted declarations go on through verification, committee, publicity and certificate.
  const system = new RunningSystem(TEST_SYSTEM);
  let intake: ApiClient;

  beforeAll(async () => {
    await system.start();
    intake = new ApiClient(system.url('intake'));
  });
  afterAll(async () => {
    await system.stop();
    await closeQueries();
  });

  /** One applicant's declaration and the calls each party makes on it. */
  function applicantCase(declaration: SampleDeclaration) {
    const n = freshSampleNumber();
    const applicant = intake.as(PRINCIPALS.applicant(n, declaration));
    let id = '';
    let committee = '';
    const expectStatus = async (call: Promise<{ status: number; body: unknown }>, status = 200) => {
      const response = await call;
      expect({ status: response.status, body: response.body }).toMatchObject({ status });
      return response.body as Record<string, unknown>;
    };
    return {
      get id() {
        return id;
      },
      /** Feed data first, so that verification passes once the declaration is accepted. */
      async draftAndSubmit() {
        await loadFeed(system, declaration);
        id = ((await expectStatus(applicant.post('/declarations', declaration), 201)) as { id: string }).id;
        await uploadEvidence(applicant, id, declaration);
        committee = ((await expectStatus(applicant.post(`/declarations/${id}/submission`, {}))) as { committee: string }).committee;
      },
      submitAgain: () => expectStatus(applicant.post(`/declarations/${id}/submission`, {})),
      employer: (body: object, status = 200) => expectStatus(intake.as(reviewers.employer(declaration.employerCreditCode)).post(`/declarations/${id}/employer-review`, body), status),
      department: (body: object, status = 200) => expectStatus(intake.as(reviewers.department(declaration.department)).post(`/declarations/${id}/department-review`, body), status),
      office: (body: object, status = 200) => expectStatus(intake.as(reviewers.office(committee)).post(`/declarations/${id}/office-review`, body), status),
      resubmit: () => expectStatus(applicant.post(`/declarations/${id}/resubmission`, {})),
      payFee: (status = 200) => expectStatus(applicant.post(`/declarations/${id}/fee-payment`, { paymentReference: `PAY-${n}` }), status),
      view: async () => (await intake.as(PRINCIPALS.bureauAdmin).get<View>(`/declarations/${id}`)).body,
      awaitStatus: (status: string) =>
        waitFor(`declaration to be ${status}`, async () => {
          const view = (await intake.as(PRINCIPALS.bureauAdmin).get<View>(`/declarations/${id}`)).body;
          return view.status === status ? view : undefined;
        }),
    };
  }

  it('Tianjin (001, no fee): an exceptional declaration returned by its employer, then corrected once at the office, is accepted and certified', async () => {
    await setIntakeClock(system.url('intake'), '2023-10-20');
    const declaration = sampleDeclaration(freshSampleNumber(), { channel: 'exceptional', evidence: ['employer-exceptional-application'] });
    const c = applicantCase(declaration);
    await c.draftAndSubmit();
    await c.employer({ decision: 'return', reason: 'the award certificate is missing' });
    await c.submitAgain();
    const tooShort = await c.employer({ decision: 'recommend', unitPublicity: unitPublicityBefore('2023-10-20', 4) }, 409);
    expect(tooShort).toMatchObject({ ruleId: 'R-RV-1' });
    await c.employer({ decision: 'recommend', unitPublicity: unitPublicityBefore('2023-10-20') });
    await c.department({ decision: 'forward' });
    await c.office({ decision: 'request-correction', defects: ['first page of the paper lacks the employer stamp', 'contents page unreadable'] });
    expect(await c.view()).toMatchObject({ status: 'correction-requested', correctionDeadline: '2023-10-25', committee: 'tianjin-engineering-quality-metrology' });
    await c.resubmit();
    expect(await c.office({ decision: 'request-correction', defects: ['again'] }, 409)).toMatchObject({ ruleId: 'R-RV-4' });
    await c.office({ decision: 'accept' });
    const done = await c.view();
    expect(done.history.map((h) => h.toStatus)).toEqual([
      'draft',
      'submitted',
      'returned-by-employer',
      'submitted',
      'recommended',
      'forwarded',
      'correction-requested',
      'resubmitted',
      'accepted',
    ]);
    expect(done.history.map((h) => h.actor)).toEqual(['applicant', 'applicant', 'employer', 'applicant', 'employer', 'department', 'committee-office', 'applicant', 'committee-office']);
    await passCommittee(system, [c.id]);
    await c.awaitStatus('certificate-issued');
  });

  it('Beijing (004, online fee): one declaration pays and is certified; an exceptional one does not pay in time and is abandoned', async () => {
    await setIntakeClock(system.url('intake'), '2023-07-10');
    const beijing = (overrides: Partial<SampleDeclaration>) =>
      sampleDeclaration(freshSampleNumber(), { region: 'beijing', department: 'beijing-economy-and-it', employerCreditCode: uniqueCreditCode(), ...overrides });
    const paying = applicantCase(beijing({}));
    const late = applicantCase(beijing({ channel: 'exceptional', level: 'deputy-senior', evidence: ['peer-expert-recommendations'], seniorExpertRecommendations: 2 }));
    for (const c of [paying, late]) {
      await c.draftAndSubmit();
      await c.employer({ decision: 'recommend', unitPublicity: unitPublicityBefore('2023-07-10') });
      await c.department({ decision: 'forward' });
      await c.office({ decision: 'accept' });
      expect(await c.view()).toMatchObject({ status: 'awaiting-fee', feeDeadline: '2023-07-15', committee: 'beijing-engineering' });
    }
    await paying.payFee();
    expect((await passCommittee(system, [paying.id])).approval).toBe('not-required');
    await paying.awaitStatus('certificate-issued');

    await setIntakeClock(system.url('intake'), '2023-07-16');
    const abandoned = await late.awaitStatus('abandoned');
    expect(abandoned.history.at(-1)).toMatchObject({ actor: 'system', reason: expect.stringContaining('R-RV-5') });
    await late.payFee(409);
  });

  it('Jilin (003, its own exclusions): a management-post applicant is refused, a "3010" declaration not corrected in time is abandoned, a paid one and a directed one are certified, and the results are reported and filed', async () => {
    await setIntakeClock(system.url('intake'), '2023-02-01');
    const jilin = (overrides: Partial<SampleDeclaration>) =>
      sampleDeclaration(freshSampleNumber(), {
        region: 'jilin',
        department: 'jilin-industry-and-it',
        employerCreditCode: uniqueCreditCode(),
        level: 'deputy-senior',
        currentPost: { since: '2010-03-01', unitKind: 'separate', tier: 'city' },
        ...overrides,
      });

    const managementPost = jilin({ personCategory: 'public-institution-management-post', materials: [] });
    const refused = await intake.as(PRINCIPALS.applicant(7, managementPost)).post<{ id: string }>('/declarations', managementPost);
    expect(refused.status).toBe(201);
    const submission = await intake.as(PRINCIPALS.applicant(7, managementPost)).post<{ refusals: { ruleId: string; reason: { zh: string; en: string } }[] }>(`/declarations/${refused.body.id}/submission`, {});
    expect(submission.status).toBe(422);
    expect(submission.body.refusals.map((r) => r.ruleId)).toEqual(['R-EL-2']);

    const grassroots = applicantCase(jilin({ channel: 'grassroots-3010', evidence: ['grassroots-service-certificate'], grassrootsServiceYears: 31, yearsAtIntermediate: 12 }));
    const paid = applicantCase(jilin({}));
    const directed = applicantCase(jilin({ channel: 'directed', directedCounty: '珲春市', evidence: ['directed-county-certificate'] }));
    for (const c of [grassroots, paid, directed]) {
      await c.draftAndSubmit();
      // The five working days before 2023-02-01 straddle the Spring Festival and its make-up workdays.
      await c.employer({ decision: 'recommend', unitPublicity: unitPublicityBefore('2023-02-01') });
      await c.department({ decision: 'forward' });
    }
    await grassroots.office({ decision: 'request-correction', defects: ['the grassroots service certificate is not stamped'] });
    for (const c of [paid, directed]) {
      await c.office({ decision: 'accept' });
      await c.payFee();
    }
    // Jilin committees apply for each meeting and are approved before the draw (R-CM-1, 003 §5(2)).
    expect((await passCommittee(system, [paid.id, directed.id])).approval).toBe('approved');
    await paid.awaitStatus('certificate-issued');
    await directed.awaitStatus('certificate-issued');
    await expectDirectedCertificate(paid.id, null);
    await expectDirectedCertificate(directed.id, '珲春市');
    await expectResultsReportedAndFiled((await paid.view()).committee!, [paid.id, directed.id]);

    // A review applied for and left unfinished past the committee's deadline (2023-09-30) costs the
    // committee its authority for three years (R-CM-8, 003 §6(4)).
    const unfinished = applicantCase(jilin({}));
    await unfinished.draftAndSubmit();
    await unfinished.employer({ decision: 'recommend', unitPublicity: unitPublicityBefore('2023-02-01') });
    await unfinished.department({ decision: 'forward' });
    await unfinished.office({ decision: 'accept' });
    await unfinished.payFee();
    await unfinished.awaitStatus('verified');
    const { committee: jilinCommittee } = (await unfinished.view()) as { committee: string };
    const committee = new ApiClient(system.url('committee'));
    const jilinOffice = committee.as(reviewers.office(jilinCommittee));
    const moveCommitteeClock = (date: string) => committee.as(PRINCIPALS.bureauAdmin).request('PUT', '/testing/clock', { now: `${date}T10:00:00+08:00` });
    const application = { planId: 'jilin-2023', meetingOn: '2023-03-01', mode: 'online', declarationIds: [unfinished.id], panels: [{ specialty: 'metrology', size: 5 }] };
    await moveCommitteeClock('2023-02-20');
    expect((await jilinOffice.post<{ status: string }>(`/committees/${jilinCommittee}/review-plans`, application)).body.status).toBe('awaiting-approval');
    await moveCommitteeClock('2023-10-01');
    const barred = await jilinOffice.post<{ ruleId: string; message: string }>(`/committees/${jilinCommittee}/review-plans`, { ...application, meetingOn: '2023-10-10' });
    expect(barred.status).toBe(409);
    expect(barred.body).toMatchObject({ ruleId: 'R-CM-8', message: expect.stringContaining('no authority until 2026-09-30') });
    const listed = await committee.as(PRINCIPALS.inspector).get<{ id: string; barredUntil: string | null }[]>('/committees');
    expect(listed.body.find((c) => c.id === jilinCommittee)?.barredUntil).toBe('2026-09-30');

    await setIntakeClock(system.url('intake'), '2023-02-08');
    const abandoned = await grassroots.awaitStatus('abandoned');
    expect(abandoned.history.at(-1)).toMatchObject({ actor: 'system', reason: expect.stringContaining('R-RV-4') });
  });

  /** R-CT-3: a directed title names its county in the signed content, the public answer and the printed certificate. */
  async function expectDirectedCertificate(declarationId: string, county: string | null) {
    const certificates = new ApiClient(system.url('certificate'));
    const certificate = (await certificates.as(PRINCIPALS.bureauAdmin).get<{ id: string; checkCode: string; payload: string }>(`/certificates?declarationId=${declarationId}`)).body;
    expect(JSON.parse(certificate.payload)).toMatchObject({ directedCounty: county, region: 'jilin' });
    const verified = await certificates.get<{ status: string; directed: unknown }>(`/certificates/${certificate.id}/verification?code=${certificate.checkCode}`);
    expect(verified.body).toMatchObject({ status: 'valid', directed: county ? { county, validOnlyIn: county } : null });
    const pdf = await waitFor('the certificate rendered', async () => {
      const download = await certificates.as(PRINCIPALS.bureauAdmin).download(`/certificates/${certificate.id}/documents/certificate`);
      return download.status === 200 ? download.body : undefined;
    });
    const text = await pdfText(pdf);
    if (county) expect(text).toMatch(new RegExp(`定向[\\s\\S]*${county}`));
    else expect(text).not.toContain('定向');
  }

  /**
   * R-PB-4 (003 §6(4)): the committee reports its results to the province by the end of the next
   * day and files them within 3 days after publicity; a filing forgotten is raised once as overdue,
   * and filed late it is marked late.
   */
  async function expectResultsReportedAndFiled(committee: string, ids: string[]) {
    interface Duty {
      declarationId: string;
      kind: string;
      dueAt: string;
      fulfilledAt: string | null;
      overdueAt: string | null;
      late: boolean;
    }
    const office = new ApiClient(system.url('publicity')).as(reviewers.office(committee));
    const hours = (iso: string) => (Date.parse(iso) - Date.now()) / 3_600_000;
    const duties = await waitFor('a report and a filing owed for each result', async () => {
      const owed = (await office.get<Duty[]>('/reporting-duties')).body.filter((d) => ids.includes(d.declarationId));
      return owed.length === 2 * ids.length ? owed : undefined;
    });
    for (const duty of duties) {
      // 次日: the end of tomorrow in Beijing; 3天内: the end of the third day after publicity ended today.
      const [from, to] = duty.kind === 'report' ? [16, 48] : [64, 96];
      expect({ kind: duty.kind, due: hours(duty.dueAt) > from && hours(duty.dueAt) <= to, late: duty.late }).toEqual({ kind: duty.kind, due: true, late: false });
    }
    const report = { kind: 'report', declarationIds: ids, reference: '吉人社职报〔2023〕1号' };
    expect((await new ApiClient(system.url('publicity')).as(reviewers.office('another-committee')).post('/reporting-duties/fulfilment', report)).status).toBe(403);
    const reported = await office.post<{ results: { late: boolean }[] }>('/reporting-duties/fulfilment', report);
    expect(reported.status).toBe(200);
    expect(reported.body.results.map((r) => r.late)).toEqual([false, false]);
    expect((await office.post('/reporting-duties/fulfilment', report)).status).toBe(409);

    // Five days on, the filing was forgotten: each result is raised overdue, once.
    const admin = new ApiClient(system.url('publicity')).as(PRINCIPALS.bureauAdmin);
    await admin.request('PUT', '/testing/clock', { now: new Date(Date.now() + 5 * 86_400_000).toISOString() });
    await waitFor('the filings overdue', async () => {
      const overdue = (await office.get<Duty[]>('/reporting-duties?kind=filing&state=overdue')).body.filter((d) => ids.includes(d.declarationId));
      return overdue.length === ids.length && overdue.every((d) => d.overdueAt) ? overdue : undefined;
    });
    const filed = await office.post<{ results: { late: boolean }[] }>('/reporting-duties/fulfilment', { kind: 'filing', declarationIds: ids, reference: '吉人社职备〔2023〕1号' });
    expect(filed.body.results.map((r) => r.late)).toEqual([true, true]);
    const raised = await query<{ key: string }>('publicity', `SELECT key FROM outbox_event WHERE type = 'publicity.reporting.overdue.v1' AND key = ANY($1::text[])`, [ids]);
    expect(raised.map((r) => r.key).sort()).toEqual([...ids].sort());
  }

  it('refuses a submission outside the plan’s window (R-RV-3) and answers with the reason', async () => {
    await setIntakeClock(system.url('intake'), '2023-11-07');
    const declaration = sampleDeclaration(freshSampleNumber(), { materials: [] });
    const draft = await intake.as(PRINCIPALS.applicant(99, declaration)).post<{ id: string }>('/declarations', declaration);
    const late = await intake.as(PRINCIPALS.applicant(99, declaration)).post<{ ruleId: string; message: string }>(`/declarations/${draft.body.id}/submission`, {});
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ ruleId: 'R-RV-3', message: expect.stringContaining('2023-11-06') });
  });
});
