import { randomUUID } from 'node:crypto';
import type { Envelope } from './envelope';
import type { EventData, EventDefinition, EventOf } from './event-definition';

export interface EventOrigin {
  /** The service that publishes the event. */
  source: string;
  /** Carried from the request or event that started the chain. */
  correlationId: string;
  /** The event this one is a consequence of, if any. */
  causedBy?: Pick<Envelope, 'id'>;
}

/** Builds a validated envelope; a schema violation throws here, never on a consumer. */
export function createEvent<D extends EventDefinition>(
  definition: D,
  subject: string,
  data: EventData<D>,
  origin: EventOrigin,
): EventOf<D> {
  return {
    id: randomUUID(),
    type: definition.type,
    source: origin.source,
    subject,
    time: new Date().toISOString(),
    correlationId: origin.correlationId,
    causationId: origin.causedBy?.id ?? null,
    data: definition.data.parse(data),
  } as EventOf<D>;
}
