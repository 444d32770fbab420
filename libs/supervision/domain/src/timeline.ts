import type { Envelope } from '@zc/contracts';

/** One line of a case's history as an inspector reads it (R-SV-4: everything leaves a trace). */
export interface TimelineEntry {
  eventId: string;
  subject: string;
  type: string;
  source: string;
  topic: string;
  occurredAt: Date;
  correlationId: string;
  causationId: string | null;
  data: unknown;
}

export function timelineEntryOf(event: Envelope, topic: string): TimelineEntry {
  return {
    eventId: event.id,
    subject: event.subject,
    type: event.type,
    source: event.source,
    topic,
    occurredAt: new Date(event.time),
    correlationId: event.correlationId,
    causationId: event.causationId,
    data: event.data,
  };
}
