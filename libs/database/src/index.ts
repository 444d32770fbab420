export { pgConfigFromUrl } from './pg-config';
export { createPrismaAdapter, PatchedPrismaPg } from './prisma-pg-adapter';
export { DEFAULT_SESSION_GUARDS, guardedPoolConfig, type SessionGuards } from './session-guards';
export { inRawTransaction, rawSqlOf, type RawSql } from './pg-transaction';
