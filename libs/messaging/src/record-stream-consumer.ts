import type { EachBatchPayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { delay, describeError } from './dead-letter';
import { GroupConsumer, type ConsumerSettings } from './group-consumer';
import { isTransientError } from './transient-error';

/** One JSON record from another agency's stream, as it came. */
export interface StreamRecord {
  offset: string;
  key: string | null;
  value: unknown;
}

/**
 * Stores the valid records of one batch (all of them or none) and names the invalid ones with the
 * reason; those go to the dead-letter topic. Called again with the same records after a failure or
 * a redelivery, so it must be idempotent.
 */
export type RecordBatchHandler = (batch: { topic: string; partition: number; records: StreamRecord[] }) => Promise<{ rejected: { offset: string; reason: string }[] }>;

/**
 * Reads other agencies' record streams: plain JSON values, not platform events, taken a fetched
 * batch at a time for throughput. A value that is not JSON, or that the handler rejects, goes to
 * `<topic>.dlt` with the reason; a failing batch is retried with backoff and, after the attempts,
 * dead-lettered whole so the stream carries on.
 */
export class RecordStreamConsumer extends GroupConsumer {
  constructor(
    kafka: Kafka,
    producer: Producer,
    topics: readonly string[],
    private readonly handle: RecordBatchHandler,
    settings: ConsumerSettings,
  ) {
    super(kafka, producer, settings, topics);
  }

  protected handling() {
    return { eachBatchAutoResolve: false, eachBatch: (payload: EachBatchPayload) => this.onBatch(payload) };
  }

  private async onBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    if (!isRunning() || isStale() || batch.messages.length === 0) return;
    const { topic, partition } = batch;
    this.taken(topic, partition, batch.messages[0] as KafkaMessage);
    const byOffset = new Map(batch.messages.map((message) => [message.offset, message]));
    const records: StreamRecord[] = [];
    for (const message of batch.messages) {
      const parsed = parseJson(message);
      if (parsed.ok) records.push({ offset: message.offset, key: message.key?.toString() ?? null, value: parsed.value });
      else await this.deadLetter(topic, partition, message, parsed.reason, 0);
    }
    if (records.length > 0) {
      const { rejected, attempts } = await this.handleWithRetries(topic, partition, records, heartbeat);
      for (const { offset, reason } of rejected) await this.deadLetter(topic, partition, byOffset.get(offset) as KafkaMessage, reason, attempts);
    }
    resolveOffset(batch.lastOffset());
    this.done(topic, partition, batch.lastOffset());
    await heartbeat();
  }

  private async handleWithRetries(topic: string, partition: number, records: StreamRecord[], heartbeat: () => Promise<void>) {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return { rejected: (await this.handle({ topic, partition, records })).rejected, attempts: 0 };
      } catch (error) {
        const reason = describeError(error);
        if (this.givingUp()) throw error;
        if (!isTransientError(error) && attempt >= this.settings.attempts) {
          return { rejected: records.map((record) => ({ offset: record.offset, reason: `handler failed after ${attempt} attempts: ${reason}` })), attempts: attempt };
        }
        this.logger.warn(`storing ${records.length} records from ${topic}[${partition}] failed (attempt ${attempt}), will retry: ${reason}`);
        await delay(Math.min(this.settings.initialBackoffMs * 2 ** (attempt - 1), this.settings.maxBackoffMs));
        await heartbeat();
      }
    }
  }
}

function parseJson(message: KafkaMessage): { ok: true; value: unknown } | { ok: false; reason: string } {
  if (!message.value || message.value.length === 0) return { ok: false, reason: 'empty message value' };
  try {
    return { ok: true, value: JSON.parse(message.value.toString()) };
  } catch (error) {
    return { ok: false, reason: `value is not JSON: ${(error as Error).message}` };
  }
}
