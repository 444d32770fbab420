import { BaseRpcContext, CustomTransportStrategy, Server } from '@nestjs/microservices';
import { lastValueFrom } from 'rxjs';
import { ALL_TOPICS, eventDefinitionOf, type Envelope } from '@zc/contracts';
import { EventConsumer } from './event-consumer';
import type { ConsumerSettings } from './group-consumer';
import type { KafkaConnection } from './kafka-connection';

/** Wraps each handler call, e.g. to give its log lines the event's correlation id. */
export type EventScope = (event: Envelope, run: () => Promise<void>) => Promise<void>;

/** `@EventPattern(ALL_EVENTS)` receives every event on every topic (supervision's view). */
export const ALL_EVENTS = '*';

export class KafkaEventContext extends BaseRpcContext<[{ topic: string; partition: number; offset: string }]> {
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

  private async dispatch(event: Envelope, source: { topic: string; partition: number; offset: string }) {
    const handler = this.handlerFor(event.type);
    if (!handler) return;
    await this.scope(event, async () => {
      const result = await handler(event, new KafkaEventContext([source]));
      // Nest turns handler exceptions into an erroring observable: surface them as a rejection.
      await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
    });
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
