import { randomUUID } from 'node:crypto';
import type { EachBatchPayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { createEvent, ReportingOverdue, type Envelope } from '@zc/contracts';
import type { SourcedEvent } from './event-batch';
import { EventConsumer, type EventRouting } from './event-consumer';

const TOPIC = ReportingOverdue.topic;

function overdue(): Envelope {
  const declarationId = randomUUID();
  return createEvent(ReportingOverdue, declarationId, { kind: 'report', committee: 'c-1', declarationId, dueAt: '2023-12-01T00:00:00+08:00' }, { source: 'publicity', correlationId: randomUUID() });
}

function messageOf(value: unknown, offset: number): KafkaMessage {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return { key: null, value: Buffer.from(text), offset: String(offset), timestamp: '0', attributes: 0, headers: {} } as KafkaMessage;
}

/** A consumer in batch mode with a fake broker: what it dead-letters, resolves and reports. */
function harness(routing: Partial<EventRouting> & Pick<EventRouting, 'batch'>) {
  const send = jest.fn().mockResolvedValue(undefined);
  const handled: string[] = [];
  const full: EventRouting = {
    topics: [TOPIC],
    accepts: () => true,
    handle: async (event) => {
      handled.push(event.id);
    },
    ...routing,
  };
  const consumer = new EventConsumer({} as Kafka, { send } as unknown as Producer, full, {
    groupId: 'test-group',
    attempts: 2,
    initialBackoffMs: 1,
    maxBackoffMs: 2,
    partitionsConsumedConcurrently: 1,
    sessionTimeoutMs: 10_000,
    stallTimeoutMs: 60_000,
    lagIntervalMs: 5_000,
  });
  const progress: string[] = [];
  jest.spyOn(consumer as unknown as { taken: () => void }, 'taken').mockImplementation((...args: unknown[]) => {
    progress.push(`taken ${(args[2] as KafkaMessage).offset}`);
  });
  jest.spyOn(consumer as unknown as { done: () => void }, 'done').mockImplementation((...args: unknown[]) => {
    progress.push(`done ${args[2] as string}`);
  });
  const resolved: string[] = [];
  const run = (messages: KafkaMessage[], partition = 0) => {
    const payload = {
      batch: { topic: TOPIC, partition, messages, lastOffset: () => messages[messages.length - 1]?.offset ?? '-1' },
      resolveOffset: (offset: string) => resolved.push(offset),
      heartbeat: jest.fn().mockResolvedValue(undefined),
      isRunning: () => true,
      isStale: () => false,
    } as unknown as EachBatchPayload;
    const handling = consumer['handling']();
    expect(handling.eachBatchAutoResolve).toBe(false);
    return (handling.eachBatch as (payload: EachBatchPayload) => Promise<void>)(payload);
  };
  return { run, send, handled, resolved, progress };
}

const reasonOf = (send: jest.Mock, call: number) => (send.mock.calls[call][0] as { messages: { headers: Record<string, string> }[] }).messages[0].headers['dlt-reason'];

describe('EventConsumer in batch mode', () => {
  it('hands the valid events of a batch over at once, in order and capped, then dead-letters the invalid and resolves every offset in order', async () => {
    const calls: SourcedEvent[][] = [];
    const events = [overdue(), overdue(), overdue()];
    const { run, send, resolved, progress } = harness({
      batch: { maxEvents: 2, partitionsAtOnce: 1, handle: async (batch) => void calls.push(batch) },
    });
    await run([messageOf(events[0], 5), messageOf('garbage', 6), messageOf(events[1], 7), messageOf(events[2], 8)]);

    expect(calls.map((batch) => batch.map(({ event }) => event.id))).toEqual([[events[0].id], [events[1].id, events[2].id]]);
    expect(calls[1][0].source).toEqual({ topic: TOPIC, partition: 0, offset: '7' });
    expect(send).toHaveBeenCalledTimes(1);
    expect(reasonOf(send, 0)).toContain('not JSON');
    expect(resolved).toEqual(['5', '6', '7', '8']);
    expect(progress).toEqual(['taken 5', 'done 5', 'done 6', 'taken 7', 'done 7', 'done 8']);
  });

  it('retries a batch that met a passing outage, as a batch', async () => {
    let attempts = 0;
    const { run, resolved, handled } = harness({
      batch: {
        maxEvents: 200,
        partitionsAtOnce: 1,
        handle: async () => {
          attempts += 1;
          if (attempts < 3) throw Object.assign(new Error('server closed the connection'), { code: 'P1017' });
        },
      },
    });
    await run([messageOf(overdue(), 1), messageOf(overdue(), 2)]);
    expect(attempts).toBe(3);
    expect(handled).toEqual([]);
    expect(resolved).toEqual(['1', '2']);
  });

  it('after any other failure takes each message alone, so only the poison one is dead-lettered, after its attempts', async () => {
    const [good, poison, later] = [overdue(), overdue(), overdue()];
    const alone: string[] = [];
    const { run, send, resolved, progress } = harness({
      batch: {
        maxEvents: 200,
        partitionsAtOnce: 1,
        handle: async () => {
          throw new Error('one of these is poison');
        },
      },
      handle: async (event) => {
        if (event.id === poison.id) throw new Error(`cannot handle ${event.id}`);
        alone.push(event.id);
      },
    });
    await run([messageOf(good, 1), messageOf(poison, 2), messageOf(later, 3)]);

    expect(alone).toEqual([good.id, later.id]);
    expect(send).toHaveBeenCalledTimes(1);
    expect(reasonOf(send, 0)).toBe(`handler failed after 2 attempts: Error: cannot handle ${poison.id}`);
    expect(resolved).toEqual(['1', '2', '3']);
    expect(progress).toEqual(['taken 1', 'taken 1', 'done 1', 'taken 2', 'done 2', 'taken 3', 'done 3']);
  });

  it('hands the batches of partitions taken at once over together, and a failure there to each batch alone first', async () => {
    const calls: string[][] = [];
    const [a, b, poison] = [overdue(), overdue(), overdue()];
    const { run, send, resolved, handled } = harness({
      batch: {
        maxEvents: 200,
        partitionsAtOnce: 3,
        handle: async (batch) => {
          calls.push(batch.map(({ event }) => event.id));
          if (batch.some(({ event }) => event.id === poison.id)) throw new Error('poison');
        },
      },
    });
    await Promise.all([run([messageOf(a, 1)], 0), run([messageOf(b, 1)], 1)]);
    expect(calls).toEqual([[a.id, b.id]]);

    calls.length = 0;
    await Promise.all([run([messageOf(a, 2)], 0), run([messageOf(poison, 2)], 1)]);
    // Together they fail; alone, the first partition's batch is handled, the second goes one at a time.
    expect(calls).toEqual([[a.id, poison.id], [a.id], [poison.id]]);
    expect(handled).toEqual([poison.id]);
    expect(send).not.toHaveBeenCalled();
    expect(resolved).toEqual(['1', '1', '2', '2']);
  });
});
