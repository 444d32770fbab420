import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { pgConfigFromUrl } from '@zc/database';
import { SocialSecurityFileImporter } from '@zc/verification/data-access';

/**
 * Imports a social-security agency file into verification's database; rerun it after a crash and
 * it resumes where the last committed chunk ended.
 *   npm run feeds:import -- --file contributions.csv [--format csv|ndjson] [--chunk 50000]
 * DATABASE_URL names verification's database (default: the local one).
 */
const { values } = parseArgs({
  options: { file: { type: 'string' }, format: { type: 'string', default: 'csv' }, chunk: { type: 'string', default: '50000' } },
});

async function main() {
  if (!values.file || !['csv', 'ndjson'].includes(values.format)) throw new Error('usage: --file <path> [--format csv|ndjson] [--chunk N]');
  const pool = new Pool({ ...pgConfigFromUrl(process.env['DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/zc_verification'), max: 2 });
  const crashAfter = process.env['FAULT_POINT']?.match(/^import\.after-chunk-(\d+)$/)?.[1];
  try {
    const importer = new SocialSecurityFileImporter(pool, Number(values.chunk), crashAfter ? Number(crashAfter) : undefined);
    console.log(JSON.stringify(await importer.importFile(values.file, values.format as 'csv' | 'ndjson')));
  } finally {
    await pool.end();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
