import { eventDefinitionOf, type Envelope } from '@zc/contracts';
import { assertEventFits } from './message-size';
import type { SqlExecutor } from './sql';

/**
 * Writes an event into the outbox inside the caller's transaction, so it is committed (or rolled
 * back) together with the state change it describes. The relay publishes it afterwards.
 */
export async function enqueueEvent(tx: SqlExecutor, event: Envelope): Promise<void> {
  const definition = eventDefinitionOf(event.type);
  if (!definition) throw new Error(`No contract for event type ${event.type}`);
  const payload = JSON.stringify(event);
  assertEventFits(event.type, payload);
  await tx.$executeRawUnsafe(
    `INSERT INTO outbox_event ("eventId", topic, key, type, payload) VALUES ($1::uuid, $2, $3, $4, $5::jsonb)`,
    event.id,
    definition.topic,
    event.subject,
    event.type,
    payload,
  );
}
