import type { SqlExecutor } from '@zc/messaging';

/**
 * Takes the findings feed's lock, held to commit, so feed rows commit in seq order and a reader
 * resuming after seq N can never miss a row committed later below N. Whoever also appends to the
 * audit chain takes this lock first.
 */
export async function lockFindingsFeed(tx: SqlExecutor): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext('supervision.findings-feed'))`);
}

/** The next seq of the findings feed, under its lock. */
export async function nextFeedSeq(tx: SqlExecutor): Promise<bigint> {
  await lockFindingsFeed(tx);
  return nextFeedSeqLocked(tx);
}

/** The feed's next seq, as an SQL expression; read it only under the feed's lock. */
export const NEXT_FEED_SEQ = `(SELECT COALESCE(MAX(seq), 0) + 1 FROM "FindingChange")`;

/** The next seq of the findings feed, for a holder of its lock. */
export async function nextFeedSeqLocked(tx: SqlExecutor): Promise<bigint> {
  const [row] = await tx.$queryRawUnsafe<{ next: bigint }[]>(`SELECT ${NEXT_FEED_SEQ} AS next`);
  return BigInt(row?.next ?? 1);
}
