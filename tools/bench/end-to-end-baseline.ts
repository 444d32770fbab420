import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createKafka, createProducer, ensureTopics, type KafkaAccess } from '@zc/messaging';

export interface BaselineResult {
  messages: number;
  bytesPerMessage: number;
  seconds: number;
  produceSeconds: number;
  messagesPerSecond: number;
}

/**
 * The floor of the end-to-end benchmark: bare kafkajs (through @zc/messaging's own client and
 * producer settings: idempotent, one request in flight, acks=all) producing `count` keyed messages
 * of `bytes` bytes to a fresh topic on the same broker, in batches of `batchSize` (the outbox
 * relay's batch), while one consumer (a fresh group, `concurrency` partitions at once, as the
 * services consume) reads them all. Timed from the first send, after the consumer joined, to the
 * last message consumed.
 */
export async function kafkaBaseline(options: { access: KafkaAccess; count: number; bytes: number; partitions: number; batchSize: number; concurrency: number }): Promise<BaselineResult> {
  const { access, count, bytes, partitions, batchSize, concurrency } = options;
  const kafka = createKafka({ clientId: 'zc-bench-e2e-baseline', ...access });
  const topic = `zc-bench-e2e-baseline-${Date.now()}`;
  await ensureTopics(kafka, partitions, [topic]);
  const consumer = kafka.consumer({ groupId: `${topic}-group`, sessionTimeout: 10_000 });
  const producer = createProducer(kafka);
  // A value shaped like an envelope (JSON) of the measured mean size; a fresh id and key each.
  const filler = (id: string) => {
    const head = `{"id":"${id}","type":"bench.baseline.v1","source":"bench","subject":"${id}","data":{"pad":"`;
    return `${head}${'x'.repeat(Math.max(0, bytes - head.length - 3))}"}}`;
  };
  let consumed = 0;
  let finish: () => void = () => undefined;
  const allConsumed = new Promise<void>((resolve) => (finish = resolve));
  try {
    await Promise.all([consumer.connect(), producer.connect()]);
    const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      partitionsConsumedConcurrently: concurrency,
      eachMessage: async ({ message }) => {
        if (message.value) consumed += 1;
        if (consumed >= count) finish();
      },
    });
    await joined;
    const started = performance.now();
    for (let sent = 0; sent < count; sent += batchSize) {
      const messages = Array.from({ length: Math.min(batchSize, count - sent) }, () => {
        const id = randomUUID();
        return { key: id, value: filler(id), headers: { 'event-type': 'bench.baseline.v1', 'correlation-id': id } };
      });
      await producer.send({ topic, acks: -1, messages });
    }
    const produced = performance.now();
    await allConsumed;
    const seconds = (performance.now() - started) / 1000;
    return { messages: count, bytesPerMessage: filler(randomUUID()).length, seconds, produceSeconds: (produced - started) / 1000, messagesPerSecond: count / seconds };
  } finally {
    await consumer.disconnect().catch(() => undefined);
    await producer.disconnect().catch(() => undefined);
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
  }
}
