import { randomUUID } from 'node:crypto';
import { ApiClient, RunningSystem, waitFor } from '@zc/testing';
import { closeQueries, query, TEST_SYSTEM } from './support/test-system';

/** Reads of personal data in bulk leave a trace in the audit hash chain (R-SV-4, issue 14). */
describe('exports in the audit log', () => {
  const system = new RunningSystem(TEST_SYSTEM, { services: ['intake', 'supervision'] });

  beforeAll(() => system.start());
  afterAll(async () => {
    await system.stop();
    await closeQueries();
  });

  it('records who exported declarations, under which scope and filters, in the audit chain', async () => {
    const auditor = { sub: `bureau-auditor-${randomUUID()}`, roles: ['bureau-admin' as const], scope: {} };
    const csv = await new ApiClient(system.url('intake')).as(auditor).download('/declarations/export.csv?status=accepted');
    expect(csv.status).toBe(200);
    const [record] = await waitFor('the export in the audit chain', async () => {
      const rows = await query<{ seq: string; event: string }>('supervision', `SELECT seq::text, event FROM "AuditRecord" WHERE event LIKE '%intake.declarations.exported.v1%' AND event LIKE $1`, [`%${auditor.sub}%`]);
      return rows.length > 0 ? rows : undefined;
    });
    const event = JSON.parse(record!.event) as { source: string; data: Record<string, unknown> };
    expect(event.source).toBe('intake');
    expect(event.data).toMatchObject({ by: auditor.sub, roles: ['bureau-admin'], filters: { status: 'accepted' }, rows: expect.any(Number), format: 'csv' });
    expect((await new ApiClient(system.url('supervision')).as(auditor).get<{ ok: boolean }>('/audit/verification')).body.ok).toBe(true);
  });
});
