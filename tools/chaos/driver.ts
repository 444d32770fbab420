import { Pool } from 'pg';
import { addCalendarDays } from '@zc/calendar';
import type { Principal, ServiceName } from '@zc/platform';
import {
  ApiClient,
  continuingEducationRecords,
  contributionRecords,
  degreeRecords,
  expect2xx,
  PAPER_PARTS,
  PRINCIPALS,
  reviewers,
  SAMPLE_PDF,
  sampleDeclaration,
  TIANJIN_2023_REVIEW_DAY,
  unitPublicityBefore,
  type ApiResponse,
  type Choice,
  type SampleDeclaration,
} from '@zc/testing';
import { seededRandom } from './chaos';

/** What the driver intends for a declaration, and so the one final state it must end in. */
export type Intent = 'pass' | 'fail-verification' | 'fail-committee';
export const EXPECTED_FINAL: Record<Intent, string> = {
  pass: 'certificate-issued',
  'fail-verification': 'verification-failed',
  'fail-committee': 'committee-failed',
};

export interface Case {
  index: number;
  applicant: number;
  declaration: SampleDeclaration;
  intent: Intent;
  feedMonths: number;
  id?: string;
  status?: string;
  inMeeting?: string;
  error?: string;
}

const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * N people drawn from the seed (distinct identity numbers), about one in ten meant to fail
 * verification (three months of social security by a unit of its own, R-RV-2) and one in ten to
 * be voted down by the committee; the rest should end with a certificate.
 */
export function plannedCases(count: number, seed: number): Case[] {
  const random = seededRandom(seed ^ 0x5eed);
  const base = Math.floor(random() * 17_000_000);
  return Array.from({ length: count }, (_, index) => {
    const n = base + index;
    const intent: Intent = index % 10 === 3 ? 'fail-verification' : index % 10 === 7 ? 'fail-committee' : 'pass';
    const ownUnit = Array.from({ length: 18 }, () => CREDIT_CODE_ALPHABET[Math.floor(random() * CREDIT_CODE_ALPHABET.length)]).join('');
    const declaration = intent === 'fail-verification' ? sampleDeclaration(n, { employerCreditCode: ownUnit }) : sampleDeclaration(n);
    return { index, applicant: n, declaration, intent, feedMonths: intent === 'fail-verification' ? 3 : 6 };
  });
}

export class RetryGaveUp extends Error {}

/**
 * HTTP as a patient client would do it during an outage: a refused or reset connection, a 5xx or
 * a 503 is retried with backoff until `deadlineMs`; any other answer is returned to the caller,
 * who decides (a 409 usually means "already done": the caller reads the state and carries on).
 * Calls to a service the chaos monkey is restarting wait until it is back (and its clock set).
 */
export class PatientClient {
  retries = 0;

  constructor(
    private readonly urls: Record<ServiceName, string>,
    private readonly available: (service: ServiceName) => Promise<void>,
    private readonly deadlineMs = 180_000,
  ) {}

  /**
   * One try of a call that is not safe to repeat (a create): a lost answer (refused, reset, 5xx)
   * leaves its outcome unknown, so this throws `RetryGaveUp` and the caller looks before trying again.
   */
  async callOnce<T = unknown>(service: ServiceName, principal: Principal, method: string, path: string, body?: unknown): Promise<ApiResponse<T>> {
    await this.available(service);
    const client = new ApiClient(this.urls[service]).as(principal);
    let failure: string;
    try {
      const response = await client.request<T>(method, path, body);
      if (response.status < 500) return response;
      failure = `${response.status} ${JSON.stringify(response.body).slice(0, 200)}`;
    } catch (error) {
      failure = `${(error as Error).message} ${String((error as { cause?: { code?: string } }).cause?.code ?? '')}`;
    }
    this.retries += 1;
    throw new RetryGaveUp(`${method} ${service}${path}: outcome unknown: ${failure}`);
  }

  async call<T = unknown>(service: ServiceName, principal: Principal, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>> {
    const client = new ApiClient(this.urls[service]).as(principal);
    const started = Date.now();
    for (let attempt = 0; ; attempt += 1) {
      await this.available(service);
      let failure: string;
      try {
        const response = await client.request<T>(method, path, body, headers);
        if (response.status < 500) return response;
        failure = `${response.status} ${JSON.stringify(response.body).slice(0, 200)}`;
      } catch (error) {
        failure = `${(error as Error).message} ${String((error as { cause?: { code?: string } }).cause?.code ?? '')}`;
      }
      this.retries += 1;
      if (Date.now() - started > this.deadlineMs) throw new RetryGaveUp(`${method} ${service}${path}: still failing after ${attempt + 1} attempts: ${failure}`);
      await sleep(Math.min(200 * 2 ** Math.min(attempt, 4), 3000));
    }
  }
}

/** Feeds, then the review stages to `accepted`, each step taken only if the status says it is due. */
export class IntakeDriver {
  constructor(private readonly http: PatientClient) {}

