import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkCharacterOf } from '@zc/national-standards';
import { SAMPLE_EMPLOYERS, WORKSPACE_ROOT } from '@zc/testing';
import { closeQueries, query, TEST_SYSTEM } from './support/test-system';

interface Report {
  importId: string;
  linesRead: number;
  rowsAccepted: number;
  rowsAlreadyHeld: number;
  rowsRejected: number;
  alreadyImported: boolean;
  resumedAfterLine: number;
  rejectReasons: Record<string, number>;
}

/** Runs the import tool as ops would, in its own process; resolves with its report or how it died. */
function runImport(file: string, format: 'csv' | 'ndjson', env: Record<string, string> = {}, chunk = 1_000) {
  return new Promise<{ report?: Report; signal: NodeJS.Signals | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'tools/feeds/import-social-security.ts', '--file', file, '--format', format, '--chunk', String(chunk)], {
      cwd: WORKSPACE_ROOT,
      env: { ...process.env, DATABASE_URL: TEST_SYSTEM.databaseUrl('verification'), ...env },
    });
    let output = '';
    child.stdout.on('data', (data) => (output += data));
    child.stderr.on('data', (data) => (output += data));
    child.on('exit', (_code, signal) => {
      const last = output.trim().split('\n').at(-1) ?? '';
      resolve({ report: last.startsWith('{') ? (JSON.parse(last) as Report) : undefined, signal, output });
    });
  });
}

/** `count` distinct good rows for a run of its own, and every `badEvery`-th row broken. */
function contributions(count: number, seed: number, badEvery = 0): { csv: string; ndjson: string } {
  const lines: string[] = ['idNumber,employerCreditCode,month'];
  const json: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const first17 = `1301${String(seed).padStart(6, '0').slice(-6)}${String(i).padStart(7, '0')}`;
    const row = { idNumber: `${first17}${checkCharacterOf(first17)}`, employerCreditCode: SAMPLE_EMPLOYERS[i % 3] as string, month: `2023-${String((i % 12) + 1).padStart(2, '0')}` };
    if (badEvery && i % badEvery === badEvery - 1) row.month = '2023-13';
    lines.push(`${row.idNumber},${row.employerCreditCode},${row.month}`);
    json.push(JSON.stringify(row));
  }
  return { csv: `${lines.join('\n')}\n`, ndjson: `${json.join('\n')}\n` };
}

const countOf = async (sql: string, params: unknown[]) => Number((await query<{ count: string }>('verification', sql, params))[0]?.count);

describe('bulk social-security files (CSV and NDJSON)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'zc-feed-'));
  const seed = Math.floor(Math.random() * 1_000_000);
  afterAll(() => closeQueries());

  it('takes the good rows, reports every bad one by line and reason, and a re-import changes nothing', async () => {
    const file = path.join(dir, 'with-bad-rows.csv');
    writeFileSync(file, `${contributions(500, seed, 50).csv}bad-id,91440300708461136T,2023-01\n`);
    const first = await runImport(file, 'csv');
    expect(first.report).toMatchObject({ linesRead: 502, rowsAccepted: 490, rowsRejected: 11, alreadyImported: false, rejectReasons: { month: 10, idNumber: 1 } });
    const rejected = await query<{ line: number; reason: string }>('verification', 'SELECT line, reason FROM "FeedRejectedRow" WHERE "importId" = $1 ORDER BY line', [first.report!.importId]);
    expect(rejected[0]).toEqual({ line: 51, reason: 'month: must be YYYY-MM' });
    expect(rejected.at(-1)).toEqual({ line: 502, reason: 'idNumber: must be 17 digits followed by a digit or X' });

    const records = await countOf('SELECT count(*) FROM "SocialSecurityRecord" WHERE "batchId" = $1', [first.report!.importId]);
    const again = await runImport(file, 'csv');
    expect(again.report).toMatchObject({ alreadyImported: true, rowsAccepted: 490 });
    expect(await countOf('SELECT count(*) FROM "SocialSecurityRecord" WHERE "batchId" = $1', [first.report!.importId])).toBe(records);
    const [provenance] = await query<{ source: string; contentHash: string }>('verification', 'SELECT source, "contentHash" FROM "SocialSecurityRecord" WHERE "batchId" = $1 LIMIT 1', [first.report!.importId]);
    expect(provenance).toMatchObject({ source: 'social-security', contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('resumes after a crash in the middle of an import, each row taken exactly once', async () => {
    const file = path.join(dir, 'crash.ndjson');
    writeFileSync(file, contributions(5_000, seed + 1, 1_000).ndjson);
    const crashed = await runImport(file, 'ndjson', { FAULT_POINT: 'import.after-chunk-2' });
    expect(crashed.signal).toBe('SIGKILL');
    const resumed = await runImport(file, 'ndjson');
    expect(resumed.report).toMatchObject({ resumedAfterLine: 2_000, linesRead: 5_000, rowsAccepted: 4_995, rowsRejected: 5, alreadyImported: false });
    expect(await countOf('SELECT count(*) FROM "SocialSecurityRecord" WHERE "batchId" = $1', [resumed.report!.importId])).toBe(4_995);
    expect(await countOf('SELECT count(*) FROM "FeedRejectedRow" WHERE "importId" = $1', [resumed.report!.importId])).toBe(5);
  });

  it('counts rows another file already delivered as already held, not as new', async () => {
    const { csv } = contributions(300, seed + 2);
    const half = csv.split('\n').slice(0, 151).join('\n');
    writeFileSync(path.join(dir, 'half.csv'), `${half}\n`);
    writeFileSync(path.join(dir, 'all.csv'), csv);
    expect((await runImport(path.join(dir, 'half.csv'), 'csv')).report).toMatchObject({ rowsAccepted: 150 });
    expect((await runImport(path.join(dir, 'all.csv'), 'csv')).report).toMatchObject({ rowsAccepted: 150, rowsAlreadyHeld: 150 });
  });
});
