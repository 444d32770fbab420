import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { pgConfigFromUrl } from '@zc/database';
import { AnchorFile, auditRowsInPages, DEVELOPMENT_ANCHOR_KEYS, developmentAnchorFile, verifyChain, type AuditPageReader } from '@zc/supervision/domain';

/**
 * Checks supervision's audit hash chain (R-SV-4) straight from its database, with no service
 * running and nothing but read access, and names the first broken record; with the anchors (the
 * signed heads kept outside the database) it also names a cut tail or a rewritten suffix.
 *   npm run audit:verify -- [--database-url postgresql://…/zc_supervision] [--page-size 1000]
 *                           [--anchors <file>] [--public-key <SM2 public key, hex>]
 * The URL defaults to DATABASE_URL, then the local database; the anchors to AUDIT_ANCHOR_FILE,
 * then the development file of that database; the key to AUDIT_SM2_PUBLIC_KEY, then the
 * development key. Prints the verdict as one JSON line; exits 0 intact, 1 broken, 2 on bad usage
 * or when the database cannot be read.
 */
const EXIT_INTACT = 0;
const EXIT_BROKEN = 1;
const EXIT_UNUSABLE = 2;

type StoredRow = { seq: string; eventId: string; event: string; previousHash: string; hash: string };

function pageReader(pool: Pool): AuditPageReader {
  return async (afterSeq, limit) => {
    // pg hands BIGINT back as a string (exact, where a JS number would not be); no ::text cast
    // here, since ORDER BY would then sort the text alias: 1, 10, 11, …, 2.
    const { rows } = await pool.query<StoredRow>(
      `SELECT seq, "eventId", event, "previousHash", hash FROM "AuditRecord" WHERE seq > $1::bigint ORDER BY seq LIMIT $2`,
      [afterSeq.toString(), limit],
    );
    return rows.map((row) => ({ ...row, seq: BigInt(row.seq) }));
  };
}

function settings() {
  const { values } = parseArgs({
    options: { 'database-url': { type: 'string' }, 'page-size': { type: 'string', default: '1000' }, anchors: { type: 'string' }, 'public-key': { type: 'string' } },
  });
  const pageSize = Number(values['page-size']);
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error('usage: [--database-url <postgresql URL>] [--page-size <positive integer>]');
  const databaseUrl = values['database-url'] ?? process.env['DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/zc_supervision';
  const anchors = new AnchorFile(values.anchors ?? process.env['AUDIT_ANCHOR_FILE'] ?? developmentAnchorFile(databaseUrl)).readAll();
  const publicKey = values['public-key'] ?? process.env['AUDIT_SM2_PUBLIC_KEY'] ?? DEVELOPMENT_ANCHOR_KEYS.publicKey;
  return { pool: new Pool({ ...pgConfigFromUrl(databaseUrl), max: 1 }), pageSize, anchorCheck: { anchors, publicKey } };
}

async function main(): Promise<number> {
  const { pool, pageSize, anchorCheck } = settings();
  try {
    const verdict = await verifyChain(auditRowsInPages(pageReader(pool), pageSize), anchorCheck);
    console.log(JSON.stringify(verdict));
    return verdict.ok ? EXIT_INTACT : EXIT_BROKEN;
  } finally {
    await pool.end();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error & { code?: string }) => {
    // A refused connection can arrive as an AggregateError with an empty message.
    console.error(error.message || error.code || String(error));
    process.exitCode = EXIT_UNUSABLE;
  },
);
