import type { PoolConfig } from 'pg';

/** How long a service's database work may wait or run before it fails (and is retried) instead of hanging. */
export interface SessionGuards {
  /** Waiting for a free connection in the pool (pg's default is for ever). */
  connectMs: number;
  /** One statement on the server (PostgreSQL `statement_timeout`). */
  statementMs: number;
  /** Waiting for a lock, advisory locks included (`lock_timeout`). */
  lockMs: number;
  /** A transaction left open by a client that stopped talking (`idle_in_transaction_session_timeout`). */
  idleInTransactionMs: number;
}

export const DEFAULT_SESSION_GUARDS: SessionGuards = { connectMs: 10_000, statementMs: 30_000, lockMs: 10_000, idleInTransactionMs: 60_000 };

/**
 * pg pool settings that bound every wait: a dead server or a lost connection then shows as an
 * error the caller classifies and retries, never as a promise that never settles. The client-side
 * read timeout outlasts the server's statement timeout, so it fires only when the server cannot
 * answer at all (a half-open socket after a network cut), which keep-alive alone finds late.
 */
export function guardedPoolConfig(guards: SessionGuards): PoolConfig {
  return {
    connectionTimeoutMillis: guards.connectMs,
    statement_timeout: guards.statementMs,
    lock_timeout: guards.lockMs,
    idle_in_transaction_session_timeout: guards.idleInTransactionMs,
    query_timeout: guards.statementMs + 5_000,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  };
}
