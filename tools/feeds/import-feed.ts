import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { FEED_SOURCES, type FeedSourceName } from '@zc/contracts';
import { pgConfigFromUrl } from '@zc/database';
import { FeedFileImporter } from '@zc/verification/data-access';
import { FEED_DEFINITIONS } from '@zc/verification/domain';

/**
 * Imports an agency's bulk file into verification's database; rerun it after a crash and it
 * resumes where the last committed chunk ended. The running verification service publishes the
 * batch's report and re-runs the checks that were waiting for this data.
 *   npm run feeds:import -- --source social-security|continuing-education|degree --file F [--format csv|ndjson] [--chunk 50000]
 * DATABASE_URL names verification's database (default: the local one).
 */
const { values } = parseArgs({
  options: {
    source: { type: 'string', default: 'social-security' },
    file: { type: 'string' },
    format: { type: 'string', default: 'csv' },
    chunk: { type: 'string', default: '50000' },
  },
});

async function main() {
  const source = values.source as FeedSourceName;
  if (!values.file || !['csv', 'ndjson'].includes(values.format) || !FEED_SOURCES.includes(source)) {
    throw new Error(`usage: --source ${FEED_SOURCES.join('|')} --file <path> [--format csv|ndjson] [--chunk N]`);
  }
  const pool = new Pool({ ...pgConfigFromUrl(process.env['DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/zc_verification'), max: 2 });
  const crashAfter = process.env['FAULT_POINT']?.match(/^import\.after-chunk-(\d+)$/)?.[1];
  try {
    const importer = new FeedFileImporter(pool, FEED_DEFINITIONS[source], Number(values.chunk), crashAfter ? Number(crashAfter) : undefined);
    console.log(JSON.stringify(await importer.importFile(values.file, values.format as 'csv' | 'ndjson')));
  } finally {
    await pool.end();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
