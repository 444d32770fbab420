/**
 * Kafka refuses a record batch larger than the broker's `message.max.bytes` (1 MiB by default).
 * A refused outbox row would be retried for ever and hold up every event of its service behind
 * it, so sizes are bounded where events are written and where the relay batches them.
 */

/** The largest event the outbox accepts: half the broker's limit, so one always fits a batch. */
export const MAX_EVENT_BYTES = 512 * 1024;

/** The relay's batches stay under this many payload bytes (the broker allows 1 MiB per batch). */
export const MAX_BATCH_BYTES = 768 * 1024;

export class EventTooLargeError extends Error {
  constructor(readonly type: string, readonly bytes: number) {
    super(`event ${type} is ${bytes} bytes; the outbox takes at most ${MAX_EVENT_BYTES} (the broker's message limit)`);
    this.name = 'EventTooLargeError';
  }
}

export function assertEventFits(type: string, payload: string): void {
  const bytes = Buffer.byteLength(payload);
  if (bytes > MAX_EVENT_BYTES) throw new EventTooLargeError(type, bytes);
}

/** The longest prefix of `rows` whose payloads fit in `maxBytes`, and always the first row. */
export function prefixWithin<T extends { payload: string }>(rows: T[], maxBytes = MAX_BATCH_BYTES): T[] {
  let total = 0;
  let end = 0;
  for (const row of rows) {
    total += Buffer.byteLength(row.payload);
    if (end > 0 && total > maxBytes) break;
    end += 1;
  }
  return rows.slice(0, end);
}
