import { Logger } from '@nestjs/common';
import type { Consumer, ConsumerRunConfig, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { ConsumerLagMonitor } from './consumer-lag-monitor';
import { ConsumerProgress, describeStall, partitionKey, type StalledPartition } from './consumer-progress';
import { deadLetter } from './dead-letter';
import { messagingMetrics } from './metrics';

export interface ConsumerSettings {
  groupId: string;
  /** Attempts for a handler error before the message is dead-lettered. */
  attempts: number;
  initialBackoffMs: number;
  maxBackoffMs: number;
  /** Partitions handled at once; order within a partition (and so within a case) is kept. */
  partitionsConsumedConcurrently: number;
  sessionTimeoutMs: number;
  /** A backlog with no progress for this long makes the member unready; twice as long, it is replaced. */
  stallTimeoutMs: number;
  /** How often the committed lag is sampled from the broker. */
  lagIntervalMs: number;
}

/**
 * A member of a consumer group reading some topics from the beginning: joining, readiness, a clean
 * stop, dead letters, and a watchdog. Subclasses say how messages are handled, and report each
 * message they take in hand and are done with.
 */
export abstract class GroupConsumer {
  protected readonly logger = new Logger(this.constructor.name);
  private consumer: Consumer | undefined;
  private joined = false;
  protected stopping: Promise<void> | undefined;
  /** Set while the watchdog replaces this member: handlers in hand give up their retries. */
  protected abandoning = false;
  private readonly progress: ConsumerProgress;
  private readonly monitor: ConsumerLagMonitor;
  private stall: StalledPartition[] = [];
  private lastRestartAt = 0;

  constructor(
    protected readonly kafka: Kafka,
    protected readonly producer: Producer,
    protected readonly settings: ConsumerSettings,
    private readonly topics: readonly string[],
  ) {
    this.progress = new ConsumerProgress(settings.stallTimeoutMs);
    this.monitor = new ConsumerLagMonitor(kafka, this.progress, { groupId: settings.groupId, topics, intervalMs: settings.lagIntervalMs }, (stalled) =>
      this.watch(stalled),
    );
  }

  /** True once the consumer has joined its group and received partitions, and is not stalled. */
  isReady(): boolean {
    return this.joined && this.stall.length === 0;
  }

  /** Why the consumer is not ready, for the readiness probe. */
  notReadyReason(): string {
    if (!this.joined) return `${this.settings.groupId}: not yet assigned partitions in its consumer group`;
    return `${this.settings.groupId} ${describeStall(this.stall)}`;
  }

  async start(): Promise<void> {
    this.abandoning = false;
    const consumer = this.kafka.consumer({
      groupId: this.settings.groupId,
      sessionTimeout: this.settings.sessionTimeoutMs,
      heartbeatInterval: Math.max(500, Math.floor(this.settings.sessionTimeoutMs / 5)),
      rebalanceTimeout: this.settings.sessionTimeoutMs * 2,
      // A fetch returns as soon as a message arrives whatever this is; it only bounds an idle long
      // poll, which a stopping consumer waits out (kafkajs' 5 s default made every shutdown 5 s).
      maxWaitTimeInMs: 1000,
    });
    this.consumer = consumer;
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      this.joined = true;
      const assigned = Object.entries(payload.memberAssignment).flatMap(([topic, partitions]) => partitions.map((p) => partitionKey(topic, p)));
      this.progress.assign(assigned, Date.now());
    });
    consumer.on(consumer.events.CRASH, (event) => {
      this.joined = false;
      this.logger.error(`consumer crashed: ${event.payload.error.message}; restart=${event.payload.restart}`);
      if (!event.payload.restart && !this.stopping) void this.replace(consumer, 'crash');
    });
    await consumer.connect();
    await consumer.subscribe({ topics: [...this.topics], fromBeginning: true });
    await consumer.run({ partitionsConsumedConcurrently: this.settings.partitionsConsumedConcurrently, ...this.handling() });
    this.monitor.start();
  }

  /**
   * The watchdog, after each lag sample. A member with a backlog and no progress for the stall
   * timeout turns unready (ops see it, a load balancer stops sending it work); at twice the
   * timeout, and again every twice the timeout while it lasts, it is replaced by a new member,
   * rather than waiting for ever on whatever holds it.
   */
  private watch(stalled: StalledPartition[]): void {
    if (stalled.length > 0 && this.stall.length === 0) this.logger.error(`consumer group ${this.settings.groupId} ${describeStall(stalled)}`);
    if (stalled.length === 0 && this.stall.length > 0) this.logger.log(`consumer group ${this.settings.groupId} moves again`);
    this.stall = stalled;
    messagingMetrics.stalledPartitions.set({ group: this.settings.groupId }, stalled.length);
    const now = Date.now();
    const longest = Math.max(0, ...stalled.map((s) => s.idleMs));
    const consumer = this.consumer;
    if (consumer && !this.stopping && longest > 2 * this.settings.stallTimeoutMs && now - this.lastRestartAt > 2 * this.settings.stallTimeoutMs) {
      this.lastRestartAt = now;
      void this.replace(consumer, 'stall');
    }
  }

  /**
   * Replaces a member that will take no more messages (kafkajs gives up on some errors for good,
   * such as the group coordinator lost while the broker restarts) or that the watchdog found
   * stalled: the old one leaves the group, a new one joins with backoff until it does or the
   * service stops; the group hands it the partitions and the inbox skips whatever comes again.
   */
  private async replace(old: Consumer, reason: 'crash' | 'stall'): Promise<void> {
    messagingMetrics.consumerRestarts.inc({ group: this.settings.groupId, reason });
    if (reason === 'stall') this.logger.warn(`replacing the stalled member of ${this.settings.groupId}`);
    this.abandoning = true;
    this.joined = false;
    await old.disconnect().catch(() => undefined);
    for (let delay = this.settings.initialBackoffMs; !this.stopping; delay = Math.min(delay * 2, this.settings.maxBackoffMs)) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (this.stopping) return;
      try {
        await this.start();
        // The service began to stop while the new member joined: it leaves too.
        if (this.stopping) await this.consumer?.disconnect();
        else this.logger.log(`rejoined the consumer group after a ${reason}`);
        return;
      } catch (error) {
        this.logger.warn(`could not rejoin the consumer group yet: ${(error as Error).message}`);
      }
    }
  }

  /** Idempotent: waits for the message in hand, commits, and leaves the group. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      await this.monitor.stop();
      await this.consumer?.disconnect();
      this.joined = false;
    })();
    return this.stopping;
  }

  /** A handler's retry loop gives up (and leaves the offset uncommitted) when this is true. */
  protected givingUp(): boolean {
    return this.stopping !== undefined || this.abandoning;
  }

  protected abstract handling(): Pick<ConsumerRunConfig, 'eachMessage' | 'eachBatch' | 'eachBatchAutoResolve'>;

  /** Subclasses call this when they take a message in hand (the watchdog reads its age). */
  protected taken(topic: string, partition: number, message: KafkaMessage): void {
    this.progress.taken(partitionKey(topic, partition), message.offset, Number(message.timestamp), Date.now());
  }

  /** Subclasses call this when a message is done with: handled, skipped or dead-lettered. */
  protected done(topic: string, partition: number, offset: string): void {
    this.progress.done(partitionKey(topic, partition), offset, Date.now());
  }

  protected deadLetter(topic: string, partition: number, message: KafkaMessage, reason: string, attempts: number) {
    return deadLetter(this.producer, this.settings.groupId, { topic, partition, message }, reason, attempts);
  }
}
