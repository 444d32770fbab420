import { Logger } from '@nestjs/common';
import type { Consumer, ConsumerRunConfig, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { deadLetter } from './dead-letter';

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

/**
 * A member of a consumer group reading some topics from the beginning: joining, readiness, a clean
 * stop, and dead letters. Subclasses say how messages are handled.
 */
export abstract class GroupConsumer {
  protected readonly logger = new Logger(this.constructor.name);
  private consumer: Consumer | undefined;
  private joined = false;
  protected stopping: Promise<void> | undefined;

  constructor(
    protected readonly kafka: Kafka,
    protected readonly producer: Producer,
    protected readonly settings: ConsumerSettings,
    private readonly topics: readonly string[],
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
      if (!event.payload.restart && !this.stopping) void this.rejoinAfterCrash(consumer);
    });
    await consumer.connect();
    await consumer.subscribe({ topics: [...this.topics], fromBeginning: true });
    await consumer.run({ partitionsConsumedConcurrently: this.settings.partitionsConsumedConcurrently, ...this.handling() });
  }

  /**
   * kafkajs gives up on some errors for good (the group coordinator lost while the broker
   * restarts): the consumer would then stop taking messages while the process looks alive. A new
   * member joins in its place, with backoff, until it does or the service stops; the group hands it
   * the partitions and the inbox skips whatever is delivered again.
   */
  private async rejoinAfterCrash(crashed: Consumer): Promise<void> {
    await crashed.disconnect().catch(() => undefined);
    for (let delay = this.settings.initialBackoffMs; !this.stopping; delay = Math.min(delay * 2, this.settings.maxBackoffMs)) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (this.stopping) return;
      try {
        await this.start();
        this.logger.log('rejoined the consumer group after a crash');
        return;
      } catch (error) {
        this.logger.warn(`could not rejoin the consumer group yet: ${(error as Error).message}`);
      }
    }
  }

  /** Idempotent: waits for the message in hand, commits, and leaves the group. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      await this.consumer?.disconnect();
      this.joined = false;
    })();
    return this.stopping;
  }

  protected abstract handling(): Pick<ConsumerRunConfig, 'eachMessage' | 'eachBatch' | 'eachBatchAutoResolve'>;

  /** Subclasses call this when they take a message in hand (the stall watchdog reads its age). */
  protected taken(_topic: string, _partition: number, _message: KafkaMessage): void {
    // progress tracking: filled in by the stall watchdog
  }

  /** Subclasses call this when a message is done with: handled, skipped or dead-lettered. */
  protected done(_topic: string, _partition: number, _offset: string): void {
    // progress tracking: filled in by the stall watchdog
  }

  protected deadLetter(topic: string, partition: number, message: KafkaMessage, reason: string, attempts: number) {
    return deadLetter(this.producer, this.settings.groupId, { topic, partition, message }, reason, attempts);
  }
}
