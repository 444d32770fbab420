import { Logger } from '@nestjs/common';
import type { Consumer, EachMessagePayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { parseEvent, type Envelope } from '@zc/contracts';
import { deadLetter, delay, describeError } from './dead-letter';
import { messagingMetrics } from './metrics';
import { isTransientError } from './transient-error';

export interface ConsumerSettings {
  groupId: string;
  /** Attempts for a handler error before the message is dead-lettered. */
  attempts: number;
  initialBackoffMs: number;
  maxBackoffMs: number;
  /** Partitions handled at once; order within a partition (and so within a case) is kept. */
  partitionsConsumedConcurrently: number;
  sessionTimeoutMs: number;
}

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
export class EventConsumer {
  private readonly logger = new Logger(EventConsumer.name);
  private consumer: Consumer | undefined;
  private joined = false;
  private stopping: Promise<void> | undefined;

  constructor(
    private readonly kafka: Kafka,
    private readonly producer: Producer,
    private readonly routing: EventRouting,
    private readonly settings: ConsumerSettings,
  ) {}

  /** True once the consumer has joined its group and received partitions. */
  isReady(): boolean {
    return this.joined;
  }

  async start(): Promise<void> {
    const consumer = this.kafka.consumer({
      groupId: this.settings.groupId,
      sessionTimeout: this.settings.sessionTimeoutMs,
      heartbeatInterval: Math.max(500, Math.floor(this.settings.sessionTimeoutMs / 5)),
      rebalanceTimeout: this.settings.sessionTimeoutMs * 2,
    });
    this.consumer = consumer;
    consumer.on(consumer.events.GROUP_JOIN, () => {
      this.joined = true;
    });
    consumer.on(consumer.events.CRASH, (event) => {
      this.joined = false;
      this.logger.error(`consumer crashed: ${event.payload.error.message}; restart=${event.payload.restart}`);
    });
    await consumer.connect();
    await consumer.subscribe({ topics: this.routing.topics, fromBeginning: true });
    await consumer.run({
      partitionsConsumedConcurrently: this.settings.partitionsConsumedConcurrently,
      eachMessage: (payload) => this.onMessage(payload),
    });
  }

  /** Idempotent: waits for the message in hand, commits, and leaves the group. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      await this.consumer?.disconnect();
      this.joined = false;
    })();
    return this.stopping;
  }

  private async onMessage({ topic, partition, message, heartbeat }: EachMessagePayload): Promise<void> {
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
        if (this.stopping) throw error; // leave the offset uncommitted; another member takes over
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

  private deadLetter(topic: string, partition: number, message: KafkaMessage, reason: string, attempts: number) {
    return deadLetter(this.producer, this.settings.groupId, { topic, partition, message }, reason, attempts);
  }
}
