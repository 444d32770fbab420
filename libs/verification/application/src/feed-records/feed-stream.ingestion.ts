import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { FEED_SOURCES, FeedTopics, type FeedSourceName } from '@zc/contracts';
import { KafkaConnection, RecordStreamConsumer, type StreamRecord } from '@zc/messaging';
import { consumerSettingsOf, SERVICE_CONFIG, type ServiceConfig } from '@zc/platform';
import { ReceiveFeedRecordsCommand } from './receive-feed-records.command';

const sourceOf = (topic: string) => FEED_SOURCES.find((source) => FeedTopics[source] === topic) as FeedSourceName;

/**
 * Takes the agencies' record streams (`feeds.<source>.v1`): each fetched batch is stored with its
 * report in one transaction; a record that fails validation goes to the dead-letter topic with the
 * reason. Its own consumer group, so a slow feed never holds up the platform's events.
 */
@Injectable()
export class FeedStreamIngestion implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(FeedStreamIngestion.name);
  private readonly consumer: RecordStreamConsumer;

  constructor(connection: KafkaConnection, @Inject(SERVICE_CONFIG) config: ServiceConfig, private readonly receive: ReceiveFeedRecordsCommand) {
    this.consumer = new RecordStreamConsumer(connection.kafka, connection.producer, Object.values(FeedTopics), (batch) => this.store(batch), consumerSettingsOf(config, `${config.kafka.groupId}.feeds`));
    // A feed consumer that kafkajs gave up on must show in /health/ready, not only in the logs.
    connection.watchConsumer('feed streams', this.consumer);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.consumer.start();
    this.logger.log(`taking feed streams ${Object.values(FeedTopics).join(', ')}`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer.stop();
  }

  private async store({ topic, partition, records }: { topic: string; partition: number; records: StreamRecord[] }) {
    const source = sourceOf(topic);
    // One batch per fetched range: re-delivery of the same range reports under the same id.
    const batchId = `stream:${topic}:${partition}:${records[0]?.offset}-${records.at(-1)?.offset}`;
    const report = await this.receive.execute(source, 'stream', batchId, records.map((r) => ({ ref: r.offset, fields: r.value })), { allOrNothing: false, correlationId: batchId });
    return { rejected: report.rejected.map(({ ref, reason }) => ({ offset: ref, reason })) };
  }
}
