import { randomUUID } from 'node:crypto';
import { createEvent, ReportingOverdue } from '@zc/contracts';
import type { EventBatchHandling } from './event-consumer';
import type { ConsumerSettings } from './group-consumer';
import type { KafkaConnection } from './kafka-connection';
import { ALL_EVENTS, IN_BATCHES, KafkaEventServer } from './kafka-event.server';

const settings = { groupId: 'g', attempts: 1, initialBackoffMs: 1, maxBackoffMs: 1, partitionsConsumedConcurrently: 1, sessionTimeoutMs: 10_000, stallTimeoutMs: 60_000, lagIntervalMs: 5_000 } satisfies ConsumerSettings;
const declarationId = randomUUID();
const event = createEvent(ReportingOverdue, declarationId, { kind: 'filing', committee: 'c', declarationId, dueAt: '2023-12-01T00:00:00+08:00' }, { source: 'publicity', correlationId: 'c' });
const source = { topic: ReportingOverdue.topic, partition: 1, offset: '42' };

/** The transport's routing, as its consumer would see it, without a broker. */
function serverWith(handlers: [string, Record<string, unknown> | undefined][]) {
  const server = new KafkaEventServer({} as KafkaConnection, settings);
  const received: unknown[] = [];
  for (const [pattern, extras] of handlers) server.addHandler(pattern, async (payload: unknown) => void received.push(payload), true, extras);
  const internals = server as unknown as { batchHandling(patterns: string[]): EventBatchHandling | undefined; dispatch(e: typeof event, s: typeof source): Promise<void> };
  return { received, batching: (patterns: string[]) => internals.batchHandling(patterns), dispatch: () => internals.dispatch(event, source) };
}

describe('KafkaEventServer batch handlers', () => {
  it('hands an IN_BATCHES handler whole batches, and a lone event (the one-at-a-time fallback) as a batch of one', async () => {
    const { received, batching, dispatch } = serverWith([[ALL_EVENTS, IN_BATCHES]]);
    const handling = batching([ALL_EVENTS]);
    expect(handling?.maxEvents).toBe(IN_BATCHES.maxEvents);
    await handling?.handle([{ event, source }, { event, source: { ...source, offset: '43' } }]);
    await dispatch();
    expect(received).toEqual([[{ event, source }, { event, source: { ...source, offset: '43' } }], [{ event, source }]]);
  });

  it('keeps one event per call for other handlers, and refuses a batch handler beside others', async () => {
    const single = serverWith([[ReportingOverdue.type, undefined]]);
    expect(single.batching([ReportingOverdue.type])).toBeUndefined();
    await single.dispatch();
    expect(single.received).toEqual([event]);

    const mixed = serverWith([[ALL_EVENTS, IN_BATCHES], [ReportingOverdue.type, undefined]]);
    expect(() => mixed.batching([ALL_EVENTS, ReportingOverdue.type])).toThrow(/only event handler/);
  });
});
