import { performance } from 'node:perf_hooks';
import type { Pool } from 'pg';
import { addCalendarDays } from '@zc/calendar';
import { ApiClient, expect2xx, PRINCIPALS, reviewers, uniqueCreditCode } from '@zc/testing';

/** Runs `work` over `items` with at most `concurrency` at once. */
export async function pooled<T>(items: T[], concurrency: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        await work(items[index] as T, index);
      }
    }),
  );
}

export const MEETING_PHASES = ['file', 'draw', 'open and commit', 'ballots', 'close'] as const;

export interface MeetingTiming {
  declarations: number;
  seconds: number;
  ballots: number;
  /** Seconds per phase. */
  phases: Record<(typeof MEETING_PHASES)[number], number>;
}

/**
 * Committee meetings for the end-to-end benchmark, as holdCommitteeMeeting (libs/testing) holds
 * one, but many in a row over one committee: the committee and its expert pool set up once, then
 * one review plan per batch of ready declarations (filed the lead time before the plan's meeting
 * day, drawn by a witnessing inspector, opened with every drawn member present, one commitment and
 * one ballot per member and declaration, closed). Moves the committee service's clock.
 */
export class CommitteeDriver {
  private readonly committeeApi: ApiClient;
  private readonly admin: ApiClient;
  private readonly intake: ApiClient;
  private readonly registered = new Set<string>();
  private readonly plans = new Map<string, { meetingOn: string; lead: number }>();
  readonly meetings: MeetingTiming[] = [];

  constructor(
    urls: { intake: string; committee: string },
    private readonly committeeDb: Pool,
    private readonly concurrency: number,
  ) {
    this.committeeApi = new ApiClient(urls.committee);
    this.admin = this.committeeApi.as(PRINCIPALS.bureauAdmin);
    this.intake = new ApiClient(urls.intake).as(PRINCIPALS.bureauAdmin);
  }

  /** Ready declarations (verification passed, in no review plan) of the first committee and plan that has any, oldest first. */
  async ready(limit: number): Promise<{ committeeId: string; planId: string; ids: string[] }> {
    const { rows } = await this.committeeDb.query<{ declarationId: string; committeeId: string; planId: string }>(
      `SELECT r."declarationId"::text AS "declarationId", r."committeeId", r."planId"
       FROM "RoutedDeclaration" r JOIN "VerificationOutcome" v USING ("declarationId")
       WHERE v.outcome = 'passed' AND r."reviewPlanId" IS NULL ORDER BY r."acceptedAt" LIMIT $1`,
      [limit],
    );
    const first = rows[0];
    if (!first) return { committeeId: '', planId: '', ids: [] };
    return { committeeId: first.committeeId, planId: first.planId, ids: rows.filter((r) => r.committeeId === first.committeeId && r.planId === first.planId).map((r) => r.declarationId) };
  }

  /** Declarations the committee has been routed but not yet settled: no verdict yet, or passed and in no plan. */
  async unsettled(): Promise<{ routed: number; unsettled: number }> {
    const { rows } = await this.committeeDb.query<{ routed: string; unsettled: string }>(
      `SELECT count(*) AS routed,
              count(*) FILTER (WHERE v."declarationId" IS NULL OR (v.outcome = 'passed' AND r."reviewPlanId" IS NULL)) AS unsettled
       FROM "RoutedDeclaration" r LEFT JOIN "VerificationOutcome" v USING ("declarationId")`,
    );
    return { routed: Number(rows[0]?.routed ?? 0), unsettled: Number(rows[0]?.unsettled ?? 0) };
  }

  private async setUp(committeeId: string, planId: string, sample: string): Promise<{ meetingOn: string; lead: number }> {
    const known = this.plans.get(planId);
    if (known && this.registered.has(committeeId)) return known;
    const facts = await expect2xx('read a declaration', this.intake.get<{ region: string; series: string }>(`/declarations/${sample}`));
    const specialties = (await this.committeeDb.query<{ specialty: string }>(`SELECT DISTINCT specialty FROM "RoutedDeclaration" WHERE "committeeId" = $1`, [committeeId])).rows.map((r) => r.specialty);
    if (!this.registered.has(committeeId)) {
      await expect2xx('register the committee', this.admin.post('/committees', {
        id: committeeId, name: committeeId, organisingUnit: 'bench bureau', type: 'socialised', region: facts.region, series: [facts.series],
        specialties, levels: ['primary', 'intermediate', 'deputy-senior', 'senior'], filingNumber: `BENCH-${committeeId}`, filedUntil: '2099-12-31', openToHighSkill: false,
      }));
      const asOffice = this.committeeApi.as(reviewers.office(committeeId));
      for (const specialty of specialties) {
        for (let i = 0; i < 9; i += 1) {
          await expect2xx('add an expert', asOffice.post(`/committees/${committeeId}/experts`, { name: `${specialty}-expert-${i}`, specialties: [specialty], titleLevel: 'senior', employerCreditCode: uniqueCreditCode(), nonPublic: i === 0 }));
        }
      }
      this.registered.add(committeeId);
    }
    const plan = await expect2xx('read plan', this.intake.get<{ versions: { status: string; document: { stages: { meetings: { opens: string } }; extractionLeadDays: number } }[] }>(`/plans/${planId}`));
    const published = plan.versions.filter((v) => v.status === 'published').at(-1);
    if (!published) throw new Error(`plan ${planId} has no published version`);
    const { stages, extractionLeadDays } = published.document;
    const found = { meetingOn: stages.meetings.opens, lead: extractionLeadDays };
    this.plans.set(planId, found);
    return found;
  }