  async loadFeeds(c: Case): Promise<void> {
    const feeds = {
      'social-security': contributionRecords(c.declaration, c.feedMonths),
      'continuing-education': continuingEducationRecords(c.declaration),
      degree: degreeRecords(c.declaration),
    };
    for (const [source, records] of Object.entries(feeds)) {
      // The same batch id again is "already held": pushing twice changes nothing.
      await expect2xx(`feed ${source}`, this.http.call('verification', PRINCIPALS.bureauAdmin, 'POST', `/feeds/${source}/records`, { batchId: `chaos-${source}-${c.declaration.idNumber}`, records }));
    }
  }

  /** The applicant's one draft: looked up first, so a create whose answer was lost is not repeated. */
  private async findOrCreateDraft(c: Case): Promise<string> {
    const applicant = PRINCIPALS.applicant(c.applicant, c.declaration);
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const mine = await expect2xx('list own declarations', this.http.call<{ items: { id: string }[] }>('intake', applicant, 'GET', '/declarations'));
      if (mine.items.length > 1) throw new Error(`applicant ${c.applicant} has ${mine.items.length} declarations`);
      if (mine.items[0]) return mine.items[0].id;
      try {
        // Once: a create retried blindly after a lost answer made a second draft (chaos seed 2026).
        const response = await this.http.callOnce<{ id: string }>('intake', applicant, 'POST', '/declarations', c.declaration);
        if (response.status === 201) return response.body.id;
        throw new Error(`draft answered ${response.status}: ${JSON.stringify(response.body).slice(0, 300)}`);
      } catch (error) {
        if (!(error instanceof RetryGaveUp)) throw error;
        await sleep(Math.min(200 * 2 ** attempt, 3000));
      }
    }
    throw new Error('could not create the draft');
  }

  async read(id: string): Promise<{ status: string; committee: string; planId: string }> {
    return expect2xx('read declaration', this.http.call('intake', PRINCIPALS.bureauAdmin, 'GET', `/declarations/${id}`));
  }

  async declareUntilAccepted(c: Case): Promise<void> {
    await this.loadFeeds(c);
    const id = (c.id = await this.findOrCreateDraft(c));
    const applicant = PRINCIPALS.applicant(c.applicant, c.declaration);
    for (let round = 0; round < 40; round += 1) {
      const view = await this.read(id);
      c.status = view.status;
      let response: ApiResponse | undefined;
      switch (view.status) {
        case 'draft':
          for (const [index, material] of c.declaration.materials.entries()) {
            if ((material as { type?: string }).type !== 'paper') continue;
            for (const part of PAPER_PARTS) {
              await expect2xx(`upload ${part}`, this.http.call('intake', applicant, 'PUT', `/declarations/${id}/materials/${index}/parts/${part}`, SAMPLE_PDF, { 'content-type': 'application/pdf' }));
            }
          }
          response = await this.http.call('intake', applicant, 'POST', `/declarations/${id}/submission`, {});
          break;
        case 'submitted':
          response = await this.http.call('intake', reviewers.employer(c.declaration.employerCreditCode), 'POST', `/declarations/${id}/employer-review`, { decision: 'recommend', unitPublicity: unitPublicityBefore(TIANJIN_2023_REVIEW_DAY) });
          break;
        case 'recommended':
          response = await this.http.call('intake', reviewers.department(c.declaration.department), 'POST', `/declarations/${id}/department-review`, { decision: 'forward' });
          break;
        case 'forwarded':
          response = await this.http.call('intake', reviewers.office(view.committee), 'POST', `/declarations/${id}/office-review`, { decision: 'accept' });
          break;
        default:
          if (['accepted', 'verified', 'verification-failed', 'committee-passed', 'committee-failed', 'in-publicity', 'published', 'result-withheld', 'certificate-issued'].includes(view.status)) return;
          throw new Error(`declaration ${id} unexpectedly ${view.status}`);
      }
      // 409: taken already (an answer lost to a restart) or not now; the next read tells which.
      if (response.status >= 300 && response.status !== 409) throw new Error(`${view.status} → next step answered ${response.status}: ${JSON.stringify(response.body).slice(0, 300)}`);
      if (response.status === 409) await sleep(300);
    }
    throw new Error(`declaration ${id} did not reach accepted`);
  }
}

/**
 * The committee side: the committee and its pool registered once, then one meeting per batch of
 * verified declarations, each step safe to repeat (409 = done already; a filing whose answer was
 * lost is found in the committee's database before filing again).
 */
