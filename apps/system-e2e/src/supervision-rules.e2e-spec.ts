import { randomUUID } from 'node:crypto';
import {
  CertificateIssued,
  CommitteeAuthorityLost,
  CommitteeRegistered,
  DecisionRecorded,
  DeclarationAccepted,
  DeclarationStatusChanged,
  DeclarationSubmitted,
  ExpertsDrawn,
  ObjectionDecided,
  ObjectionFiled,
  PlanPublished,
  ReportingOverdue,
  ResultPublished,
  ResultsReported,
  ReviewPlanFiled,
  WindowOpened,
} from '@zc/contracts';
import { ApiClient, freshSampleNumber, PRINCIPALS, RunningSystem, sampleDeclaration, samplePlanDocument, uniqueCreditCode, waitFor } from '@zc/testing';
import { awaitFinding, awaitSilence, emit, type FindingView } from './support/supervision-events';
import { closeQueries, TEST_SYSTEM } from './support/test-system';

/**
 * Every supervision rule (R-SV-2) on real events put on the real broker, as the services would
 * publish them: each raises its finding, naming the events that prove it, when the process broke
 * the rule, and stays silent (its evaluation logged as such) when the process was correct.
 */
describe('supervision rules', () => {
  const system = new RunningSystem(TEST_SYSTEM, { services: ['supervision'], env: { supervision: { SUPERVISION_GRACE_MS: '300' } } });
  const planId = `test-plan-${randomUUID()}`;
  // Stages closing 10-20 (submission), 10-27, 11-06 and 11-20; committees by 12-31; 5 working days; 7 days' lead.
  const plan = samplePlanDocument({ id: planId });

  beforeAll(async () => {
    await system.start();
    await emit(PlanPublished, planId, { planId, version: 1, region: 'tianjin', year: 2023, series: ['engineering'], document: plan });
  });
  afterAll(async () => {
    await system.stop();
    await closeQueries();
  });

  /** A submitted declaration under the test plan; supervision learns its plan, region and employer. */
  async function declaration(overrides: { employerCreditCode?: string } = {}) {
    const sample = sampleDeclaration(freshSampleNumber(), { employerCreditCode: overrides.employerCreditCode ?? uniqueCreditCode() });
    const id = randomUUID();
    const { applicantName, idNumber, employerCreditCode, series, level, region } = sample;
    await emit(DeclarationSubmitted, id, { declarationId: id, applicantName, idNumber, employerCreditCode, series, level, region, planId, planVersion: 1 });
    return { id, sample };
  }
  const awaitAnyFinding = (ruleId: string, subjects: string[]) =>
    waitFor(`${ruleId} finding about one of ${subjects.join(', ')}`, async () => {
      const found = await new ApiClient(system.url('supervision')).as(PRINCIPALS.bureauAdmin).get<FindingView[]>(`/findings?ruleId=${ruleId}`);
      return found.body.find((f) => subjects.includes(f.subject));
    });
  const changed = (declarationId: string, change: Partial<{ to: string; on: string; unitPublicity: { from: string; to: string } }>) =>
    emit(DeclarationStatusChanged, declarationId, { declarationId, from: 'submitted', to: 'recommended', reason: 'test', actor: 'employer', deadline: null, ...change });

  it('R-RV-1: unit publicity shorter than the plan’s working days', async () => {
    const short = await declaration();
    const event = await changed(short.id, { unitPublicity: { from: '2023-10-09', to: '2023-10-11' } });
    const finding = await awaitFinding(system, 'R-RV-1', short.id);
    expect(finding).toMatchObject({ severity: 'medium', subjectKind: 'declaration', region: 'tianjin', evidence: [event.id], status: 'open' });

    const long = await declaration();
    await awaitSilence('R-RV-1', (await changed(long.id, { unitPublicity: { from: '2023-10-09', to: '2023-10-13' } })).id);
  });

  it('R-RV-3: a stage taken after the plan closed it', async () => {
    const late = await declaration();
    const event = await changed(late.id, { to: 'forwarded', on: '2023-11-10' });
    expect(await awaitFinding(system, 'R-RV-3', late.id)).toMatchObject({ evidence: [event.id] });
    const onTime = await declaration();
    await awaitSilence('R-RV-3', (await changed(onTime.id, { to: 'forwarded', on: '2023-11-06' })).id);
  });

  it('R-EL-5: one employer’s series and level accepted by two committees', async () => {
    const accept = async (d: Awaited<ReturnType<typeof declaration>>, committee: string) => {
      const { applicantName, idNumber, employerCreditCode, series, level, region, specialty, channel } = d.sample;
      return emit(DeclarationAccepted, d.id, {
        declarationId: d.id, applicantName, idNumber, employerCreditCode, series, level, region, specialty, channel, committee, planId, planVersion: 1,
        education: d.sample['education'] as never, continuingEducationPromise: false,
      });
    };
    const employer = uniqueCreditCode();
    const [first, second] = [await declaration({ employerCreditCode: employer }), await declaration({ employerCreditCode: employer })];
    const one = await accept(first, 'committee-a');
    const two = await accept(second, 'committee-b');
    // One finding for the unit, about whichever declaration's check saw both first.
    const finding = await awaitAnyFinding('R-EL-5', [first.id, second.id]);
    expect(finding.evidence.sort()).toEqual([one.id, two.id].sort());

    const together = uniqueCreditCode();
    const [third, fourth] = [await declaration({ employerCreditCode: together }), await declaration({ employerCreditCode: together })];
    await accept(third, 'committee-a');
    await awaitSilence('R-EL-5', (await accept(fourth, 'committee-a')).id);
  });

  describe('committees and their meetings', () => {
    const panel = { specialty: 'metrology', size: 5, substitutes: 1, highSkillMinimum: 1, nonPublicMinimum: 0 };
    const register = (committeeId: string, filedUntil = '2025-12-31', region = 'tianjin') =>
      emit(CommitteeRegistered, committeeId, { committeeId, name: `评委会 ${committeeId}`, type: 'socialised', region, filingNumber: `BA-${committeeId}`, filedUntil });
    const file = (committeeId: string, change: Partial<{ filedOn: string; meetingOn: string }> = {}) => {
      const reviewPlanId = randomUUID();
      return emit(ReviewPlanFiled, reviewPlanId, { reviewPlanId, committeeId, meetingOn: '2023-12-01', mode: 'on-site', panels: [panel], declarationIds: [randomUUID()], filedOn: '2023-11-20', planId, seedCommitment: 'a'.repeat(64), ...change });
    };
    const draw = (reviewPlanId: string, committeeId: string, change: Partial<{ drawnOn: string; members: string[]; highSkillMembers: string[]; recused: string[] }> = {}) => {
      const members = change.members ?? [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
      return emit(ExpertsDrawn, reviewPlanId, {
        reviewPlanId, committeeId, seedCommitment: 'a'.repeat(64), revealedSeed: 'seed', witnessInput: 'witness', drawnOn: change.drawnOn ?? '2023-11-21',
        panels: [{ specialty: 'metrology', members, substitutes: [randomUUID()], eligible: 9, highSkillMembers: change.highSkillMembers ?? [members[0]!], recused: change.recused ?? [randomUUID()] }],
      });
    };

    it('R-CM-1: a committee without a filing, or past it, reviewing', async () => {
      const unfiled = `committee-${randomUUID()}`;
      const filed = await file(unfiled);
      expect(await awaitFinding(system, 'R-CM-1', unfiled)).toMatchObject({ severity: 'critical', subjectKind: 'committee', evidence: [filed.id] });
      const lapsed = `committee-${randomUUID()}`;
      const registration = await register(lapsed, '2023-06-30');
      const lapsedPlan = await file(lapsed);
      expect((await awaitFinding(system, 'R-CM-1', lapsed)).evidence).toEqual([registration.id, lapsedPlan.id]);

      const good = `committee-${randomUUID()}`;
      await register(good);
      await awaitSilence('R-CM-1', (await file(good)).id);
    });

    it('R-CM-2: a review plan filed, or experts drawn, later than the lead time', async () => {
      const committee = `committee-${randomUUID()}`;
      await register(committee);
      const lateFiling = await file(committee, { filedOn: '2023-11-28' });
      expect(await awaitFinding(system, 'R-CM-2', lateFiling.data.reviewPlanId)).toMatchObject({ subjectKind: 'review-plan', region: 'tianjin', committee, evidence: [lateFiling.id] });
      const inTime = await file(committee);
      await awaitSilence('R-CM-2', inTime.id);
      const lateDraw = await draw(inTime.data.reviewPlanId, committee, { drawnOn: '2023-11-28' });
      expect((await awaitFinding(system, 'R-CM-2', inTime.data.reviewPlanId)).evidence).toEqual([inTime.id, lateDraw.id]);
      const drawnInTime = await file(committee);
      await awaitSilence('R-CM-2', (await draw(drawnInTime.data.reviewPlanId, committee)).id);
    });

    it('R-CM-3: no high-skill expert drawn where the panel requires one', async () => {
      const committee = `committee-${randomUUID()}`;
      const without = await file(committee);
      const drawn = await draw(without.data.reviewPlanId, committee, { highSkillMembers: [] });
      expect((await awaitFinding(system, 'R-CM-3', without.data.reviewPlanId)).evidence).toEqual([without.id, drawn.id]);
      const withOne = await file(committee);
      await awaitSilence('R-CM-3', (await draw(withOne.data.reviewPlanId, committee)).id);
    });

    it('R-CM-4: an expert who had to recuse drawn', async () => {
      const committee = `committee-${randomUUID()}`;
      const conflicted = randomUUID();
      const plan = await file(committee);
      const drawn = await draw(plan.data.reviewPlanId, committee, { members: [conflicted, randomUUID(), randomUUID(), randomUUID(), randomUUID()], recused: [conflicted] });
      expect(await awaitFinding(system, 'R-CM-4', plan.data.reviewPlanId)).toMatchObject({ severity: 'critical', evidence: [drawn.id] });
      const clean = await file(committee);
      await awaitSilence('R-CM-4', (await draw(clean.data.reviewPlanId, committee)).id);
    });

    it('R-CM-7: a decision without a quorum, and a pass without two thirds in favour', async () => {
      const decide = (votes: { members: number; attending: number; votesFor: number; outcome: 'passed' | 'failed' }) => {
        const declarationId = randomUUID();
        return emit(DecisionRecorded, declarationId, { declarationId, reviewPlanId: randomUUID(), committeeId: 'c', ...votes, votesAgainst: votes.attending - votes.votesFor, abstentions: 0, reason: 'test' });
      };
      const noQuorum = await decide({ members: 5, attending: 3, votesFor: 3, outcome: 'passed' });
      expect(await awaitFinding(system, 'R-CM-7', noQuorum.data.declarationId)).toMatchObject({ title: expect.stringContaining('quorum'), evidence: [noQuorum.id] });
      const noTwoThirds = await decide({ members: 5, attending: 5, votesFor: 3, outcome: 'passed' });
      expect((await awaitFinding(system, 'R-CM-7', noTwoThirds.data.declarationId)).title).toContain('two thirds');
      await awaitSilence('R-CM-7', (await decide({ members: 5, attending: 4, votesFor: 3, outcome: 'passed' })).id);
      await awaitSilence('R-CM-7', (await decide({ members: 5, attending: 5, votesFor: 3, outcome: 'failed' })).id);
    });

    it('R-CM-8: a meeting planned after the annual deadline, and a committee that lost its authority', async () => {
      const committee = `committee-${randomUUID()}`;
      await register(committee);
      const afterDeadline = await file(committee, { meetingOn: '2024-01-10' });
      expect((await awaitFinding(system, 'R-CM-8', afterDeadline.data.reviewPlanId)).evidence).toEqual([afterDeadline.id]);
      const lost = await emit(CommitteeAuthorityLost, committee, { committeeId: committee, barredUntil: '2026-12-31', reason: 'missed the 2023-12-31 deadline', lapsedReviewPlans: [afterDeadline.data.reviewPlanId] });
      expect(await awaitFinding(system, 'R-CM-8', committee)).toMatchObject({ severity: 'high', region: 'tianjin', evidence: [lost.id] });
      await awaitSilence('R-CM-8', (await file(committee)).id);
    });
  });

  describe('publicity, reporting and certificates', () => {
    const open = (declarationId: string, opensAt: string, closesAt: string) => emit(WindowOpened, declarationId, { windowId: randomUUID(), declarationId, opensAt, closesAt });
    const publish = (declarationId: string) =>
      emit(ResultPublished, declarationId, { windowId: randomUUID(), declarationId, publishedAt: new Date().toISOString(), applicantName: '张三', series: 'engineering', level: 'intermediate', region: 'tianjin' });

    it('R-PB-1: a result on display for fewer working days than the plan’s, across National Day', async () => {
      const short = await declaration();
      // Five working days after Monday 2023-09-25 run past the National Day holiday to Sunday 10-08, a make-up workday.
      const event = await open(short.id, '2023-09-25T10:00:00+08:00', '2023-10-01T00:00:00+08:00');
      expect((await awaitFinding(system, 'R-PB-1', short.id)).evidence).toEqual([event.id]);
      const full = await declaration();
      await awaitSilence('R-PB-1', (await open(full.id, '2023-09-25T10:00:00+08:00', '2023-10-09T00:00:00+08:00')).id);
    });

    it('R-PB-3: a result published while an objection is open', async () => {
      const objected = randomUUID();
      const objection = await emit(ObjectionFiled, objected, { objectionId: randomUUID(), windowId: randomUUID(), declarationId: objected, target: '代表作' });
      const published = await publish(objected);
      expect(await awaitFinding(system, 'R-PB-3', objected)).toMatchObject({ severity: 'critical', evidence: [objection.id, published.id] });

      const dismissed = randomUUID();
      const filed = await emit(ObjectionFiled, dismissed, { objectionId: randomUUID(), windowId: randomUUID(), declarationId: dismissed, target: '代表作' });
      await emit(ObjectionDecided, dismissed, { objectionId: filed.data.objectionId, declarationId: dismissed, decision: 'dismissed', reason: '经核查不属实' });
      await awaitSilence('R-PB-3', (await publish(dismissed)).id);
    });

    it('R-PB-4: results reported late, and a filing overdue', async () => {
      const [late, onTime, forgotten] = [randomUUID(), randomUUID(), randomUUID()];
      const reported = await emit(ResultsReported, 'committee-a', { kind: 'report', committee: 'committee-a', reference: 'R-1', reportedAt: '2023-12-05T09:00:00+08:00', results: [{ declarationId: late, dueAt: '2023-12-03T00:00:00+08:00', late: true }] });
      expect((await awaitFinding(system, 'R-PB-4', late)).evidence).toEqual([reported.id]);
      const overdue = await emit(ReportingOverdue, forgotten, { kind: 'filing', committee: 'committee-a', declarationId: forgotten, dueAt: '2023-12-10T00:00:00+08:00' });
      expect((await awaitFinding(system, 'R-PB-4', forgotten)).evidence).toEqual([overdue.id]);
      const good = await emit(ResultsReported, 'committee-a', { kind: 'report', committee: 'committee-a', reference: 'R-2', reportedAt: '2023-12-02T09:00:00+08:00', results: [{ declarationId: onTime, dueAt: '2023-12-03T00:00:00+08:00', late: false }] });
      await awaitSilence('R-PB-4', good.id);
    });

    it('R-CT-1: a certificate issued for a result never published', async () => {
      const issue = (declarationId: string) =>
        emit(CertificateIssued, declarationId, { certificateId: randomUUID(), certificateNumber: `TIANJIN-2023-ENGINEERING-${declarationId.slice(0, 6)}`, declarationId, holderName: '张三', series: 'engineering', level: 'intermediate', issuedAt: new Date().toISOString() });
      const unpublished = randomUUID();
      const certificate = await issue(unpublished);
      expect(await awaitFinding(system, 'R-CT-1', unpublished)).toMatchObject({ severity: 'critical', evidence: [certificate.id] });
      const published = randomUUID();
      await publish(published);
      await awaitSilence('R-CT-1', (await issue(published)).id);
    });
  });
});
