import { types, type Pool, type PoolClient } from 'pg';

type Queryable = Pick<PoolClient, 'query'>;

/** Raw SQL, alone or in a transaction: the slice of a Prisma client that messaging and hot paths use (messaging's `SqlExecutor`), with the same results. */
export interface RawSql {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

const INT8 = 20;
const TIMESTAMP = 1114;

/**
 * Results as Prisma's raw queries give them: int8 as bigint, and `timestamp` (Prisma's DateTime,
 * stored as UTC without a zone) as that UTC instant; pg alone would read the latter as local time.
 */
const PRISMA_LIKE_TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === INT8) return (value: string) => BigInt(value);
    if (oid === TIMESTAMP) return (value: string) => new Date(`${value.replace(' ', 'T')}Z`);
    return types.getTypeParser(oid, format as 'text');
  }) as typeof types.getTypeParser,
};

/** Raw SQL on a pool (each statement on its own) or on one connection (in its transaction). */
export function rawSqlOf(client: Queryable): RawSql {
  return {
    async $executeRawUnsafe(query, ...values) {
      return (await client.query({ text: query, values, types: PRISMA_LIKE_TYPES })).rowCount ?? 0;
    },
    async $queryRawUnsafe<T>(query: string, ...values: unknown[]) {
      return (await client.query({ text: query, values, types: PRISMA_LIKE_TYPES })).rows as T;
    },
  };
}

/**
 * Runs `work` in one transaction on a connection of `pool`, straight on the pg driver: for hot
 * paths written in SQL, which then skip Prisma's per-statement cost (its query compiler and
 * client ran at about half of supervision's CPU). A connection whose transaction could not end
 * (a cut connection, a PostgreSQL restart) is handed back with the error, so the pool drops it
 * instead of lending it again; the caller sees the error and classifies it (transient or not).
 */
export async function inRawTransaction<T>(pool: Pool, work: (tx: RawSql) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  // A connection cut while idle in the pool reports its FATAL as an event: heard, not fatal to the process.
  const hear = (error: Error) => (broken ??= error);
  client.on('error', hear);
  try {
    await client.query('BEGIN');
    const result = await work(rawSqlOf(client));
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackFailed: Error) => (broken ??= rollbackFailed));
    throw error;
  } finally {
    client.removeListener('error', hear);
    client.release(broken);
  }
}
