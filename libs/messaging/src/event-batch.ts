import type { KafkaMessage } from 'kafkajs';
import { parseEvent, type Envelope } from '@zc/contracts';

/** Where an event was read: handlers name it in logs, and supervision keeps the topic. */
export interface EventSource {
  topic: string;
  partition: number;
  offset: string;
}

export interface SourcedEvent {
  event: Envelope;
  source: EventSource;
}

/** What becomes of one message of a fetched batch, decided before anything of it is handled. */
export type BatchEntry =
  | { message: KafkaMessage; kind: 'invalid'; reason: string }
  | { message: KafkaMessage; kind: 'ignored'; type: string }
  | { message: KafkaMessage; kind: 'event'; sourced: SourcedEvent };

/**
 * Parses each message of a partition's batch once: invalid ones go to the dead letter, types
 * nobody accepts are skipped, the rest are handed over together, in offset order.
 */
export function sortBatch(topic: string, partition: number, messages: readonly KafkaMessage[], accepts: (type: string) => boolean): BatchEntry[] {
  return messages.map((message): BatchEntry => {
    const parsed = parseEvent(message.value, topic);
    if (!parsed.ok) return { message, kind: 'invalid', reason: parsed.reason };
    if (!accepts(parsed.event.type)) return { message, kind: 'ignored', type: parsed.event.type };
    return { message, kind: 'event', sourced: { event: parsed.event, source: { topic, partition, offset: message.offset } } };
  });
}

/** Consecutive slices of at most `size` items: one transaction each, so none grows unbounded. */
export function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const step = Math.max(1, Math.floor(size));
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += step) chunks.push(items.slice(start, start + step));
  return chunks;
}
