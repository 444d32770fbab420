import { Injectable } from '@nestjs/common';
import type { Envelope } from '@zc/contracts';
import type { SqlExecutor } from '@zc/messaging';
import type { Prisma } from '@zc/supervision/data-access';
import { NEXT_FEED_SEQ } from '../findings/findings-feed-lock';
import { WRITE_BATCH } from '../observe-event/write-batch.sql';
import { auditRowsInPages, canonicalEventText, chainHash, GENESIS_HASH, verifyChain, type AnchorCheck, type AuditPageReader, type ChainVerdict } from '@zc/supervision/domain';

/** A Prisma client or transaction client; the service's SupervisionPrisma is one. */
type AuditRecords = Pick<Prisma.TransactionClient, 'auditRecord'>;

/** The chain's last record, and the findings feed's next seq, as the lock holder reads them. */
export interface ChainHeads {
  seq: bigint;
  hash: string;
  nextFeedSeq: bigint;
}

/**
 * Takes the audit chain's lock (held to commit) and then, in a statement of its own, reads the
 * heads: under READ COMMITTED (the default the services run at) it then sees the previous
 * holder's commit. Appenders in every instance queue on this one lock, so each reads the true head
 * and the chain never forks or skips a seq (a database sequence would leave a gap for every
 * transaction rolled back). It serialises every consumer of the service, so take it last.
 */
export async function lockAuditChain(tx: SqlExecutor): Promise<ChainHeads> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext('supervision.audit-chain'))`);
  const [head] = await tx.$queryRawUnsafe<{ seq: bigint | null; hash: string | null; nextFeedSeq: bigint }[]>(
    `SELECT a.seq, a.hash, ${NEXT_FEED_SEQ} AS "nextFeedSeq"
       FROM (SELECT 1) AS one LEFT JOIN LATERAL (SELECT seq, hash FROM "AuditRecord" ORDER BY seq DESC LIMIT 1) AS a ON true`,
  );
  return { seq: BigInt(head?.seq ?? 0), hash: head?.hash ?? GENESIS_HASH, nextFeedSeq: BigInt(head?.nextFeedSeq ?? 1) };
}

/** The chain's rows for these events after `head`, in the order given, as consecutive seqs (R-SV-4). */
export function auditRowsAfter(head: Pick<ChainHeads, 'seq' | 'hash'>, entries: readonly { event: Envelope; topic: string }[]) {
  let seq = head.seq;
  let previousHash = head.hash;
  return entries.map(({ event, topic }) => {
    seq += 1n;
    const text = canonicalEventText(event);
    const row = { seq, eventId: event.id, topic, event: text, previousHash, hash: chainHash(previousHash, seq, text) };
    previousHash = row.hash;
    return row;
  });
}

/** Appends every event received to the audit hash chain (R-SV-4). */
@Injectable()
export class AuditLog {
  /** `appendAll` for one event. */
  append(tx: SqlExecutor, event: Envelope, topic: string): Promise<void> {
    return this.appendAll(tx, [{ event, topic }]);
  }

  /**
   * Appends the events in the order given, as consecutive seqs, in one statement after the lock
   * (see `lockAuditChain`). Call inside the transaction that records the events as handled, so the
   * records commit with them and are written once per event. Supervision's batches write theirs
   * with the batch's other rows (`BatchWrites.finish`).
   */
  async appendAll(tx: SqlExecutor, entries: readonly { event: Envelope; topic: string }[]): Promise<void> {
    if (entries.length === 0) return;
    const rows = auditRowsAfter(await lockAuditChain(tx), entries);
    // The batch's statement with only the chain's rows: the one place that writes them.
    await tx.$executeRawUnsafe(WRITE_BATCH, '[]', '[]', '[]', '[]', '[]', JSON.stringify(rows.map((row) => ({ ...row, seq: String(row.seq) }))));
  }
}

export function prismaAuditPageReader(prisma: Pick<AuditRecords, 'auditRecord'>): AuditPageReader {
  return (afterSeq, limit) =>
    prisma.auditRecord.findMany({
      where: { seq: { gt: afterSeq } },
      orderBy: { seq: 'asc' },
      take: limit,
      select: { seq: true, eventId: true, event: true, previousHash: true, hash: true },
    });
}

/** Walks the whole audit log a page at a time and names the first broken record, if any (or the anchor it contradicts). */
export function verifyAuditLog(prisma: Pick<AuditRecords, 'auditRecord'>, pageSize?: number, anchors?: AnchorCheck): Promise<ChainVerdict> {
  return verifyChain(auditRowsInPages(prismaAuditPageReader(prisma), pageSize), anchors);
}
