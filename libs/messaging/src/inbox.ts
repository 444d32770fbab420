import type { Envelope } from '@zc/contracts';
import type { SqlExecutor } from './sql';

/**
 * Records that `consumer` handled `event`, inside the transaction of its effect. Returns false
 * when it was handled before: the caller skips the effect and the message is acknowledged.
 */
export async function claimEvent(tx: SqlExecutor, consumer: string, event: Envelope): Promise<boolean> {
  const inserted = await tx.$executeRawUnsafe(
    `INSERT INTO inbox_event (consumer, "eventId", type) VALUES ($1, $2::uuid, $3) ON CONFLICT DO NOTHING`,
    consumer,
    event.id,
    event.type,
  );
  return inserted === 1;
}
