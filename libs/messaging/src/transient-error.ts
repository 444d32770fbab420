/**
 * Errors that say "the database or broker is briefly away", not "this message is bad". They are
 * retried for as long as the consumer runs instead of sending a good message to a dead letter.
 */
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  'P1001', // Prisma: can't reach database server
  'P1017', // Prisma: server closed the connection
  'P2024', // Prisma: connection pool timeout
  'P2028', // Prisma: transaction not started or expired in time (a busy pool)
  'P2034', // Prisma: write conflict or deadlock
]);

export function isTransientError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    const { code, cause, message } = current as { code?: unknown; cause?: unknown; message?: unknown };
    if (typeof code === 'string' && TRANSIENT_CODES.has(code)) return true;
    if (typeof message === 'string' && /ECONNREFUSED|Connection terminated|connection is closed|Transaction already closed|Unable to start a transaction in the given time/i.test(message)) {
      return true;
    }
    current = cause;
  }
  return false;
}
