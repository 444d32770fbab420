import type { SupervisionPrisma } from '@zc/supervision/data-access';

/**
 * The next seq of the findings feed. Taken under a transaction-scoped lock, so feed rows commit
 * in seq order and a reader resuming after seq N can never miss a row committed later below N.
 */
export async function nextFeedSeq(tx: SupervisionPrisma): Promise<bigint> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext('supervision.findings-feed'))`);
  const [row] = await tx.$queryRawUnsafe<{ next: bigint }[]>(`SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM "FindingChange"`);
  return BigInt(row?.next ?? 1);
}
