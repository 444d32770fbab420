import path from 'node:path';
import { createPrismaAdapter } from '@zc/database';
import { PrismaClient } from '@zc/supervision/data-access';
import { scratchDatabase } from '@zc/testing';
import { mergeCaseFacts, upsertCases } from './project-cases';

/** Against real PostgreSQL, in a scratch database migrated as supervision's is. */
const database = scratchDatabase('cases', path.resolve(__dirname, '..', '..', '..', 'data-access', 'prisma', 'migrations'));

describe('case facts', () => {
  it('merge: later known facts win, missing ones are kept, the first kind stays', () => {
    const merged = mergeCaseFacts({ id: 'd1', kind: 'declaration', region: 'tianjin', series: 'engineering' }, { id: 'd1', kind: 'committee', region: null, committee: 'c1', series: 'health' });
    expect(merged).toEqual({ id: 'd1', kind: 'declaration', region: 'tianjin', committee: 'c1', series: 'health' });
    expect(mergeCaseFacts(undefined, { id: 'c1', kind: 'committee', region: 'beijing', level: undefined })).toEqual({ id: 'c1', kind: 'committee', region: 'beijing' });
  });

  describe('on PostgreSQL', () => {
    let prisma: PrismaClient;

    beforeAll(async () => {
      await database.create();
      prisma = new PrismaClient({ adapter: createPrismaAdapter(database.url, { max: 2 }) });
    }, 20_000);

    afterAll(async () => {
      await prisma?.$disconnect();
      await database.drop();
    }, 20_000);

    it('upserts many cases in one statement: new ones created, known ones take the facts given and keep the rest', async () => {
      await upsertCases(prisma, [
        { id: 'd1', kind: 'declaration', region: 'tianjin', series: 'engineering', planId: 'p', planVersion: 2 },
        { id: 'c1', kind: 'committee', region: 'tianjin', committee: 'c1' },
      ]);
      await upsertCases(prisma, [
        { id: 'd1', kind: 'declaration', committee: 'c1', level: 'senior', region: null },
        { id: 'd2', kind: 'declaration', idNumber: '11010519491231002X' },
      ]);
      const rows = await prisma.case.findMany({ orderBy: { id: 'asc' } });
      expect(rows.map(({ updatedAt: _, ...row }) => row)).toEqual([
        { id: 'c1', kind: 'committee', region: 'tianjin', committee: 'c1', series: null, level: null, employerCreditCode: null, idNumber: null, planId: null, planVersion: null },
        { id: 'd1', kind: 'declaration', region: 'tianjin', committee: 'c1', series: 'engineering', level: 'senior', employerCreditCode: null, idNumber: null, planId: 'p', planVersion: 2 },
        { id: 'd2', kind: 'declaration', region: null, committee: null, series: null, level: null, employerCreditCode: null, idNumber: '11010519491231002X', planId: null, planVersion: null },
      ]);
      expect(Math.abs(rows[1].updatedAt.getTime() - Date.now())).toBeLessThan(60_000);
    }, 20_000);
  });
});
