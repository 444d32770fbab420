import { Logger } from '@nestjs/common';
import type { Message, Producer } from 'kafkajs';
import { crashIfFaultPoint } from './fault-injection';
import { prefixWithin } from './message-size';
import { messagingMetrics } from './metrics';
import type { SqlExecutor, TransactionRunner } from './sql';

export interface RelaySettings {
  /** How often to look for events committed by other instances when not kicked. */
  pollMs: number;
  batchSize: number;
}

interface OutboxRow {
  seq: bigint | string;
  topic: string;
  key: string;
  type: string;
  payload: string;
}

/** Arbitrary constant: one relay per service database publishes at a time, so per-key order holds. */
const RELAY_LOCK_KEY = 7_301_994;

/**
 * Publishes committed outbox rows in commit-sequence order, keyed by subject, then marks them
 * sent. A crash between publish and mark re-publishes on restart (at least once); consumers'
 * inboxes make that harmless.
 */
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  /** A kick that arrived while a batch was being published must not wait for the next poll. */
  private kicked = false;
  /** The last batch was cut short by its size: more rows are waiting now. */
  private more = false;

  constructor(
    private readonly runTransaction: TransactionRunner<SqlExecutor>,
    private readonly producer: Producer,
    private readonly settings: RelaySettings,
    /** Statements outside a transaction, for the cheap look before one. */
    private readonly lookup: SqlExecutor,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Called after a transaction that wrote events commits: publish now rather than at the next poll. */
  kick(): void {
    this.kicked = true;
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.kick();
    await this.loop;
  }

  /** Publishes one batch; returns how many events were sent. Exposed for tests and tools. */
  async publishBatch(): Promise<number> {
    return this.runTransaction(async (tx) => {
      const [lock] = await tx.$queryRawUnsafe<{ locked: boolean }[]>(
        'SELECT pg_try_advisory_xact_lock($1) AS locked',
        RELAY_LOCK_KEY,
      );
      if (!lock?.locked) return 0;
      const pending = await tx.$queryRawUnsafe<OutboxRow[]>(
        `SELECT seq::text AS seq, topic, key, type, payload::text AS payload FROM outbox_event
         WHERE "publishedAt" IS NULL ORDER BY seq LIMIT $1`,
        this.settings.batchSize,
      );
      // A batch the broker would refuse as too large would be retried for ever.
      const rows = prefixWithin(pending);
      this.more = rows.length < pending.length;
      if (rows.length === 0) return 0;
      crashIfFaultPoint('relay.before-publish');
      await this.producer.sendBatch({ acks: -1, topicMessages: groupByTopic(rows) });
      crashIfFaultPoint('relay.after-publish');
      await tx.$executeRawUnsafe(
        `UPDATE outbox_event SET "publishedAt" = now() WHERE seq = ANY(string_to_array($1, ',')::bigint[])`,
        rows.map((row) => String(row.seq)).join(','),
      );
      for (const row of rows) messagingMetrics.published.inc({ topic: row.topic });
      return rows.length;
    });
  }

  /** Whether any event waits; a poll that finds none costs one statement, not a transaction's four. */
  private async anyPending(): Promise<boolean> {
    const found = await this.lookup.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM outbox_event WHERE "publishedAt" IS NULL LIMIT 1`);
    return found.length > 0;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        const kicked = this.kicked;
        this.kicked = false;
        // A kick follows a commit that wrote events, and a cut batch left more: then there is work for sure.
        const sent = kicked || this.more || (await this.anyPending()) ? await this.publishBatch() : 0;
        failures = 0;
        if (sent === this.settings.batchSize || this.more) continue;
        await this.idle(this.settings.pollMs);
      } catch (error) {
        failures += 1;
        this.logger.warn(`outbox relay failed (${failures} in a row), retrying: ${(error as Error).message}`);
        await this.idle(Math.min(this.settings.pollMs * 2 ** failures, 10_000));
      }
    }
  }

  private idle(ms: number): Promise<void> {
    if (this.kicked || !this.running) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      this.wake = done;
      function done() {
        clearTimeout(timer);
        resolve();
      }
    });
  }
}

function groupByTopic(rows: OutboxRow[]): { topic: string; messages: Message[] }[] {
  const byTopic = new Map<string, Message[]>();
  for (const row of rows) {
    const event = JSON.parse(row.payload) as { correlationId: string };
    const messages = byTopic.get(row.topic) ?? [];
    messages.push({
      key: row.key,
      value: row.payload,
      headers: { 'event-type': row.type, 'correlation-id': event.correlationId },
    });
    byTopic.set(row.topic, messages);
  }
  return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
}
