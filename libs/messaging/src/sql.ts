import type { RawSql } from '@zc/database';

/**
 * The slice of a Prisma client (or transaction client) that messaging needs. Each service has its
 * own generated client; all of them satisfy this, so messaging never imports a service's code, and
 * so do raw transactions on the pg driver (`inRawTransaction`).
 */
export type SqlExecutor = RawSql;

/** Runs work in one database transaction: `(work) => prisma.$transaction(work)`. */
export type TransactionRunner<TTx extends SqlExecutor> = <T>(work: (tx: TTx) => Promise<T>) => Promise<T>;
