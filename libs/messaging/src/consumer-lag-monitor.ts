import { Logger } from '@nestjs/common';
import type { Admin, Kafka } from 'kafkajs';
import { partitionKey, type ConsumerProgress, type StalledPartition } from './consumer-progress';
import { messagingMetrics } from './metrics';

export interface LagMonitorSettings {
  groupId: string;
  topics: readonly string[];
  intervalMs: number;
}

/**
 * Samples the group's committed offsets and the topics' ends from the broker every interval, for
 * the lag and age metrics and for the stall watchdog. A round the broker does not answer is
 * skipped (the last figures stand); one round at a time.
 */
export class ConsumerLagMonitor {
  private readonly logger = new Logger(ConsumerLagMonitor.name);
  private admin: Admin | undefined;
  private timer: NodeJS.Timeout | undefined;
  private sampling = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly progress: ConsumerProgress,
    private readonly settings: LagMonitorSettings,
    private readonly onRound: (stalled: StalledPartition[]) => void,
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.round(), this.settings.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.admin?.disconnect().catch(() => undefined);
    this.admin = undefined;
  }

  private async round(): Promise<void> {
    if (this.sampling) return;
    this.sampling = true;
    try {
      await this.sample();
    } catch (error) {
      this.logger.debug?.(`lag of ${this.settings.groupId} not sampled this round: ${(error as Error).message}`);
    } finally {
      this.sampling = false;
    }
    this.onRound(this.progress.stalled(Date.now()));
  }

  private async sample(): Promise<void> {
    if (!this.admin) {
      const admin = this.kafka.admin();
      await admin.connect();
      this.admin = admin;
    }
    const { groupId, topics } = this.settings;
    const admin = this.admin;
    const [committed, ends] = await Promise.all([
      admin.fetchOffsets({ groupId, topics: [...topics] }),
      Promise.all(topics.map(async (topic) => ({ topic, partitions: await admin.fetchTopicOffsets(topic) }))),
    ]);
    const committedOf = new Map(committed.flatMap(({ topic, partitions }) => partitions.map((p) => [partitionKey(topic, p.partition), p.offset])));
    const now = Date.now();
    for (const { topic, partitions } of ends) {
      for (const { partition, high, low } of partitions) {
        const key = partitionKey(topic, partition);
        this.progress.sampled(key, { committed: committedOf.get(key) ?? '-1', low: Number(low), high: Number(high) }, now);
        const labels = { group: groupId, topic, partition: String(partition) };
        messagingMetrics.consumerLag.set(labels, this.progress.lagOf(key));
        messagingMetrics.oldestUnhandled.set(labels, this.progress.oldestUnhandledSeconds(key, now));
      }
    }
  }
}

