import type { Envelope } from '@zc/contracts';
import type { SqlExecutor } from '@zc/messaging';
import { CASE_FACT_FIELDS, caseFactsOf, caseKeysOf, timelineEntryOf, type CaseFacts, type RuleContext, type TimelineRead } from '@zc/supervision/domain';
import type { EvaluationScope, EvaluationRow } from '../findings/evaluation-scope';
import { auditRowsAfter, lockAuditChain, type ChainHeads } from '../audit/audit-log';
import { lockFindingsFeed, nextFeedSeqLocked } from '../findings/findings-feed-lock';
import { casesByIds, envelopeOf, ruleContextOf, timelineOf, timelinesOf, type TimelineRow } from '../findings/stored-rule-context';
import { mergeCaseFacts } from './project-cases';
import { WRITE_BATCH } from './write-batch.sql';

let lastReceivedAt = 0;

/**
 * Distinct, rising receive times: rules read a case's events by occurrence, then receipt, so the
 * events of one batch (one transaction, one now()) must keep the order they were read in. Real
 * time, not the service clock: an ordering of receipts, which a clock moved back would break.
 */
function nextReceivedAt(): Date {
  // eslint-disable-next-line no-restricted-syntax -- receipt order, in real time (see above)
  lastReceivedAt = Math.max(Date.now(), lastReceivedAt + 1);
  return new Date(lastReceivedAt);
}

type HeldEntry = ReturnType<typeof timelineEntryOf> & { receivedAt: Date; caseKeys: string[] };

const byOccurrenceThenReceipt = (a: { occurredAt: Date; receivedAt: Date }, b: { occurredAt: Date; receivedAt: Date }) =>
  a.occurredAt.getTime() - b.occurredAt.getTime() || a.receivedAt.getTime() - b.receivedAt.getTime();

/**
 * A batch's writes, held to its end and made in one statement each (timeline rows, case facts,
 * deferred checks, evaluation logs, the findings feed), and the rules' reads answered meanwhile from what the
 * database held before the batch (read once per case, or per case and event type) overlaid with
 * what the batch holds so far: a rule evaluated on event k sees the state as of event k (R-SV-2)
 * without a statement per event. Nothing the batch holds is in the database before `finish`, so a
 * row read from it is the state before the batch.
 */
export class BatchWrites implements EvaluationScope {
  readonly context: RuleContext;
  private readonly stored: RuleContext;
  private entries: HeldEntry[] = [];
  private cases = new Map<string, CaseFacts>();
  private readonly storedCases = new Map<string, Promise<CaseFacts | null>>();
  private readonly storedEvents = new Map<string, Promise<StoredEvent[]>>();
  private evaluations: EvaluationRow[] = [];
  private raised: string[] = [];
  private deferred: { ruleId: string; eventId: string; afterMs: number }[] = [];

  constructor(private readonly tx: SqlExecutor) {
    this.stored = ruleContextOf(tx);
    this.context = {
      calendar: this.stored.calendar,
      caseOf: (id) => this.caseOf(id),
      plan: (planId, version) => this.stored.plan(planId, version),
      eventsOf: (caseKey, type) => this.eventsOf(caseKey, type),
      declarationsLike: (like) => this.declarationsLike(like),
    };
  }

  /**
   * Reads, in one statement, the stored cases the batch's events name (most rules read their
   * event's case), and in another the timelines the rules declare they will read (`reads`).
   */
  async prefetch(events: readonly Envelope[], timelines: readonly TimelineRead[] = []): Promise<void> {
    const ids = [...new Set(events.flatMap(caseKeysOf))].filter((id) => !this.storedCases.has(id));
    const reads = uniqueBy(timelines, timelineKey).filter((read) => !this.storedEvents.has(timelineKey(read)));
    if (ids.length > 0) {
      const rows = casesByIds(this.tx, ids).then((found) => new Map(found.map((row) => [row.id, row])));
      for (const id of ids) this.storedCases.set(id, rows.then((found) => found.get(id) ?? null));
    }
    if (reads.length > 0) {
      const rows = timelinesOf(this.tx, reads);
      for (const read of reads) {
        this.storedEvents.set(
          timelineKey(read),
          rows.then((found) => found.filter((row) => row.type === read.type && row.caseKeys.includes(read.caseKey)).map(storedEvent)),
        );
      }
    }
    await Promise.all([...ids.map((id) => this.storedCases.get(id)), ...reads.map((read) => this.storedEvents.get(timelineKey(read)))]);
  }

  add(event: Envelope, topic: string): void {
    this.entries.push({ ...timelineEntryOf(event, topic), caseKeys: caseKeysOf(event), receivedAt: nextReceivedAt() });
    for (const facts of caseFactsOf(event)) this.cases.set(facts.id, mergeCaseFacts(this.cases.get(facts.id), facts));
  }

  async caseOf(id: string): Promise<CaseFacts | null> {
    const stored = await this.storedCase(id);
    const held = this.cases.get(id);
    if (!held) return stored;
    return withNulls(stored ? mergeCaseFacts(stored, held) : held);
  }

