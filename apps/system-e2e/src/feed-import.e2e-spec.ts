import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FEED_SOURCES, type FeedSourceName } from '@zc/contracts';
import { checkCharacterOf } from '@zc/national-standards';
import { SAMPLE_EMPLOYERS } from '@zc/testing';
import { runImport } from './support/feed-files';
import { closeQueries, query } from './support/test-system';

type Row = Record<string, string>;

/** A good row of each feed for person `i` of a run, and how to break one (the field that will be named). */
const FEEDS: Record<FeedSourceName, { table: string; row: (idNumber: string, i: number) => Row; broken: Row }> = {
  'social-security': {
    table: 'SocialSecurityRecord',
    row: (idNumber, i) => ({ idNumber, employerCreditCode: SAMPLE_EMPLOYERS[i % 3] as string, month: `2023-${String((i % 12) + 1).padStart(2, '0')}` }),
    broken: { month: '2023-13' },
  },
  'continuing-education': {
    table: 'ContinuingEducationRecord',
    // A provider's name with a comma and a quote: the CSV path for quoted fields is taken too.
    row: (idNumber, i) => ({ idNumber, year: String(2020 + (i % 3)), courseCode: `C-${i}`, provider: i % 7 === 0 ? '天津市继续教育基地, "滨海"分部' : '天津市继续教育基地', hours: '30.5' }),
    broken: { hours: '-4' },
  },
  degree: {
    table: 'DegreeRecord',
    row: (idNumber, i) => ({ idNumber, certificateNumber: `100561${String(i).padStart(12, '0')}`, degree: 'master', institution: '南开大学', major: '化学', graduatedOn: '2015-06-30', studyMode: i % 2 ? 'part-time' : 'full-time' }),
    broken: { degree: 'phd' },
  },
};

const csvField = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** `count` distinct good rows for a run of its own, and every `badEvery`-th row broken. */
function feedFile(source: FeedSourceName, count: number, seed: number, badEvery = 0): { csv: string; ndjson: string } {
  const rows: Row[] = [];
  for (let i = 0; i < count; i += 1) {
    const first17 = `1301${String(seed).padStart(6, '0').slice(-6)}${String(i).padStart(7, '0')}`;
    const row = FEEDS[source].row(`${first17}${checkCharacterOf(first17)}`, i);
    rows.push(badEvery && i % badEvery === badEvery - 1 ? { ...row, ...FEEDS[source].broken } : row);
  }
  const header = Object.keys(rows[0] ?? FEEDS[source].row('', 0));
  const csv = [header.join(','), ...rows.map((row) => header.map((column) => csvField(row[column] as string)).join(','))];
  return { csv: `${csv.join('\n')}\n`, ndjson: `${rows.map((row) => JSON.stringify(row)).join('\n')}\n` };
}

const countOf = async (sql: string, params: unknown[]) => Number((await query<{ count: string }>('verification', sql, params))[0]?.count);

describe.each(FEED_SOURCES)('bulk %s files (CSV and NDJSON)', (source) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'zc-feed-'));
  const seed = Math.floor(Math.random() * 1_000_000);
  const { table, broken } = FEEDS[source];
  const brokenField = Object.keys(broken)[0] as string;
  afterAll(() => closeQueries());

  it('takes the good rows, reports every bad one by line and reason, and a re-import changes nothing', async () => {
    const file = path.join(dir, 'with-bad-rows.csv');
    const { csv } = feedFile(source, 500, seed, 50);
    const badIdLine = `bad-id${csv.split('\n')[1]!.slice(csv.split('\n')[1]!.indexOf(','))}`;
    writeFileSync(file, `${csv}${badIdLine}\n`);
    const first = await runImport(source, file, 'csv');
    expect(first.report).toMatchObject({ linesRead: 502, rowsAccepted: 490, rowsRejected: 11, alreadyImported: false, rejectReasons: { [brokenField]: 10, idNumber: 1 } });
    const rejected = await query<{ line: number; reason: string }>('verification', 'SELECT line, reason FROM "FeedRejectedRow" WHERE "importId" = $1 ORDER BY line', [first.report!.importId]);
    expect(rejected[0]).toEqual({ line: 51, reason: expect.stringMatching(new RegExp(`^${brokenField}: `)) });
    expect(rejected.at(-1)).toEqual({ line: 502, reason: 'idNumber: must be 17 digits followed by a digit or X' });

    const records = await countOf(`SELECT count(*) FROM "${table}" WHERE "batchId" = $1`, [first.report!.importId]);
    expect(records).toBe(490);
    const again = await runImport(source, file, 'csv');
    expect(again.report).toMatchObject({ alreadyImported: true, rowsAccepted: 490 });
    expect(await countOf(`SELECT count(*) FROM "${table}" WHERE "batchId" = $1`, [first.report!.importId])).toBe(records);
    // Provenance on every record (R-VF-4), and the batch's data-quality report published once.
    const [provenance] = await query<{ source: string; contentHash: string; receivedAt: Date }>('verification', `SELECT source, "contentHash", "receivedAt" FROM "${table}" WHERE "batchId" = $1 LIMIT 1`, [first.report!.importId]);
    expect(provenance).toMatchObject({ source, contentHash: expect.stringMatching(/^[0-9a-f]{64}$/), receivedAt: expect.any(Date) });
    const reports = await query<{ payload: { data: { rowsAccepted: number; rowsRejected: number; way: string } } }>('verification', 'SELECT payload FROM outbox_event WHERE key = $1', [first.report!.importId]);
    expect(reports.map((r) => r.payload.data)).toEqual([expect.objectContaining({ way: 'file', source, rowsAccepted: 490, rowsRejected: 11 })]);
  });

  it('resumes after a crash in the middle of an import, each row taken exactly once', async () => {
    const file = path.join(dir, 'crash.ndjson');
    writeFileSync(file, feedFile(source, 5_000, seed + 1, 1_000).ndjson);
    const crashed = await runImport(source, file, 'ndjson', { FAULT_POINT: 'import.after-chunk-2' });
    expect(crashed.signal).toBe('SIGKILL');
    const resumed = await runImport(source, file, 'ndjson');
    expect(resumed.report).toMatchObject({ resumedAfterLine: 2_000, linesRead: 5_000, rowsAccepted: 4_995, rowsRejected: 5, alreadyImported: false });
    expect(await countOf(`SELECT count(*) FROM "${table}" WHERE "batchId" = $1`, [resumed.report!.importId])).toBe(4_995);
    expect(await countOf('SELECT count(*) FROM "FeedRejectedRow" WHERE "importId" = $1', [resumed.report!.importId])).toBe(5);
  });

  it('counts rows another file already delivered as already held, not as new', async () => {
    const { csv } = feedFile(source, 300, seed + 2);
    const half = csv.split('\n').slice(0, 151).join('\n');
    writeFileSync(path.join(dir, 'half.csv'), `${half}\n`);
    writeFileSync(path.join(dir, 'all.csv'), csv);
    expect((await runImport(source, path.join(dir, 'half.csv'), 'csv')).report).toMatchObject({ rowsAccepted: 150 });
    expect((await runImport(source, path.join(dir, 'all.csv'), 'csv')).report).toMatchObject({ rowsAccepted: 150, rowsAlreadyHeld: 150 });
  });
});
