import { addCalendarDays, WorkingDayCalendar } from '@zc/calendar';
import { ApiClient, PRINCIPALS } from './api-client';
import { PAPER_PARTS, SAMPLE_PDF, type SampleDeclaration } from './samples';

/** A day inside every stage window of the Tianjin 2023 quality/metrology plan (001 §7). */
export const TIANJIN_2023_REVIEW_DAY = '2023-10-20';

const calendar = new WorkingDayCalendar();

/** The `days` working days ending the day before `today`: a unit publicity that has just ended (R-RV-1). */
export function unitPublicityBefore(today: string, days = 5): { from: string; to: string; evidenceSha256: string } {
  const dayBefore = (date: string) => addCalendarDays(date, -1);
  const to = dayBefore(today);
  let from = to;
  while (calendar.workingDaysBetween(from, to) < days) from = dayBefore(from);
  return { from, to, evidenceSha256: 'c0ffee'.padEnd(64, '0') };
}

export const reviewers = {
  employer: (creditCode: string) => ({ sub: `employer-${creditCode}`, roles: ['employer' as const], scope: { employerCreditCode: creditCode } }),
  department: (department: string) => ({ sub: `department-${department}`, roles: ['department' as const], scope: { department } }),
  office: (committee: string) => ({ sub: `office-${committee}`, roles: ['committee-office' as const], scope: { committee } }),
  expert: (id: string) => ({ sub: id, roles: ['expert' as const], scope: {} }),
  /** The inspector who witnesses a draw: one of the committee's region. */
  witness: (region: string) => ({ sub: `inspector-witness-${region}`, roles: ['inspector' as const], scope: { region } }),
};

/** Moves intake's clock (TEST_CLOCK must be enabled) to `date`, 10:00 in Beijing. */
export async function setIntakeClock(intakeUrl: string, date: string): Promise<void> {
  const response = await new ApiClient(intakeUrl).as(PRINCIPALS.bureauAdmin).request('PUT', '/testing/clock', { now: `${date}T10:00:00+08:00` });
  if (response.status !== 200) throw new Error(`could not move intake's clock: ${response.status}`);
}

async function expectOk<T>(step: string, call: Promise<{ status: number; body: T }>, status = 200): Promise<T> {
  const response = await call;
  if (response.status !== status) throw new Error(`${step} answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Uploads a scan for every part of every paper in the declaration (R-RV-6 counts uploaded parts). */
export async function uploadEvidence(applicant: ApiClient, id: string, declaration: SampleDeclaration): Promise<void> {
  for (const [index, material] of declaration.materials.entries()) {
    if ((material as { type?: string }).type !== 'paper') continue;
    for (const part of PAPER_PARTS) {
      await expectOk(`upload ${part}`, applicant.request('PUT', `/declarations/${id}/materials/${index}/parts/${part}`, SAMPLE_PDF, { 'content-type': 'application/pdf' }));
    }
  }
}

/**
 * Walks one declaration through every review stage to `accepted`: draft, submission, employer
 * recommendation after unit publicity, department forward, office acceptance. Returns its id.
 */
export async function declareUntilAccepted(intakeUrl: string, applicant: number, declaration: SampleDeclaration, today = TIANJIN_2023_REVIEW_DAY): Promise<string> {
  const intake = new ApiClient(intakeUrl);
  const asApplicant = intake.as(PRINCIPALS.applicant(applicant, declaration));
  const { id } = await expectOk('draft', asApplicant.post<{ id: string }>('/declarations', declaration), 201);
  await uploadEvidence(asApplicant, id, declaration);
  const { committee } = await expectOk('submission', asApplicant.post<{ committee: string }>(`/declarations/${id}/submission`, {}));
  await expectOk('employer review', intake.as(reviewers.employer(declaration.employerCreditCode)).post(`/declarations/${id}/employer-review`, { decision: 'recommend', unitPublicity: unitPublicityBefore(today) }));
  await expectOk('department review', intake.as(reviewers.department(declaration.department)).post(`/declarations/${id}/department-review`, { decision: 'forward' }));
  await expectOk('office review', intake.as(reviewers.office(committee)).post(`/declarations/${id}/office-review`, { decision: 'accept' }));
  return id;
}
