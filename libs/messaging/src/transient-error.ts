/**
 * Errors that say "the database or broker is briefly away, or a bounded wait ran out", not "this
 * message is bad". They are retried for as long as the consumer runs instead of sending a good
 * message to a dead letter.
 */
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '08000', // connection_exception
  '08001', // sqlclient_unable_to_establish_sqlconnection
  '08003', // connection_does_not_exist
  '08006', // connection_failure
  '25P03', // idle_in_transaction_session_timeout
  '55P03', // lock_not_available (lock_timeout)
  '57014', // query_canceled (statement_timeout)
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  'P1001', // Prisma: can't reach database server
  'P1008', // Prisma: socket timeout
  'P1017', // Prisma: server closed the connection
  'P2024', // Prisma: connection pool timeout
  'P2028', // Prisma: transaction not started or expired in time (a busy pool)
  'P2034', // Prisma: write conflict or deadlock
]);

/** Driver adapter error kinds (adapter-pg's mapping of socket errors) that mean the server is away. */
const TRANSIENT_KINDS = new Set(['DatabaseNotReachable', 'SocketTimeout', 'ConnectionClosed', 'TransactionAlreadyClosed']);

const TRANSIENT_MESSAGE =
  /ECONNREFUSED|Connection terminated|connection is closed|not queryable|terminating connection|timeout exceeded when trying to connect|Query read timeout|Transaction already closed|Unable to start a transaction in the given time/i;

export function isTransientError(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  // Prisma wraps a driver adapter error in `meta.driverAdapterError`, whose `cause` holds the
  // PostgreSQL code as `originalCode`: walk every wrapper, not just `cause`.
  while (pending.length > 0 && seen.size < 10) {
    const current = pending.shift();
    if (!current || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const { code, originalCode, kind, message, cause, meta } = current as Record<string, unknown>;
    if ([code, originalCode].some((c) => typeof c === 'string' && TRANSIENT_CODES.has(c))) return true;
    if (typeof kind === 'string' && TRANSIENT_KINDS.has(kind)) return true;
    if (typeof message === 'string' && TRANSIENT_MESSAGE.test(message)) return true;
    pending.push(cause, (meta as Record<string, unknown> | undefined)?.['driverAdapterError']);
  }
  return false;
}
