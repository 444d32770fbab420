import {
  ApiClient,
  freshSampleNumber,
  PRINCIPALS,
  sampleDeclaration,
  setIntakeClock,
  uniqueCreditCode,
  unitPublicityBefore,
  uploadEvidence,
  type RunningSystem,
  type SampleDeclaration,
} from '@zc/testing';
import type { Principal } from '@zc/platform';
import { EVERYONE, principalFor, type Who } from './access-table';

export { EVERYONE, type Who } from './access-table';
export const ALL_BUT_EXPERT = EVERYONE.filter((who) => who !== 'expert' && who !== 'other-expert');

export type State = 'none' | 'draft' | 'submitted' | 'recommended' | 'forwarded' | 'correction-requested' | 'awaiting-fee';

export interface Fixture {
  id: string;
  n: number;
  declaration: SampleDeclaration;
  committee: string;
  planId: string;
  /** The test plan document the fixture's plan was made from. */
  planDocument: Record<string, unknown>;
}

/** A plan document for tests: the seeded Tianjin quality/metrology plan under another id and year. */
export async function testPlanDocument(intake: ApiClient): Promise<Record<string, unknown>> {
  const seed = await intake.as(PRINCIPALS.bureauAdmin).get<{ versions: { document: Record<string, unknown> }[] }>('/plans/tianjin-2023-quality-metrology');
  return { ...seed.body.versions[0]?.document, year: 2031, title: 'test plan' };
}

export function principalOf(who: Who, f: Fixture): Principal {
  return principalFor(who, { applicant: f.n, employerCreditCode: f.declaration.employerCreditCode, department: f.declaration.department, committee: f.committee, region: f.declaration.region });
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
  const f: Fixture = { id: '', n, declaration, committee: '', planId: `access-${n}`, planDocument };
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
