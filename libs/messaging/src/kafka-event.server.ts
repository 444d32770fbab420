import { BaseRpcContext, CustomTransportStrategy, Server } from '@nestjs/microservices';
import { lastValueFrom } from 'rxjs';
import { ALL_TOPICS, eventDefinitionOf, type Envelope } from '@zc/contracts';
import type { EventSource, SourcedEvent } from './event-batch';
import { EventConsumer, type EventBatchHandling } from './event-consumer';
import type { ConsumerSettings } from './group-consumer';
import type { KafkaConnection } from './kafka-connection';

/** Wraps each handler call, e.g. to give its log lines the event's correlation id. */
export type EventScope = (event: Envelope, run: () => Promise<void>) => Promise<void>;

/** `@EventPattern(ALL_EVENTS)` receives every event on every topic (supervision's view). */
export const ALL_EVENTS = '*';

/**
 * `@EventPattern(ALL_EVENTS, IN_BATCHES)`: the handler receives the events of a fetched batch at
 * once (`SourcedEvent[]`, in offset order, at most `maxEvents`) and must handle them all or none;
 * after a failure each event comes again alone, so a poison one can be dead-lettered by itself.
 * It must be its service's only handler. Other services keep one event per call. The batches of up
 * to `partitionsAtOnce` partitions fetched together are handed over together (one call), as long as
 * they fit in `maxEvents`.
 */
export const IN_BATCHES = { batch: true, maxEvents: 200, partitionsAtOnce: 64 } as const;

interface BatchExtras {
  batch?: boolean;
  maxEvents?: number;
  partitionsAtOnce?: number;
  lingerMs?: number;
}

type Handler = NonNullable<ReturnType<Server['getHandlerByPattern']>>;

export class KafkaEventContext extends BaseRpcContext<[EventSource]> {
  get source() {
    return this.args[0];
  }
}

/**
 * Nest transport that routes each event to the `@EventPattern(<event type>)` handler of the
 * service. Topics follow from the patterns through the contracts, so a service subscribes to
 * exactly what it handles.
 */
export class KafkaEventServer extends Server implements CustomTransportStrategy {
  private consumer: EventConsumer | undefined;

  constructor(
    private readonly connection: KafkaConnection,
    private readonly settings: ConsumerSettings,
    private readonly scope: EventScope = (_event, run) => run(),
  ) {
    super();
  }

  isReady(): boolean {
    return this.consumer?.isReady() ?? this.getHandlers().size === 0;
  }

  notReadyReason(): string {
    return this.consumer?.notReadyReason() ?? 'the event consumer has not started';
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      const patterns = [...this.getHandlers().keys()];
      if (patterns.length > 0) {
        this.consumer = new EventConsumer(
          this.connection.kafka,
          this.connection.producer,
          {
            topics: topicsFor(patterns),
            accepts: (type) => this.handlerFor(type) !== null,
            handle: (event, source) => this.dispatch(event, source),
            batch: this.batchHandling(patterns),
          },
          this.settings,
        );
        await this.consumer.start();
      }
      callback();
    } catch (error) {
      callback(error);
    }
  }

  async close(): Promise<void> {
    await this.consumer?.stop();
  }

  on(): never {
    throw new Error('KafkaEventServer has no transport events to subscribe to');
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }

  private handlerFor(type: string) {
    return this.getHandlerByPattern(type) ?? this.getHandlerByPattern(ALL_EVENTS);
  }

  private batchHandling(patterns: string[]): EventBatchHandling | undefined {
    const batched = patterns.filter((pattern) => (this.getHandlerByPattern(pattern)?.extras as BatchExtras | undefined)?.batch);
    if (batched.length === 0) return undefined;
    if (patterns.length > 1) throw new Error(`a batch handler (@EventPattern('${batched[0]}', IN_BATCHES)) must be its service's only event handler`);
    const handler = this.getHandlerByPattern(batched[0] as string) as Handler;
    const maxEvents = (handler.extras as BatchExtras).maxEvents ?? IN_BATCHES.maxEvents;
    const partitionsAtOnce = (handler.extras as BatchExtras).partitionsAtOnce ?? IN_BATCHES.partitionsAtOnce;
    const lingerMs = (handler.extras as BatchExtras).lingerMs ?? 0;
    return { maxEvents, partitionsAtOnce, lingerMs, handle: (events) => this.call(handler, events, events[0]?.source as EventSource) };
  }

  private async dispatch(event: Envelope, source: EventSource) {
    const handler = this.handlerFor(event.type);
    if (!handler) return;
    // A batch handler takes a lone event as a batch of one (the one-at-a-time fallback).
    const payload: Envelope | SourcedEvent[] = (handler.extras as BatchExtras | undefined)?.batch ? [{ event, source }] : event;
    await this.scope(event, () => this.call(handler, payload, source));
  }

  private async call(handler: Handler, payload: unknown, source: EventSource): Promise<void> {
    const result = await handler(payload, new KafkaEventContext([source]));
    // Nest turns handler exceptions into an erroring observable: surface them as a rejection.
    await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
  }
}

function topicsFor(patterns: string[]): string[] {
  if (patterns.includes(ALL_EVENTS)) return [...ALL_TOPICS];
  const topics = patterns.map((pattern) => {
    const definition = eventDefinitionOf(pattern);
    if (!definition) throw new Error(`@EventPattern('${pattern}') names no event in libs/contracts`);
    return definition.topic;
  });
  return [...new Set(topics)];
}
