import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { createPrismaAdapter, pgConfigFromUrl } from '@zc/database';
import { PrismaClient } from '@zc/supervision/data-access';
import { mergeCaseFacts, upsertCases } from './project-cases';

/** Against real PostgreSQL, in a scratch database holding only the Case table (as audit-log.spec does). */
const ROOT = path.resolve(__dirname, '..', '..', '..', '..', '..');
const MIGRATIONS = path.join(ROOT, 'libs', 'supervision', 'data-access', 'prisma', 'migrations');
const SERVER_URL = 'postgresql://postgres@127.0.0.1:5432';
const DATABASE = `zc_scratch_cases_${randomBytes(6).toString('hex')}`;
const DATABASE_URL = `${SERVER_URL}/${DATABASE}`;

function caseTableDdl(): string[] {
  const [migration] = readdirSync(MIGRATIONS).filter((name) => name.endsWith('_findings_audit_subscriptions'));
  return readFileSync(path.join(MIGRATIONS, migration, 'migration.sql'), 'utf8')
    .split(';')
    .map((statement) => statement.replace(/^--.*$/gm, '').trim())
    .filter((statement) => /^CREATE (TABLE|(UNIQUE )?INDEX "[^"]+" ON) "Case"/.test(statement));
}

async function onServer(sql: string): Promise<void> {
  const client = new Client(pgConfigFromUrl(`${SERVER_URL}/postgres`));
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('case facts', () => {
  it('merge: later known facts win, missing ones are kept, the first kind stays', () => {
    const merged = mergeCaseFacts({ id: 'd1', kind: 'declaration', region: 'tianjin', series: 'engineering' }, { id: 'd1', kind: 'committee', region: null, committee: 'c1', series: 'health' });
    expect(merged).toEqual({ id: 'd1', kind: 'declaration', region: 'tianjin', committee: 'c1', series: 'health' });
    expect(mergeCaseFacts(undefined, { id: 'c1', kind: 'committee', region: 'beijing', level: undefined })).toEqual({ id: 'c1', kind: 'committee', region: 'beijing' });
  });

  describe('on PostgreSQL', () => {
    let prisma: PrismaClient;

    beforeAll(async () => {
      await onServer(`CREATE DATABASE "${DATABASE}"`);
      const sql = new Client(pgConfigFromUrl(DATABASE_URL));
      await sql.connect();
      for (const statement of caseTableDdl()) await sql.query(statement);
      await sql.end();
      prisma = new PrismaClient({ adapter: createPrismaAdapter(DATABASE_URL, { max: 2 }) });
    }, 20_000);

    afterAll(async () => {
      await prisma?.$disconnect();
      await onServer(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
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
