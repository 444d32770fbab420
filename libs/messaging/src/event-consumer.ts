import type { EachBatchPayload, EachMessagePayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { parseEvent, type Envelope } from '@zc/contracts';
import { delay, describeError } from './dead-letter';
import { chunksOf, sortBatch, type BatchEntry, type EventSource, type SourcedEvent } from './event-batch';
import { GroupCommit } from './group-commit';
import { GroupConsumer, type ConsumerSettings } from './group-consumer';
import { messagingMetrics } from './metrics';
import { isTransientError } from './transient-error';

/** Handles a partition's events of one fetched batch together, in offset order, all or none. */
export interface EventBatchHandling {
  handle(events: SourcedEvent[]): Promise<void>;
  /** The most events handed over at once (one transaction each, so keep it bounded). */
  maxEvents: number;
  /**
   * How many partitions' batches are taken at once; their events are handed over together (a
   * group commit), so one transaction carries the batches of many partitions.
   */
  partitionsAtOnce: number;
  /** Transactions start at most this often, unless `maxEvents` are waiting (see GroupCommit); 0 for none. */
  lingerMs?: number;
}

export interface EventRouting {
  topics: string[];
  accepts(type: string): boolean;
  handle(event: Envelope, source: EventSource): Promise<void>;
  /** Offered by a consumer whose cost is mostly per transaction (supervision sees every event). */
  batch?: EventBatchHandling;
}

type BatchOutcome = 'handled' | 'failed' | 'abandoned';

/**
 * Takes events from Kafka and hands each valid one to its handler. A message that cannot be
 * parsed, or whose handler keeps failing, goes to `<topic>.dlt` with the reason; the consumer
 * then carries on with the next message. With batch handling, the valid events of a fetched
 * batch go to the handler together; if that fails for a reason other than a passing outage, each
 * message goes the one-at-a-time way, so only a poison message ends in the dead letter.
 */
export class EventConsumer extends GroupConsumer {
  private readonly together: GroupCommit<SourcedEvent> | undefined;

  constructor(
    kafka: Kafka,
    producer: Producer,
    private readonly routing: EventRouting,
    settings: ConsumerSettings,
  ) {
    const batching = routing.batch;
    super(kafka, producer, batching ? { ...settings, partitionsConsumedConcurrently: Math.max(settings.partitionsConsumedConcurrently, batching.partitionsAtOnce) } : settings, routing.topics);
    this.together = batching ? new GroupCommit((events) => batching.handle(events), batching.maxEvents, batching.lingerMs ?? 0) : undefined;
  }

  protected handling() {
    const batching = this.routing.batch;
    const together = this.together;
    if (batching && together) return { eachBatchAutoResolve: false, eachBatch: (payload: EachBatchPayload) => this.onBatch(payload, batching, together) };
    return { eachMessage: (payload: EachMessagePayload) => this.onMessage(payload) };
  }

  private async onMessage({ topic, partition, message, heartbeat }: EachMessagePayload): Promise<void> {
    this.taken(topic, partition, message);
    await this.handleMessage(topic, partition, message, heartbeat);
    this.done(topic, partition, message.offset);
  }

  private async onBatch(payload: EachBatchPayload, batching: EventBatchHandling, together: GroupCommit<SourcedEvent>): Promise<void> {
    const { batch, resolveOffset, heartbeat, isRunning, isStale } = payload;
    const { topic, partition } = batch;
    for (const messages of chunksOf(batch.messages, batching.maxEvents)) {
      // A rebalance or a stop: leave the rest uncommitted for whoever owns the partition next.
      if (!isRunning() || isStale() || this.givingUp()) return;
      // The chunk is handled together: its oldest message is the one in hand (the stall watchdog dates it).
      this.taken(topic, partition, messages[0] as KafkaMessage);
      const entries = sortBatch(topic, partition, messages, (type) => this.routing.accepts(type));
      const events = entries.flatMap((entry) => (entry.kind === 'event' ? [entry.sourced] : []));
      const outcome: BatchOutcome = events.length === 0 ? 'handled' : await this.handleTogether(events, together, payload);
      if (outcome === 'abandoned') return;
      for (const entry of entries) {
        // Offsets are resolved in order, each once its message is done with, never before.
        if (outcome === 'handled') {
          await this.settle(topic, partition, entry);
        } else {
          this.taken(topic, partition, entry.message);
          await this.handleMessage(topic, partition, entry.message, heartbeat);
        }
        resolveOffset(entry.message.offset);
        this.done(topic, partition, entry.message.offset);
      }
      await heartbeat();
    }
  }

  /**
   * One call for the whole batch, with other partitions' batches taken at the same time; a passing
   * outage is retried; another failure is tried again with this batch alone (the poison may have
   * been another partition's), and if it fails alone, it is left to the one-at-a-time path.
   */
  private async handleTogether(events: SourcedEvent[], together: GroupCommit<SourcedEvent>, { batch, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<BatchOutcome> {
    const where = `${events.length} events from ${batch.topic}[${batch.partition}]`;
    let alone = false;
    for (let attempt = 1; ; attempt += 1) {
      const timer = messagingMetrics.handlerSeconds.startTimer({ type: 'batch' });
      try {
        await together.submit(events, { alone });
        timer();
        for (const { event } of events) messagingMetrics.consumed.inc({ type: event.type, outcome: 'handled' });
        return 'handled';
      } catch (error) {
        timer();
        const reason = describeError(error);
        if (this.givingUp()) throw error; // leave the offsets uncommitted; another member takes over
        if (!isTransientError(error)) {
          if (!alone) {
            alone = true;
            continue;
          }
          this.logger.warn(`handling ${where} together failed, handling them one at a time: ${reason}`);
          return 'failed';
        }
        this.logger.warn(`transient failure handling ${where}, will retry: ${reason}`);
        await delay(Math.min(this.settings.initialBackoffMs * 2 ** (attempt - 1), this.settings.maxBackoffMs));
        if (!isRunning() || isStale()) return 'abandoned';
        await heartbeat();
      }
    }
  }

  /** What is left to do for a message once its batch's events were handled. */
  private async settle(topic: string, partition: number, entry: BatchEntry): Promise<void> {
    if (entry.kind === 'invalid') await this.deadLetter(topic, partition, entry.message, entry.reason, 0);
    else if (entry.kind === 'ignored') messagingMetrics.consumed.inc({ type: entry.type, outcome: 'ignored' });
  }

  private async handleMessage(topic: string, partition: number, message: KafkaMessage, heartbeat: () => Promise<void>): Promise<void> {
    const parsed = parseEvent(message.value, topic);
    if (!parsed.ok) {
      await this.deadLetter(topic, partition, message, parsed.reason, 0);
      return;
    }
    const event = parsed.event;
    if (!this.routing.accepts(event.type)) {
      messagingMetrics.consumed.inc({ type: event.type, outcome: 'ignored' });
      return;
    }
    const source = { topic, partition, offset: message.offset };
    let failures = 0;
    for (let attempt = 1; ; attempt += 1) {
      const timer = messagingMetrics.handlerSeconds.startTimer({ type: event.type });
      try {
        await this.routing.handle(event, source);
        timer();
        messagingMetrics.consumed.inc({ type: event.type, outcome: 'handled' });
        return;
      } catch (error) {
        timer();
        const reason = describeError(error);
        if (this.givingUp()) throw error; // leave the offset uncommitted; another member takes over
        if (isTransientError(error)) {
          this.logger.warn(`transient failure handling ${event.type} ${event.id}, will retry: ${reason}`);
        } else {
          failures += 1;
          this.logger.warn(`handler for ${event.type} ${event.id} failed (attempt ${failures}/${this.settings.attempts}): ${reason}`);
          if (failures >= this.settings.attempts) {
            await this.deadLetter(topic, partition, message, `handler failed after ${failures} attempts: ${reason}`, failures);
            return;
          }
        }
        await delay(Math.min(this.settings.initialBackoffMs * 2 ** (attempt - 1), this.settings.maxBackoffMs));
        await heartbeat();
      }
    }
  }
}
