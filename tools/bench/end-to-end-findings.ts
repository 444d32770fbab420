import type { Pool } from 'pg';
import type { ServiceName } from '@zc/platform';
import { PRINCIPALS, tokenFor } from '@zc/testing';

/** A finding as supervision's live stream announced it, and when it arrived here. */
export interface FindingArrival {
  seq: string;
  findingId: string;
  ruleId: string;
  evidence: string[];
  /** now() of supervision's transaction that raised it (its start, not its commit). */
  raisedAt: number;
  arrivedAt: number;
}

/**
 * Supervision's live stream (`GET /findings/stream`, Server-Sent Events) read for the whole run
 * as an inspector's browser would, with a bureau-admin token (every region): each finding raised
 * is timed on arrival. A dropped stream is reopened with Last-Event-ID, so none is missed; a
 * finding sent again after that is kept at its first arrival.
 */
export class LiveFindings {
  readonly arrivals: FindingArrival[] = [];
  private readonly seen = new Set<string>();
  private readonly abort = new AbortController();
  private lastEventId: string | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly supervisionUrl: string) {}

  /** Resolves once the stream is open (and keeps it open until `stop`). */
  async start(): Promise<void> {
    const opened = await this.open();
    this.running = this.keepReading(opened);
  }

  async stop(): Promise<void> {
    this.abort.abort();
    await this.running?.catch(() => undefined);
  }

  private async open(): Promise<ReadableStream<Uint8Array>> {
    const response = await fetch(`${this.supervisionUrl}/findings/stream`, {
      headers: { authorization: `Bearer ${tokenFor(PRINCIPALS.bureauAdmin)}`, accept: 'text/event-stream', ...(this.lastEventId ? { 'last-event-id': this.lastEventId } : {}) },
      signal: this.abort.signal,
    });
    if (response.status !== 200 || !response.body) {
      await response.body?.cancel();
      throw new Error(`GET /findings/stream answered ${response.status}`);
    }
    return response.body;
  }

  private async keepReading(first: ReadableStream<Uint8Array>): Promise<void> {
    let body: ReadableStream<Uint8Array> | undefined = first;
    while (!this.abort.signal.aborted) {
      try {
        body ??= await this.open();
        await this.read(body);
      } catch {
        // dropped (or stopped): reopen after a moment, resuming after the last id
      }
      body = undefined;
      if (!this.abort.signal.aborted) await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffered = '';
    for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
      const arrivedAt = Date.now();
      buffered += decoder.decode(chunk, { stream: true });
      for (let end = buffered.indexOf('\n\n'); end >= 0; end = buffered.indexOf('\n\n')) {
        this.take(buffered.slice(0, end), arrivedAt);
        buffered = buffered.slice(end + 2);
      }
    }
  }

  private take(frame: string, arrivedAt: number): void {
    const fields = new Map<string, string>();
    for (const line of frame.split('\n')) {
      if (line.startsWith(':')) continue; // heartbeat or comment
      const colon = line.indexOf(':');
      if (colon > 0) fields.set(line.slice(0, colon), line.slice(colon + 1).trimStart());
    }
    const id = fields.get('id');
    if (id) this.lastEventId = id;
    if (fields.get('event') !== 'finding' || !fields.has('data')) return;
    const message = JSON.parse(fields.get('data') as string) as { seq: string; change: string; finding: { id: string; ruleId: string; evidence: string[]; raisedAt: string } };
    if (message.change !== 'raised' || this.seen.has(message.finding.id)) return;
    this.seen.add(message.finding.id);
    this.arrivals.push({ seq: message.seq, findingId: message.finding.id, ruleId: message.finding.ruleId, evidence: message.finding.evidence, raisedAt: Date.parse(message.finding.raisedAt), arrivedAt });
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * When each event was committed by the service that published it: its outbox row's createdAt
 * (now() of the transaction that wrote it, i.e. that transaction's start, a little before commit).
 */
export async function outboxTimes(pools: Record<ServiceName, Pool>, eventIds: Iterable<string>): Promise<Map<string, number>> {
  const ids = [...new Set(eventIds)].filter((id) => UUID.test(id));
  const times = new Map<string, number>();
  for (const pool of Object.values(pools)) {
    for (let start = 0; start < ids.length; start += 10_000) {
      const { rows } = await pool.query<{ id: string; at: number }>(
        `SELECT "eventId"::text AS id, (extract(epoch FROM "createdAt") * 1000)::float8 AS at FROM outbox_event WHERE "eventId" = ANY($1::uuid[])`,
        [ids.slice(start, start + 10_000)],
      );
      for (const row of rows) times.set(row.id, Number(row.at));
    }
  }
  return times;
}

/**
 * Commit → live finding, per finding: from the commit of the event that caused it (the latest of
 * its evidence events: the rule ran when that one arrived) to its arrival on the stream. Sorted
 * ascending, overall and per rule; findings whose evidence is in no outbox are counted apart.
 * Split at the start of supervision's transaction that raised it: before, the event waited to be
 * taken (relay, broker, consumer lag); after, the transaction, the feed's poll and the stream.
 */
export function commitToLiveFinding(
  arrivals: readonly FindingArrival[],
  committedAt: Map<string, number>,
): { all: number[]; untilTaken: number[]; takenToLive: number[]; byRule: Map<string, number[]>; unmatched: number } {
  const all: number[] = [];
  const untilTaken: number[] = [];
  const takenToLive: number[] = [];
  const byRule = new Map<string, number[]>();
  let unmatched = 0;
  for (const arrival of arrivals) {
    const causes = arrival.evidence.map((id) => committedAt.get(id)).filter((at): at is number => at !== undefined);
    if (causes.length === 0) {
      unmatched += 1;
      continue;
    }
    const cause = Math.max(...causes);
    const latency = arrival.arrivedAt - cause;
    all.push(latency);
    untilTaken.push(arrival.raisedAt - cause);
    takenToLive.push(arrival.arrivedAt - arrival.raisedAt);
    const ofRule = byRule.get(arrival.ruleId) ?? [];
    ofRule.push(latency);
    byRule.set(arrival.ruleId, ofRule);
  }
  const ascending = (a: number, b: number) => a - b;
  for (const list of [all, untilTaken, takenToLive, ...byRule.values()]) list.sort(ascending);
  return { all, untilTaken, takenToLive, byRule, unmatched };
}
