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

/**
 * `claimEvent` for many events in one statement: returns those not handled before, in the order
 * given and each once (an id repeated in the batch counts once), for a batch handled in one
 * transaction. Rows are inserted in that order too, so two batches never wait on each other's
 * claims in a cycle.
 */
export async function claimEvents<E extends Envelope>(tx: SqlExecutor, consumer: string, events: readonly E[]): Promise<E[]> {
  if (events.length === 0) return [];
  const claimed = await tx.$queryRawUnsafe<{ eventId: string }[]>(
    `INSERT INTO inbox_event (consumer, "eventId", type)
     SELECT $1, e.id, e.type FROM unnest($2::uuid[], $3::text[]) WITH ORDINALITY AS e(id, type, n) ORDER BY e.n
     ON CONFLICT DO NOTHING RETURNING "eventId"`,
    consumer,
    events.map((event) => event.id),
    events.map((event) => event.type),
  );
  const fresh = new Set(claimed.map((row) => row.eventId.toLowerCase()));
  return events.filter((event) => fresh.delete(event.id.toLowerCase()));
}
