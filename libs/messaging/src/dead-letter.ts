import { Logger } from '@nestjs/common';
import type { KafkaMessage, Producer } from 'kafkajs';
import { deadLetterTopicOf } from '@zc/contracts';
import { messagingMetrics } from './metrics';

const logger = new Logger('DeadLetter');

/** Sends a message its consumer cannot handle to `<topic>.dlt`, with why and where it came from. */
export async function deadLetter(
  producer: Producer,
  groupId: string,
  origin: { topic: string; partition: number; message: KafkaMessage },
  reason: string,
  attempts: number,
): Promise<void> {
  const { topic, partition, message } = origin;
  const deadLetterTopic = deadLetterTopicOf(topic);
  logger.error(`dead-lettering ${topic}[${partition}]@${message.offset} to ${deadLetterTopic}: ${reason}`);
  await producer.send({
    topic: deadLetterTopic,
    acks: -1,
    messages: [
      {
        key: message.key,
        value: message.value,
        headers: {
          ...message.headers,
          'dlt-reason': reason,
          'dlt-original-topic': topic,
          'dlt-original-partition': String(partition),
          'dlt-original-offset': message.offset,
          'dlt-consumer-group': groupId,
          'dlt-attempts': String(attempts),
          'dlt-failed-at': new Date().toISOString(),
        },
      },
    ],
  });
  messagingMetrics.deadLettered.inc({ topic: deadLetterTopic });
}

/** A one-line reason for logs and dead letters: long driver messages are cut, not dropped. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 1_000 ? `${oneLine.slice(0, 1_000)}…` : oneLine;
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