export class CommitteeDriver {
  private registered = false;
  meetings = 0;

  constructor(
    private readonly http: PatientClient,
    private readonly committeeDb: Pool,
    private readonly log: (line: string) => void,
  ) {}

  private async ensureCommittee(first: { committee: string; region: string; series: string; specialty: string }): Promise<void> {
    if (this.registered) return;
    const admin = PRINCIPALS.bureauAdmin;
    const office = reviewers.office(first.committee);
    const registered = await this.http.call('committee', admin, 'POST', '/committees', {
      id: first.committee, name: first.committee, organisingUnit: 'chaos bureau', type: 'socialised', region: first.region, series: [first.series],
      specialties: [first.specialty], levels: ['primary', 'intermediate', 'deputy-senior', 'senior'], filingNumber: `CHAOS-${first.committee}`, filedUntil: '2099-12-31', openToHighSkill: false,
    });
    if (registered.status >= 300 && registered.status !== 409) throw new Error(`register committee: ${registered.status} ${JSON.stringify(registered.body)}`);
    for (let guard = 0; guard < 40; guard += 1) {
      const pool = await expect2xx('read pool', this.http.call<{ specialties: string[] }[]>('committee', office, 'GET', `/committees/${first.committee}/experts`));
      const have = pool.filter((e) => e.specialties.includes(first.specialty)).length;
      if (have >= 9) break;
      // One at a time, counted again before each: an add whose answer was lost is not repeated blindly.
      await this.http.call('committee', office, 'POST', `/committees/${first.committee}/experts`, {
        name: `${first.specialty}-expert-${have}`, specialties: [first.specialty], titleLevel: 'senior', employerCreditCode: `9112000000000${String(have).padStart(4, '0')}X`, nonPublic: have === 0,
      });
    }
    this.registered = true;
  }

  private async moveClock(date: string): Promise<void> {
    await expect2xx('move the committee clock', this.http.call('committee', PRINCIPALS.bureauAdmin, 'PUT', '/testing/clock', { now: `${date}T10:00:00+08:00` }));
  }

  /**
   * Sets the committee clock again to what the meeting in hand needs (the clock lives in memory
   * and is lost when committee restarts). Called by the monkey while it still holds committee
   * "down", so it goes straight to the process, not through the patient client's gate.
   */
  private clockFor: string | undefined;
  async restoreClock(committeeUrl: string): Promise<void> {
    if (!this.clockFor) return;
    const response = await new ApiClient(committeeUrl).as(PRINCIPALS.bureauAdmin).request('PUT', '/testing/clock', { now: `${this.clockFor}T10:00:00+08:00` });
    if (response.status !== 200) throw new Error(`could not move committee's clock: ${response.status}`);
  }