  async log(row: EvaluationRow): Promise<void> {
    this.evaluations.push(row);
  }

  async feedRaised(findingId: string): Promise<void> {
    this.raised.push(findingId);
  }

  /**
   * A deferred rule's check of an event, due `afterMs` from now. The grace is for events racing on
   * other topics, so it is elapsed time, not the platform's (possibly moved) business clock: the
   * due time is the database's now plus the grace, and the sweep compares it with the database's now.
   */
  defer(ruleId: string, eventId: string, afterMs: number): void {
    this.deferred.push({ ruleId, eventId, afterMs });
  }

  /**
   * Everything held, and the batch's audit-chain rows (R-SV-4), in one statement after the locks
   * (returns how many findings went on the feed):
   * the findings feed's lock first when the batch raised findings (the order every holder takes
   * them in, so none deadlock), then the chain's; both are held to commit, so this comes last.
   * Under READ COMMITTED the heads are read in a statement after the locks, so they see the
   * previous holder's commit; the chain then follows commit order, and the batch's rows the order read.
   */
  async finish(observed: readonly { event: Envelope; topic: string }[]): Promise<{ raised: number }> {
    const [entries, cases, evaluations, raised, deferred] = [this.entries, [...this.cases.values()], this.evaluations, this.raised, this.deferred];
    this.entries = [];
    this.cases = new Map();
    this.evaluations = [];
    this.raised = [];
    this.deferred = [];
    if (raised.length > 0) await lockFindingsFeed(this.tx);
    const head = observed.length > 0 ? await lockAuditChain(this.tx) : await this.feedHeadAlone(raised.length > 0);
    const sorted = cases.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    await this.tx.$executeRawUnsafe(
      WRITE_BATCH,
      JSON.stringify(entries),
      JSON.stringify(sorted.map((c) => Object.fromEntries(['id', 'kind', ...CASE_FACT_FIELDS].map((field) => [field, c[field as keyof CaseFacts] ?? null])))),
      JSON.stringify(deferred),
      JSON.stringify(evaluations.map((row) => ({ ...row, findingId: row.findingId ?? null }))),
      JSON.stringify(raised.map((findingId, i) => ({ seq: String(head.nextFeedSeq + BigInt(i)), findingId }))),
      JSON.stringify(auditRowsAfter(head, observed).map((row) => ({ ...row, seq: String(row.seq) }))),
    );
    return { raised: raised.length };
  }

  /** A deferred sweep appends nothing to the chain: it reads the feed's head alone, under the feed's lock, if it raised findings. */
  private async feedHeadAlone(raisedAny: boolean): Promise<ChainHeads> {
    return { seq: 0n, hash: '', nextFeedSeq: raisedAny ? await nextFeedSeqLocked(this.tx) : 0n };
  }

  private storedCase(id: string): Promise<CaseFacts | null> {
    let found = this.storedCases.get(id);
    if (!found) {
      found = this.stored.caseOf(id);
      this.storedCases.set(id, found);
    }
    return found;
  }

  private async eventsOf<T extends Envelope>(caseKey: string, type: string): Promise<T[]> {
    const key = timelineKey({ caseKey, type });
    let stored = this.storedEvents.get(key);
    if (!stored) {
      stored = timelineOf(this.tx, caseKey, type).then((rows) => rows.map(storedEvent));
      this.storedEvents.set(key, stored);
    }
    const held = this.entries.filter((entry) => entry.type === type && entry.caseKeys.includes(caseKey));
    const all = [...(await stored), ...held.map((entry) => ({ ...envelopeOf(entry), occurredAt: entry.occurredAt, receivedAt: entry.receivedAt }))];
    return all.sort(byOccurrenceThenReceipt).map(({ occurredAt: _o, receivedAt: _r, ...event }) => event as T);
  }

  private async declarationsLike(like: { employerCreditCode: string; series: string; level: string; planId: string }): Promise<CaseFacts[]> {
    const found = new Map((await this.stored.declarationsLike(like)).map((c) => [c.id, c]));
    for (const id of this.cases.keys()) {
      const current = await this.caseOf(id);
      const matches = current?.kind === 'declaration' && Object.entries(like).every(([field, value]) => current[field as keyof CaseFacts] === value);
      if (matches) found.set(id, current);
      else found.delete(id);
    }
    return [...found.values()];
  }
}

type StoredEvent = Envelope & { occurredAt: Date; receivedAt: Date };

/** A stored timeline row as the overlay keeps it: the event, and what orders it. */
const storedEvent = (row: TimelineRow): StoredEvent => ({ ...envelopeOf(row), occurredAt: row.occurredAt, receivedAt: row.receivedAt });

const timelineKey = ({ caseKey, type }: TimelineRead) => `${caseKey}\u0000${type}`;

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()];
}


/** A held case as the database would give it back: facts never given are null. */
function withNulls(facts: CaseFacts): CaseFacts {
  return { ...Object.fromEntries(CASE_FACT_FIELDS.map((field) => [field, null])), ...facts };
}

