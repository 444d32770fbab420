import { ApiClient, freshSampleNumber, RunningSystem, sampleDeclaration } from '@zc/testing';
import { INTAKE_ACCESS } from './support/intake-access';
import { EVERYONE, fixtureIn, principalOf, testPlanDocument } from './support/intake-fixtures';
import { TEST_SYSTEM } from './support/test-system';

describe('intake: every endpoint for every role and scope', () => {
  const system = new RunningSystem(TEST_SYSTEM, { services: ['intake'] });
  let intake: ApiClient;
  let planDocument: Record<string, unknown>;

  beforeAll(async () => {
    await system.start();
    intake = new ApiClient(system.url('intake'));
    planDocument = await testPlanDocument(intake);
  });
  afterAll(() => system.stop());

  it.each(INTAKE_ACCESS.rows.map((row) => [row.call, row] as const))('%s: allowed callers succeed, everyone else gets 403 and learns nothing', async (_call, row) => {
    const f = await fixtureIn(system, row.state, planDocument);
    if (row.call === 'POST /plans') {
      f.planId = `${f.planId}-new`; // the fixture made one already; this call makes another
    }
    const denied = EVERYONE.filter((who) => !row.allowed.includes(who));
    for (const who of denied) {
      const { method, path, body, headers } = row.request(f);
      const response = await intake.as(principalOf(who, f)).request(method, path, body, headers);
      const text = JSON.stringify(response.body);
      expect({ who, status: response.status }).toEqual({ who, status: 403 });
      expect(text).not.toContain(f.declaration.idNumber);
      expect(text).not.toContain(f.declaration.applicantName);
      // Nor an id of the fixture the caller did not send.
      const asked = `${path} ${body instanceof Uint8Array ? '' : JSON.stringify(body ?? null)}`;
      expect({ who, revealed: [f.id, f.committee].filter((id) => id && !asked.includes(id) && text.includes(id)) }).toEqual({ who, revealed: [] });
    }
    for (const who of row.allowed) {
      const { method, path, body, headers } = row.request(who === 'other-applicant' ? { ...f, declaration: sampleDeclaration(freshSampleNumber()) } : f);
      const response = await intake.as(principalOf(who, f)).request<{ items?: { id: string }[] } | string>(method, path, body, headers);
      expect({ who, status: response.status }).toEqual({ who, status: row.ok });
      if (row.call === 'GET /declarations' || row.call === 'GET /declarations/export.csv') {
        const sees = typeof response.body === 'string' ? response.body.includes(f.id) : (response.body.items?.some((item) => item.id === f.id) ?? false);
        const entitled = ['applicant', 'employer', 'department', 'office', 'inspector', 'bureau-admin'].includes(who);
        expect({ who, sees }).toEqual({ who, sees: entitled });
      }
    }
  });
});
