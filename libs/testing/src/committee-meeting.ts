import { addCalendarDays } from '@zc/calendar';
import { ApiClient, expect2xx, PRINCIPALS } from './api-client';
import { reviewers } from './review-flow';
import { uniqueCreditCode } from './samples';
import { waitFor } from './wait-for';

export type Choice = 'for' | 'against' | 'abstain';

/** An expert with an account (the identity provider's seeds): the pool keys them by their subject. */
export interface PoolExpert {
  id: string;
  name: string;
  nonPublic?: boolean;
}

interface DeclarationFacts {
  id: string;
  committee: string;
  planId: string;
  specialty: string;
  series: string;
  region: string;
}

/**
 * Takes declarations through their committee as its office, an inspector and the drawn experts
 * would (R-CM-1..8): the committee registered with a filing and a pool, a review plan filed the
 * lead time before the plan's first meeting day, the draw witnessed, the meeting opened with every
 * drawn member present, commitments made and one anonymous ballot each, the meeting closed.
 * Moves the committee service's clock (TEST_CLOCK). `choice` says how everyone votes on each; with
 * `expertsRead`, each expert first reads every dossier of their panel in intake (the declaration
 * and its first evidence file), as the commitment opens them there. `pool` names the experts of each
 * specialty (added once, by id) instead of nine made up, and `panel` sizes the draw (5 and 2
 * substitutes unless said).
 */
export async function holdCommitteeMeeting(
  urls: { intake: string; committee: string },
  declarationIds: string[],
  choice: (declarationId: string) => Choice = () => 'for',
  options: { expertsRead?: boolean; pool?: PoolExpert[]; panel?: { size: number; substitutes: number } } = {},
) {
  const intake = new ApiClient(urls.intake).as(PRINCIPALS.bureauAdmin);
  const committeeApi = new ApiClient(urls.committee);
  const admin = committeeApi.as(PRINCIPALS.bureauAdmin);
  const facts = await Promise.all(declarationIds.map((id) => expect2xx('read declaration', intake.get<DeclarationFacts>(`/declarations/${id}`)).then((d) => ({ ...d, id }))));
  const [first] = facts;
  if (!first || facts.some((f) => f.committee !== first.committee || f.planId !== first.planId)) throw new Error('one committee and one plan per meeting');
  const plan = await expect2xx('read plan', intake.get<{ versions: { status: string; document: { stages: { meetings: { opens: string } }; extractionLeadDays: number } }[] }>(`/plans/${first.planId}`));
  const { stages, extractionLeadDays } = plan.versions.filter((v) => v.status === 'published').at(-1)!.document;
  const specialties = [...new Set(facts.map((f) => f.specialty))];
  const moveClock = (date: string) => expect2xx('move the committee clock', admin.request('PUT', '/testing/clock', { now: `${date}T10:00:00+08:00` }));

  await expect2xx('register the committee', admin.post(`/committees`, {
    id: first.committee, name: first.committee, organisingUnit: 'test bureau', type: 'socialised', region: first.region, series: [first.series],
    specialties, levels: ['primary', 'intermediate', 'deputy-senior', 'senior'], filingNumber: `TEST-${first.committee}`, filedUntil: '2099-12-31', openToHighSkill: false,
  }));
  const asOffice = committeeApi.as(reviewers.office(first.committee));
  const pool = await expect2xx('read the pool', asOffice.get<{ id: string; specialties: string[] }[]>(`/committees/${first.committee}/experts`));
  for (const expert of (options.pool ?? []).filter((e) => !pool.some((p) => p.id === e.id))) {
    await expect2xx('add a named expert', asOffice.post(`/committees/${first.committee}/experts`, { ...expert, nonPublic: expert.nonPublic ?? false, specialties, titleLevel: 'senior', employerCreditCode: uniqueCreditCode() }));
  }
  for (const specialty of options.pool ? [] : specialties) {
    for (let i = pool.filter((e) => e.specialties.includes(specialty)).length; i < 9; i += 1) {
      await expect2xx('add an expert', asOffice.post(`/committees/${first.committee}/experts`, { name: `${specialty}-expert-${i}`, specialties: [specialty], titleLevel: 'senior', employerCreditCode: uniqueCreditCode(), nonPublic: i === 0 }));
    }
  }
  await waitFor('the declarations to be ready for the committee', async () => {
    const ready = await asOffice.get<{ declarationId: string }[]>(`/committees/${first.committee}/ready-declarations`);
    return declarationIds.every((id) => ready.body.some((r) => r.declarationId === id)) || undefined;
  });

  const meetingOn = stages.meetings.opens;
  await moveClock(addCalendarDays(meetingOn, -(extractionLeadDays + 1)));
  const filed = await expect2xx('file the review plan', asOffice.post<{ id: string; status: string }>(`/committees/${first.committee}/review-plans`, {
    planId: first.planId, meetingOn, mode: 'on-site', place: 'online platform', declarationIds, panels: specialties.map((specialty) => ({ specialty, ...(options.panel ?? { size: 5, substitutes: 2 }) })),
  }));
  const draw = () => committeeApi.as(reviewers.witness(first.region)).post<{ panels: { members: string[] }[] }>(`/review-plans/${filed.id}/draw`, { witnessInput: `witness-${Date.now()}` });
  const approval = filed.status === 'awaiting-approval' ? 'approved' : 'not-required';
  if (approval === 'approved') {
    // R-CM-1 (Jilin): no draw before the bureau approves the meeting application.
    const early = await draw();
    if (early.status !== 409) throw new Error(`a draw before approval answered ${early.status}`);
    await expect2xx('approve the meeting application', admin.post(`/review-plans/${filed.id}/approval`, { decision: 'approved', reason: 'meeting time, place and declaration count as applied' }));
  }
  const drawn = await expect2xx('draw the experts', draw());
  await moveClock(meetingOn);
  const members = drawn.panels.flatMap((p) => p.members);
  await expect2xx('open the meeting', asOffice.post(`/review-plans/${filed.id}/meeting`, { present: members }));
  for (const id of members) {
    const asExpert = committeeApi.as(reviewers.expert(id));
    await expect2xx('commit', asExpert.post(`/review-plans/${filed.id}/commitments`, { statement: '本人承诺客观公正评审，遵守回避与保密规定。' }));
    for (const dossier of await expect2xx('open dossiers', asExpert.get<{ declarationId: string }[]>(`/review-plans/${filed.id}/dossiers`))) {
      if (options.expertsRead) {
        const reader = new ApiClient(urls.intake).as(reviewers.expert(id));
        await waitFor('the dossier open in intake', async () => (await reader.get(`/declarations/${dossier.declarationId}`)).status === 200 || undefined);
        await expect2xx('read the evidence', reader.download(`/declarations/${dossier.declarationId}/materials/0/parts/full-text`).then((file) => ({ ...file, body: file.body.length })));
      }
      await expect2xx('vote', asExpert.post(`/review-plans/${filed.id}/declarations/${dossier.declarationId}/ballot`, { choice: choice(dossier.declarationId) }));
    }
  }
  const closed = await expect2xx('close the meeting', asOffice.post<{ results: { declarationId: string; outcome: string }[] }>(`/review-plans/${filed.id}/meeting/close`, {}));
  return { reviewPlanId: filed.id, approval, results: closed.results, members };
}
