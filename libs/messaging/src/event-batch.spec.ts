import { randomUUID } from 'node:crypto';
import type { KafkaMessage } from 'kafkajs';
import { createEvent, ReportingOverdue } from '@zc/contracts';
import { chunksOf, sortBatch } from './event-batch';

const TOPIC = ReportingOverdue.topic;

function overdue(): ReturnType<typeof createEvent<typeof ReportingOverdue>> {
  const declarationId = randomUUID();
  return createEvent(ReportingOverdue, declarationId, { kind: 'report', committee: 'c-1', declarationId, dueAt: '2023-12-01T00:00:00+08:00' }, { source: 'publicity', correlationId: randomUUID() });
}

function messageOf(value: unknown, offset: number): KafkaMessage {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return { key: null, value: Buffer.from(text), offset: String(offset), timestamp: '0', attributes: 0, headers: {} } as KafkaMessage;
}

describe('a fetched batch of events', () => {
  it('is sorted message by message: invalid ones with their reason, unaccepted types skipped, the rest in offset order', () => {
    const [first, second] = [overdue(), overdue()];
    const entries = sortBatch(TOPIC, 2, [messageOf(first, 10), messageOf('{not json', 11), messageOf(second, 12)], () => true);
    expect(entries.map((entry) => entry.kind)).toEqual(['event', 'invalid', 'event']);
    expect(entries[0]).toMatchObject({ kind: 'event', sourced: { event: { id: first.id }, source: { topic: TOPIC, partition: 2, offset: '10' } } });
    expect(entries[1]).toMatchObject({ kind: 'invalid', reason: expect.stringContaining('not JSON') });

    const ignored = sortBatch(TOPIC, 0, [messageOf(first, 1)], () => false);
    expect(ignored).toEqual([expect.objectContaining({ kind: 'ignored', type: ReportingOverdue.type })]);
  });

  it('is cut into transactions of at most the given size, in order', () => {
    expect(chunksOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunksOf([], 200)).toEqual([]);
  });
});
