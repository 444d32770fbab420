import type { FeedSourceName } from '@zc/contracts';
import type { SqlExecutor } from '@zc/messaging';
import { FEED_DEFINITIONS, type ColumnType, type FeedSourceDefinition, type WithProvenance } from '@zc/verification/domain';
import { contentHashOf, FEED_TABLES } from '../feed-import/feed-tables';

const ARRAY_TYPE: Record<ColumnType, string> = { text: 'text[]', int: 'int[]', numeric: 'numeric[]', date: 'date[]' };
/** Read back as the domain holds them: dates as YYYY-MM-DD, hours as numbers. */
const READ_AS: Record<ColumnType, (column: string) => string> = {
  text: (c) => `"${c}"`,
  int: (c) => `"${c}"`,
  numeric: (c) => `"${c}"::float8 AS "${c}"`,
  date: (c) => `"${c}"::text AS "${c}"`,
};

/**
 * Writes validated feed rows that arrived other than by file (stream, pull, push) in the caller's
 * transaction, so they commit with the batch's report event; rows already held are left alone.
 * `receivedAt` is the service clock's, as the batch's report says it. Returns how many were new.
 */
export async function insertFeedRows(tx: SqlExecutor, definition: FeedSourceDefinition, rows: readonly object[], batchId: string, receivedAt: Date): Promise<number> {
  if (rows.length === 0) return 0;
  const { columns } = definition;
  const arrays = columns.map((column) => rows.map((row) => (row as Record<string, unknown>)[column.name]));
  const unnest = [...columns.map((column, i) => `$${i + 1}::${ARRAY_TYPE[column.type]}`), `$${columns.length + 1}::text[]`].join(', ');
  const names = columns.map((column) => `"${column.name}"`).join(', ');
  return tx.$executeRawUnsafe(
    `INSERT INTO "${FEED_TABLES[definition.source]}" (${names}, "contentHash", source, "batchId", "receivedAt")
     SELECT *, $${columns.length + 2}, $${columns.length + 3}, ($${columns.length + 4}::timestamptz AT TIME ZONE 'UTC') FROM unnest(${unnest}) ON CONFLICT DO NOTHING`,
    ...arrays,
    rows.map((row) => contentHashOf(definition, row)),
    definition.source,
    batchId,
    receivedAt.toISOString(),
  );
}

/** Every record a feed holds for a person, with its provenance (R-VF-4). */
export async function feedRecordsOf<Row extends object>(tx: SqlExecutor, source: FeedSourceName, idNumber: string): Promise<WithProvenance<Row>[]> {
  const { columns } = FEED_DEFINITIONS[source];
  const rows = await tx.$queryRawUnsafe<(Row & { id: string; source: FeedSourceName; batchId: string; receivedAt: Date | string })[]>(
    `SELECT id::text AS id, source, "batchId", "receivedAt", ${columns.map((c) => READ_AS[c.type](c.name)).join(', ')}
     FROM "${FEED_TABLES[source]}" WHERE "idNumber" = $1 ORDER BY id`,
    idNumber,
  );
  return rows.map((row) => ({ ...row, receivedAt: new Date(row.receivedAt) }));
}
