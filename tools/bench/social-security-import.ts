import { createReadStream, createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pgConfigFromUrl } from '@zc/database';
import { checkCharacterOf } from '@zc/national-standards';
import { FeedFileImporter } from '@zc/verification/data-access';
import { SOCIAL_SECURITY_FEED } from '@zc/verification/domain';
import { dropDatabases, generateClients, migrateDatabases } from '../infra/databases';
import { ensurePostgres } from '../infra/services';

/**
 * Imports a file of social-security rows (default 1,000,000) through verification's importer and
 * compares it with a raw PostgreSQL COPY of the same file into a bare table, in the same run.
 *   npm run bench:feeds -- [--rows 1000000] [--chunk 50000]
 */
const ARGS = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, chunk: { type: 'string', default: '50000' } } }).values;
const ROWS = Number(ARGS.rows);
const FILE = path.join(__dirname, '..', '..', '.cache', 'bench', `social-security-${ROWS}.csv`);
const DATABASE = 'postgresql://postgres@127.0.0.1:5432/zc_bench_verification';
const EMPLOYERS = ['91440300708461136T', '91110000600037341L', '91120116MA06A7Y28D'];

async function writeFile(): Promise<void> {
  if (existsSync(FILE)) return;
  mkdirSync(path.dirname(FILE), { recursive: true });
  await pipeline(
    (function* () {
      yield 'idNumber,employerCreditCode,month\n';
      let batch = '';
      for (let i = 0; i < ROWS; i += 1) {
        // 1,000 people a birth date, 12 months each: distinct (person, unit, month) rows.
        const person = Math.floor(i / 12);
        const first17 = `120101${1950 + (person % 50)}${String((Math.floor(person / 50) % 12) + 1).padStart(2, '0')}${String((Math.floor(person / 600) % 28) + 1).padStart(2, '0')}${String(Math.floor(person / 16_800) % 1000).padStart(3, '0')}`;
        batch += `${first17}${checkCharacterOf(first17)},${EMPLOYERS[person % 3]},2023-${String((i % 12) + 1).padStart(2, '0')}\n`;
        if (batch.length > 1 << 20) {
          yield batch;
          batch = '';
        }
      }
      yield batch;
    })(),
    createWriteStream(FILE),
  );
}

/** Seconds to COPY the file into a table `setup` makes afresh. */
async function timedCopy(pool: Pool, setup: string, copy: string): Promise<number> {
  await pool.query(setup);
  await pool.query('CHECKPOINT');
  const client = await pool.connect();
  try {
    const started = performance.now();
    await pipeline(createReadStream(FILE), client.query(copyFrom(copy)));
    return (performance.now() - started) / 1000;
  } finally {
    client.release();
  }
}

/** A bare table: no keys, no indexes — a floor, not a store. */
const rawCopy = (pool: Pool) =>
  timedCopy(pool, 'DROP TABLE IF EXISTS raw_copy; CREATE TABLE raw_copy (id_number text, employer_credit_code text, month text)', 'COPY raw_copy FROM STDIN (FORMAT csv, HEADER true)');

/** A table shaped and indexed like the real one: what a deduplicating store costs at least. */
const rawCopyIndexed = (pool: Pool) =>
  timedCopy(
    pool,
    `DROP TABLE IF EXISTS raw_copy_indexed; CREATE TABLE raw_copy_indexed (LIKE "SocialSecurityRecord" INCLUDING DEFAULTS INCLUDING INDEXES);
     ALTER TABLE raw_copy_indexed ALTER "batchId" SET DEFAULT 'raw'`,
    'COPY raw_copy_indexed ("idNumber", "employerCreditCode", month) FROM STDIN (FORMAT csv, HEADER true)',
  );

async function main() {
  await ensurePostgres();
  await generateClients();
  await dropDatabases({ prefix: 'zc_bench_' });
  await migrateDatabases({ prefix: 'zc_bench_' });
  await writeFile();
  const pool = new Pool({ ...pgConfigFromUrl(DATABASE), max: 4 });
  try {
    const bare = await rawCopy(pool);
    const baseline = await rawCopyIndexed(pool);
    // Each path starts from a checkpoint, so none pays for the WAL another one wrote.
    await pool.query('CHECKPOINT');
    const started = performance.now();
    const report = await new FeedFileImporter(pool, SOCIAL_SECURITY_FEED as never, Number(ARGS.chunk)).importFile(FILE, 'csv');
    const seconds = (performance.now() - started) / 1000;
    const sizeMb = (statSync(FILE).size / 1e6).toFixed(1);
    console.log(`\nfile: ${ROWS.toLocaleString()} rows, ${sizeMb} MB CSV`);
    console.log(`raw COPY into a bare table:   ${bare.toFixed(2)} s  ${(ROWS / bare).toFixed(0)} rows/s  (no keys or indexes: a floor, not a store)`);
    console.log(`raw COPY, same table shape:   ${baseline.toFixed(2)} s  ${(ROWS / baseline).toFixed(0)} rows/s  (the baseline: same keys and indexes)`);
    console.log(`verification importer:       ${seconds.toFixed(2)} s  ${(ROWS / seconds).toFixed(0)} rows/s  (validated, deduplicated, provenance, resumable)`);
    console.log(`ratio importer / raw COPY:    ${(baseline / seconds).toFixed(2)}  (target ≥ 0.5; against the bare table ${(bare / seconds).toFixed(2)})`);
    console.log(`accepted ${report.rowsAccepted}, already held ${report.rowsAlreadyHeld}, rejected ${report.rowsRejected}`);
  } finally {
    await pool.end();
  }
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