  /** One meeting over `ids` (all of one committee and plan). */
  async meet(committeeId: string, planId: string, ids: string[]): Promise<MeetingTiming> {
    const started = performance.now();
    let mark = started;
    const lap = () => {
      const now = performance.now();
      const seconds = (now - mark) / 1000;
      mark = now;
      return seconds;
    };
    const { meetingOn, lead } = await this.setUp(committeeId, planId, ids[0] as string);
    const specialties = (await this.committeeDb.query<{ specialty: string }>(`SELECT DISTINCT specialty FROM "RoutedDeclaration" WHERE "declarationId" = ANY($1::uuid[])`, [ids])).rows.map((r) => r.specialty);
    const moveClock = (date: string) => expect2xx('move the committee clock', this.admin.request('PUT', '/testing/clock', { now: `${date}T10:00:00+08:00` }));
    const asOffice = this.committeeApi.as(reviewers.office(committeeId));
    await moveClock(addCalendarDays(meetingOn, -(lead + 1)));
    const filed = await expect2xx('file the review plan', asOffice.post<{ id: string; status: string }>(`/committees/${committeeId}/review-plans`, {
      planId, meetingOn, mode: 'on-site', place: 'online platform', declarationIds: ids, panels: specialties.map((specialty) => ({ specialty, size: 5, substitutes: 2 })),
    }));
    const filePhase = lap();
    // The witness is an inspector of the committee's region.
    const region = (await this.committeeDb.query<{ region: string }>('SELECT region FROM "Committee" WHERE id = $1', [committeeId])).rows[0]?.region ?? '';
    const draw = () => this.committeeApi.as(reviewers.witness(region)).post<{ panels: { members: string[] }[] }>(`/review-plans/${filed.id}/draw`, { witnessInput: `bench-${Date.now()}` });
    if (filed.status === 'awaiting-approval') {
      await expect2xx('approve the meeting application', this.admin.post(`/review-plans/${filed.id}/approval`, { decision: 'approved', reason: 'meeting time, place and declaration count as applied' }));
    }
    const drawn = await expect2xx('draw the experts', draw());
    const drawPhase = lap();
    await moveClock(meetingOn);
    const members = drawn.panels.flatMap((p) => p.members);
    await expect2xx('open the meeting', asOffice.post(`/review-plans/${filed.id}/meeting`, { present: members }));
    const ballots: { member: string; declarationId: string }[] = [];
    for (const id of members) {
      const asExpert = this.committeeApi.as(reviewers.expert(id));
      await expect2xx('commit', asExpert.post(`/review-plans/${filed.id}/commitments`, { statement: '本人承诺客观公正评审，遵守回避与保密规定。' }));
      for (const dossier of await expect2xx('open dossiers', asExpert.get<{ declarationId: string }[]>(`/review-plans/${filed.id}/dossiers`))) ballots.push({ member: id, declarationId: dossier.declarationId });
    }
    const openPhase = lap();
    await pooled(ballots, this.concurrency, async ({ member, declarationId }) => {
      await expect2xx('vote', this.committeeApi.as(reviewers.expert(member)).post(`/review-plans/${filed.id}/declarations/${declarationId}/ballot`, { choice: 'for' }));
    });
    const ballotPhase = lap();
    await expect2xx('close the meeting', asOffice.post(`/review-plans/${filed.id}/meeting/close`, {}));
    const phases = { file: filePhase, draw: drawPhase, 'open and commit': openPhase, ballots: ballotPhase, close: lap() };
    const timing = { declarations: ids.length, seconds: (performance.now() - started) / 1000, ballots: ballots.length, phases };
    this.meetings.push(timing);
    return timing;
  }
}
