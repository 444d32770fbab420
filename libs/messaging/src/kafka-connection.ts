import { Logger } from '@nestjs/common';
import type { Admin, Kafka, Producer } from 'kafkajs';
import { createKafka, createProducer, type KafkaSettings } from './kafka';
import { ensureTopics } from './topic-admin';

/** One Kafka client, producer and admin per process, shared by the relay, the DLT and health. */
export class KafkaConnection {
  private readonly logger = new Logger(KafkaConnection.name);
  readonly kafka: Kafka;
  readonly producer: Producer;
  private readonly admin: Admin;
  /** Consumers besides the event server's (a feed stream's own group), named for readiness. */
  private readonly watched = new Map<string, { isReady(): boolean; notReadyReason(): string }>();

  constructor(private readonly settings: KafkaSettings) {
    this.kafka = createKafka(settings);
    this.producer = createProducer(this.kafka);
    this.admin = this.kafka.admin();
  }

  async connect(): Promise<void> {
    await ensureTopics(this.kafka, this.settings.partitions, this.settings.topics);
    await Promise.all([this.producer.connect(), this.admin.connect()]);
    this.logger.log(`connected to Kafka at ${this.settings.brokers.join(',')}`);
  }

  /** Readiness: the broker answers a metadata request in time. */
  async ping(timeoutMs = 2_000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Kafka did not answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([this.admin.describeCluster(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Readiness then also waits for this consumer to be in its group (and fails when it drops out). */
  watchConsumer(name: string, consumer: { isReady(): boolean; notReadyReason(): string }): void {
    this.watched.set(name, consumer);
  }

  /** The watched consumers that are not in their group now, or stalled, each with why. */
  consumersNotReady(): string[] {
    return [...this.watched].filter(([, consumer]) => !consumer.isReady()).map(([name, consumer]) => `${name} (${consumer.notReadyReason()})`);
  }

  async disconnect(): Promise<void> {
    await Promise.allSettled([this.producer.disconnect(), this.admin.disconnect()]);
  }
}
