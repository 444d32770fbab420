import type { EachMessagePayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { parseEvent, type Envelope } from '@zc/contracts';
import { delay, describeError } from './dead-letter';
import { GroupConsumer, type ConsumerSettings } from './group-consumer';
import { messagingMetrics } from './metrics';
import { isTransientError } from './transient-error';

export interface EventRouting {
  topics: string[];
  accepts(type: string): boolean;
  handle(event: Envelope, source: { topic: string; partition: number; offset: string }): Promise<void>;
}

/**
 * Takes events from Kafka and hands each valid one to its handler. A message that cannot be
 * parsed, or whose handler keeps failing, goes to `<topic>.dlt` with the reason; the consumer
 * then carries on with the next message.
 */
export class EventConsumer extends GroupConsumer {
  constructor(
    kafka: Kafka,
    producer: Producer,
    private readonly routing: EventRouting,
    settings: ConsumerSettings,
  ) {
    super(kafka, producer, settings, routing.topics);
  }

  protected handling() {
    return { eachMessage: (payload: EachMessagePayload) => this.onMessage(payload) };
  }

  private async onMessage({ topic, partition, message, heartbeat }: EachMessagePayload): Promise<void> {
    this.taken(topic, partition, message);
    await this.handleMessage(topic, partition, message, heartbeat);
    this.done(topic, partition, message.offset);
  }

  private async handleMessage(topic: string, partition: number, message: KafkaMessage, heartbeat: () => Promise<void>): Promise<void> {
    const parsed = parseEvent(message.value, topic);
    if (!parsed.ok) {
      await this.deadLetter(topic, partition, message, parsed.reason, 0);
      return;
    }
    const event = parsed.event;
    if (!this.routing.accepts(event.type)) {
      messagingMetrics.consumed.inc({ type: event.type, outcome: 'ignored' });
      return;
    }
    const source = { topic, partition, offset: message.offset };
    let failures = 0;
    for (let attempt = 1; ; attempt += 1) {
      const timer = messagingMetrics.handlerSeconds.startTimer({ type: event.type });
      try {
        await this.routing.handle(event, source);
        timer();
        messagingMetrics.consumed.inc({ type: event.type, outcome: 'handled' });
        return;
      } catch (error) {
        timer();
        const reason = describeError(error);
        if (this.givingUp()) throw error; // leave the offset uncommitted; another member takes over
        if (isTransientError(error)) {
          this.logger.warn(`transient failure handling ${event.type} ${event.id}, will retry: ${reason}`);
        } else {
          failures += 1;
          this.logger.warn(`handler for ${event.type} ${event.id} failed (attempt ${failures}/${this.settings.attempts}): ${reason}`);
          if (failures >= this.settings.attempts) {
            await this.deadLetter(topic, partition, message, `handler failed after ${failures} attempts: ${reason}`, failures);
            return;
          }
        }
        await delay(Math.min(this.settings.initialBackoffMs * 2 ** (attempt - 1), this.settings.maxBackoffMs));
        await heartbeat();
      }
    }
  }
}
