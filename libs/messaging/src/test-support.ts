import type { IHeaders, Kafka, KafkaMessage } from 'kafkajs';
import { createKafka, createProducer, type KafkaAccess } from './kafka';

/**
 * Raw Kafka access for system tests and tools, so that they too go through this library: put an
 * arbitrary message on a topic, and read a topic from the start until a predicate matches. They
 * connect as whoever `access` names (the admin, or a principal whose rights are under test).
 */
export async function produceRaw(access: KafkaAccess, topic: string, messages: { key?: string; value: string; headers?: IHeaders }[]) {
  const producer = createProducer(createKafka({ clientId: 'zc-test-producer', ...access }));
  await producer.connect();
  try {
    await producer.send({ topic, acks: -1, messages });
  } finally {
    await producer.disconnect();
  }
}

export interface ReadMessage {
  topic: string;
  partition: number;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
  /** When the broker appended it (ms since the epoch): every message has one, headers or not. */
  timestamp: number;
}

/** Reads `topic` from the beginning with a throwaway group until `done` holds or time runs out. */
export async function readTopicUntil(
  access: KafkaAccess,
  topic: string,
  done: (messages: ReadMessage[]) => boolean,
  timeoutMs: number,
): Promise<ReadMessage[]> {
  const kafka = createKafka({ clientId: 'zc-test-reader', ...access });
  // A short idle poll: disconnecting waits for the one in flight.
  const consumer = kafka.consumer({ groupId: `zc-test-reader-${process.pid}-${Date.now()}-${Math.random()}`, maxWaitTimeInMs: 100 });
  const messages: ReadMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${topic}: condition not met within ${timeoutMs} ms; read ${messages.length} messages`)),
        timeoutMs,
      );
      void consumer.run({
        eachMessage: async ({ topic: from, partition, message }) => {
          messages.push(toReadMessage(from, partition, message));
          if (done(messages)) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
    return messages;
  } finally {
    await consumer.disconnect();
  }
}

function toReadMessage(topic: string, partition: number, message: KafkaMessage): ReadMessage {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value.toString();
  }
  return { topic, partition, key: message.key?.toString() ?? null, value: message.value?.toString() ?? null, headers, timestamp: Number(message.timestamp) };
}

/**
 * Moves every consumer group but the throwaway readers to the end of each topic it has read, so
 * that services started next see only what is produced from now on. For a run that starts on
 * empty databases but a broker earlier test files used: their events not yet consumed would
 * otherwise land in the new databases. The groups must have no running members.
 */
export async function skipToEndOfTopics(access: KafkaAccess): Promise<{ groups: number; topics: number }> {
  const kafka = createKafka({ clientId: 'zc-test-admin', ...access });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const { groups } = await admin.listGroups();
    const serviceGroups = groups.map((g) => g.groupId).filter((id) => !id.startsWith('zc-test-reader-'));
    const topicsRead = await Promise.all(
      serviceGroups.map(async (groupId) => {
        const topics = (await admin.fetchOffsets({ groupId })).map((t) => t.topic);
        const ends = await Promise.all(topics.map(async (topic) => ({ topic, partitions: await admin.fetchTopicOffsets(topic) })));
        await commitAsMember(kafka, groupId, ends);
        return topics.length;
      }),
    );
    return { groups: serviceGroups.length, topics: topicsRead.reduce((a, b) => a + b, 0) };
  } finally {
    await admin.disconnect();
  }
}

/**
 * Commits offsets for a group by joining it once, paused, for all its topics at once. (kafkajs's
 * admin setOffsets joins once per topic and waits out a fetch each time, about 5 s a topic; its
 * resetOffsets commits -1, which a fromBeginning group reads as "start over".)
 */
async function commitAsMember(kafka: Kafka, groupId: string, ends: { topic: string; partitions: { partition: number; high: string }[] }[]): Promise<void> {
  if (ends.length === 0) return;
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100 });
  const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: ends.map((e) => e.topic) });
    await consumer.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch: async () => undefined });
    consumer.pause(ends.map((e) => ({ topic: e.topic })));
    await joined;
    await consumer.commitOffsets(ends.flatMap(({ topic, partitions }) => partitions.map(({ partition, high }) => ({ topic, partition, offset: high }))));
  } finally {
    await consumer.disconnect();
  }
}
