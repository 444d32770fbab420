import type { Kafka } from 'kafkajs';
import { ALL_TOPICS, deadLetterTopicOf, FEED_TOPICS } from '@zc/contracts';

/** Every contract topic and feed topic, each with its dead-letter twin. */
export function platformTopics(): string[] {
  return [...ALL_TOPICS, ...FEED_TOPICS].flatMap((topic) => [topic, deadLetterTopicOf(topic)]);
}

/**
 * Creates the given topics when missing (the broker does not auto-create them), waiting for
 * leaders so a subscriber that follows finds them. Safe to run from every service at start-up.
 * On a broker with ACLs the topics are provisioned beforehand (tools/infra/provision-kafka.ts)
 * and a service sees only the topics it may use: pass those.
 */
export async function ensureTopics(kafka: Kafka, partitions: number, topics: string[] = platformTopics()): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic));
    if (missing.length === 0) return;
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({ topic, numPartitions: partitions, replicationFactor: 1 })),
    });
  } catch (error) {
    // Another service may have created the same topic a moment earlier.
    if ((error as { type?: string }).type !== 'TOPIC_ALREADY_EXISTS') throw error;
  } finally {
    await admin.disconnect();
  }
}
