import { Injectable } from '@nestjs/common';
import type { Envelope } from '@zc/contracts';
import type { Prisma } from '@zc/supervision/data-access';
import { auditRowsInPages, canonicalEventText, chainHash, GENESIS_HASH, verifyChain, type AuditPageReader, type ChainVerdict } from '@zc/supervision/domain';

/** A Prisma client or transaction client; the service's SupervisionPrisma is one. */
type AuditRecords = Pick<Prisma.TransactionClient, 'auditRecord' | '$executeRawUnsafe'>;

/** Appends every event received to the audit hash chain (R-SV-4). */
@Injectable()
export class AuditLog {
  /** `appendAll` for one event. */
  append(tx: AuditRecords, event: Envelope, topic: string): Promise<void> {
    return this.appendAll(tx, [{ event, topic }]);
  }

  /**
   * Appends the events in the order given, as consecutive seqs (R-SV-4). Call inside the
   * transaction that records the events as handled, so the records commit with them and are
   * written once per event. Appenders in every instance queue on one advisory lock until the
   * holder commits, so each reads the true head and the chain never forks or skips a seq (a
   * database sequence would leave a gap for every transaction rolled back). A batch takes the lock
   * and reads the head once and writes its rows in one statement: the chain's order is then the
   * order of commits, and within a batch the order the events were read in.
   * The head is read after the lock is taken, in a statement of its own: under READ COMMITTED
   * (the default the services run at) it then sees the previous holder's commit. The lock is held
   * until commit and serialises every consumer of the service, so call this last in the work.
   */
  async appendAll(tx: AuditRecords, entries: readonly { event: Envelope; topic: string }[]): Promise<void> {
    if (entries.length === 0) return;
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext('supervision.audit-chain'))`);
    const head = await tx.auditRecord.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true, hash: true } });
    let seq = head?.seq ?? 0n;
    let previousHash = head?.hash ?? GENESIS_HASH;
    const rows = entries.map(({ event, topic }) => {
      seq += 1n;
      const text = canonicalEventText(event);
      const row = { seq, eventId: event.id, topic, event: text, previousHash, hash: chainHash(previousHash, seq, text) };
      previousHash = row.hash;
      return row;
    });
    await tx.auditRecord.createMany({ data: rows });
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

/** Walks the whole audit log a page at a time and names the first broken record, if any. */
export function verifyAuditLog(prisma: Pick<AuditRecords, 'auditRecord'>, pageSize?: number): Promise<ChainVerdict> {
  return verifyChain(auditRowsInPages(prismaAuditPageReader(prisma), pageSize));
}