  async holdMeeting(cases: Case[], facts: { committee: string; planId: string; region: string; series: string; specialty: string }, choice: (c: Case) => Choice): Promise<string> {
    await this.ensureCommittee(facts);
    const ids = cases.map((c) => c.id as string);
    const office = reviewers.office(facts.committee);
    const deadline = Date.now() + 120_000;
    for (;;) {
      const ready = await expect2xx('ready declarations', this.http.call<{ declarationId: string }[]>('committee', office, 'GET', `/committees/${facts.committee}/ready-declarations`));
      if (ids.every((id) => ready.some((r) => r.declarationId === id))) break;
      if (Date.now() > deadline) throw new Error(`declarations not ready for the committee: ${ids.filter((id) => !ready.some((r) => r.declarationId === id)).join(', ')}`);
      await sleep(500);
    }
    const plan = await expect2xx('read plan', this.http.call<{ versions: { status: string; document: { stages: { meetings: { opens: string } }; extractionLeadDays: number } }[] }>('intake', PRINCIPALS.bureauAdmin, 'GET', `/plans/${facts.planId}`));
    const published = plan.versions.filter((v) => v.status === 'published').at(-1);
    if (!published) throw new Error(`plan ${facts.planId} has no published version`);
    const { stages, extractionLeadDays } = published.document;
    const meetingOn = stages.meetings.opens;

    this.clockFor = addCalendarDays(meetingOn, -(extractionLeadDays + 1));
    await this.moveClock(this.clockFor);
    const reviewPlanId = await this.fileOnce(facts, meetingOn, ids);
    const drawn = await this.drawOnce(reviewPlanId);
    this.clockFor = meetingOn;
    await this.moveClock(meetingOn);
    const status = async () => (await this.committeeDb.query<{ status: string }>('SELECT status FROM "ReviewPlan" WHERE id = $1', [reviewPlanId])).rows[0]?.status;
    if ((await status()) !== 'meeting-open' && (await status()) !== 'closed') {
      const opened = await this.http.call('committee', office, 'POST', `/review-plans/${reviewPlanId}/meeting`, { present: drawn });
      if (opened.status >= 300 && !(opened.status === 409 && ['meeting-open', 'closed'].includes((await status()) ?? ''))) throw new Error(`open meeting: ${opened.status} ${JSON.stringify(opened.body)}`);
    }
    if ((await status()) !== 'closed') {
      for (const member of drawn) {
        const committed = await this.http.call('committee', reviewers.expert(member), 'POST', `/review-plans/${reviewPlanId}/commitments`, { statement: '本人承诺客观公正评审，遵守回避与保密规定。' });
        if (committed.status >= 300 && committed.status !== 409) throw new Error(`commit: ${committed.status} ${JSON.stringify(committed.body)}`);
        const dossiers = await expect2xx('open dossiers', this.http.call<{ declarationId: string }[]>('committee', reviewers.expert(member), 'GET', `/review-plans/${reviewPlanId}/dossiers`));
        for (const dossier of dossiers) {
          const c = cases.find((x) => x.id === dossier.declarationId);
          const vote = await this.http.call('committee', reviewers.expert(member), 'POST', `/review-plans/${reviewPlanId}/declarations/${dossier.declarationId}/ballot`, { choice: c ? choice(c) : 'for' });
          // 409: this member's ballot is in already (its answer was lost to a restart).
          if (vote.status >= 300 && vote.status !== 409) throw new Error(`ballot: ${vote.status} ${JSON.stringify(vote.body)}`);
        }
      }
      const closed = await this.http.call('committee', office, 'POST', `/review-plans/${reviewPlanId}/meeting/close`, {});
      if (closed.status >= 300 && !(closed.status === 409 && (await status()) === 'closed')) throw new Error(`close meeting: ${closed.status} ${JSON.stringify(closed.body)}`);
    }
    this.clockFor = undefined;
    this.meetings += 1;
    return reviewPlanId;
  }

  private async findPlan(ids: string[]): Promise<string | undefined> {
    const { rows } = await this.committeeDb.query<{ id: string }>(`SELECT id FROM "ReviewPlan" WHERE "declarationIds" @> $1::text[] AND status NOT IN ('rejected', 'lapsed')`, [ids]);
    if (rows.length > 1) throw new Error(`${rows.length} review plans hold the same declarations`);
    return rows[0]?.id;
  }

  private async fileOnce(facts: { committee: string; planId: string; specialty: string }, meetingOn: string, ids: string[]): Promise<string> {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const existing = await this.findPlan(ids);
      if (existing) return existing;
      const filed = await this.http.call<{ id: string }>('committee', reviewers.office(facts.committee), 'POST', `/committees/${facts.committee}/review-plans`, {
        planId: facts.planId, meetingOn, mode: 'on-site', place: 'online platform', declarationIds: ids, panels: [{ specialty: facts.specialty, size: 5, substitutes: 2 }],
      });
      if (filed.status < 300) return filed.body.id;
      this.log(`  filing the review plan answered ${filed.status}: ${JSON.stringify(filed.body).slice(0, 200)}; looking again`);
      await sleep(500);
    }
    throw new Error('could not file the review plan');
  }

  private async drawOnce(reviewPlanId: string): Promise<string[]> {
    const members = (panels: { members: (string | { expertId: string })[] }[]) => panels.flatMap((p) => p.members.map((m) => (typeof m === 'string' ? m : m.expertId)));
    const existing = await this.http.call<{ panels: { members: (string | { expertId: string })[] }[] }>('committee', PRINCIPALS.bureauAdmin, 'GET', `/review-plans/${reviewPlanId}/draw`);
    if (existing.status === 200) return members(existing.body.panels);
    // The witness is an inspector of the committee's region.
    const { rows } = await this.committeeDb.query<{ region: string }>('SELECT c.region FROM "Committee" c JOIN "ReviewPlan" p ON p."committeeId" = c.id WHERE p.id = $1::uuid', [reviewPlanId]);
    const drawn = await this.http.call<{ panels: { members: string[] }[] }>('committee', reviewers.witness(rows[0]?.region ?? ''), 'POST', `/review-plans/${reviewPlanId}/draw`, { witnessInput: `chaos-witness-${reviewPlanId}` });
    if (drawn.status < 300) return members(drawn.body.panels);
    const again = await expect2xx('read the draw', this.http.call<{ panels: { members: (string | { expertId: string })[] }[] }>('committee', PRINCIPALS.bureauAdmin, 'GET', `/review-plans/${reviewPlanId}/draw`));
    return members(again.panels);
  }
}
