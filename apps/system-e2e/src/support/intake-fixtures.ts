import type { Principal } from '@zc/platform';
import {
  ApiClient,
  freshSampleNumber,
  PRINCIPALS,
  reviewers,
  sampleDeclaration,
  setIntakeClock,
  uniqueCreditCode,
  unitPublicityBefore,
  uploadEvidence,
  type RunningSystem,
  type SampleDeclaration,
} from '@zc/testing';

export type Who =
  | 'applicant'
  | 'other-applicant'
  | 'employer'
  | 'other-employer'
  | 'department'
  | 'other-department'
  | 'office'
  | 'other-office'
  | 'expert'
  | 'inspector'
  | 'other-region-inspector'
  | 'regionless-inspector'
  | 'bureau-admin';
export const EVERYONE: Who[] = ['applicant', 'other-applicant', 'employer', 'other-employer', 'department', 'other-department', 'office', 'other-office', 'expert', 'inspector', 'other-region-inspector', 'regionless-inspector', 'bureau-admin'];
export const ALL_BUT_EXPERT = EVERYONE.filter((who) => who !== 'expert');

export type State = 'none' | 'draft' | 'submitted' | 'recommended' | 'forwarded' | 'correction-requested' | 'awaiting-fee';

export interface Fixture {
  id: string;
  n: number;
  declaration: SampleDeclaration;
  committee: string;
  planId: string;
}

/** A plan document for tests: the seeded Tianjin quality/metrology plan under another id and year. */
export async function testPlanDocument(intake: ApiClient): Promise<Record<string, unknown>> {
  const seed = await intake.as(PRINCIPALS.bureauAdmin).get<{ versions: { document: Record<string, unknown> }[] }>('/plans/tianjin-2023-quality-metrology');
  return { ...seed.body.versions[0]?.document, year: 2031, title: 'test plan' };
}

export function principalOf(who: Who, f: Fixture): Principal {
  switch (who) {
    case 'applicant':
      return PRINCIPALS.applicant(f.n);
    case 'other-applicant':
      return PRINCIPALS.applicant(f.n + 1);
    case 'employer':
      return reviewers.employer(f.declaration.employerCreditCode);
    case 'other-employer':
      return reviewers.employer('91110000600037341L');
    case 'department':
      return reviewers.department(f.declaration.department);
    case 'other-department':
      return reviewers.department('another-department');
    case 'office':
      return reviewers.office(f.committee);
    case 'other-office':
      return reviewers.office('another-committee');
    case 'expert':
      return { sub: 'expert-1', roles: ['expert'], scope: {} };
    case 'inspector':
      return { sub: 'inspector-tj', roles: ['inspector'], scope: { region: f.declaration.region } };
    case 'other-region-inspector':
      return { sub: 'inspector-bj', roles: ['inspector'], scope: { region: 'somewhere-else' } };
    case 'regionless-inspector':
      // A token with no region is no inspector of anywhere, never of everywhere.
      return { sub: 'inspector-nowhere', roles: ['inspector'], scope: {} };
    case 'bureau-admin':
      return PRINCIPALS.bureauAdmin;
  }
}

/**
 * A fresh declaration (with its own employer) in `state`, walked there through the real API under
 * the Tianjin plan, or Beijing's where a fee is due; for `none`, a fresh draft plan instead.
 */
export async function fixtureIn(system: RunningSystem, state: State, planDocument: Record<string, unknown>): Promise<Fixture> {
  const intake = new ApiClient(system.url('intake'));
  const feePlan = state === 'awaiting-fee';
  const n = freshSampleNumber();
  const declaration = feePlan
    ? sampleDeclaration(n, { region: 'beijing', department: 'beijing-economy-and-it', employerCreditCode: uniqueCreditCode() })
    : sampleDeclaration(n, { employerCreditCode: uniqueCreditCode() });
  const today = feePlan ? '2023-07-10' : '2023-10-20';
  await setIntakeClock(system.url('intake'), today);
  const f: Fixture = { id: '', n, declaration, committee: '', planId: `access-${n}` };
  const step = async (who: Who, method: string, path: string, body?: unknown) => {
    const response = await intake.as(principalOf(who, f)).request<Record<string, string>>(method, path, body);
    if (response.status >= 300) throw new Error(`${method} ${path} as ${who}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  if (state === 'none') {
    await step('bureau-admin', 'POST', '/plans', { ...planDocument, id: f.planId });
    return f;
  }
  f.id = String((await step('applicant', 'POST', '/declarations', declaration))['id']);
  await uploadEvidence(intake.as(principalOf('applicant', f)), f.id, declaration);
  if (state === 'draft') return f;
  f.committee = String((await step('applicant', 'POST', `/declarations/${f.id}/submission`, {}))['committee']);
  if (state === 'submitted') return f;
  await step('employer', 'POST', `/declarations/${f.id}/employer-review`, { decision: 'recommend', unitPublicity: unitPublicityBefore(today) });
  if (state === 'recommended') return f;
  await step('department', 'POST', `/declarations/${f.id}/department-review`, { decision: 'forward' });
  if (state === 'forwarded') return f;
  if (state === 'correction-requested') {
    await step('office', 'POST', `/declarations/${f.id}/office-review`, { decision: 'request-correction', defects: ['stamp'] });
    return f;
  }
  await step('office', 'POST', `/declarations/${f.id}/office-review`, { decision: 'accept' });
  return f;
}
