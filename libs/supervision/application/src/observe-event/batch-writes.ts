import type { Envelope } from '@zc/contracts';
import type { Prisma, SupervisionPrisma } from '@zc/supervision/data-access';
import { caseFactsOf, caseKeysOf, timelineEntryOf, type CaseFacts, type CaseKind, type RuleContext } from '@zc/supervision/domain';
import type { EvaluationScope } from '../findings/evaluation-scope';
import { nextFeedSeq } from '../findings/findings-feed-lock';
import { envelopeOf, ruleContextOf } from '../findings/prisma-rule-context';
import { mergeCaseFacts, upsertCases } from './project-cases';

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
  private readonly storedEvents = new Map<string, Promise<(Envelope & { occurredAt: Date; receivedAt: Date })[]>>();
  private evaluations: Prisma.RuleEvaluationCreateManyInput[] = [];
  private raised: string[] = [];
  private deferred: { ruleId: string; eventId: string; afterMs: number }[] = [];

  constructor(private readonly tx: SupervisionPrisma) {
    this.stored = ruleContextOf(tx);
    this.context = {
      calendar: this.stored.calendar,
      caseOf: (id) => this.caseOf(id),
      plan: (planId, version) => this.stored.plan(planId, version),
      eventsOf: (caseKey, type) => this.eventsOf(caseKey, type),
      declarationsLike: (like) => this.declarationsLike(like),
    };
  }

  /** Reads, in one statement, the stored cases the batch's events name (most rules read their event's case). */
  async prefetch(events: readonly Envelope[]): Promise<void> {
    const ids = [...new Set(events.flatMap(caseKeysOf))].filter((id) => !this.storedCases.has(id));
    if (ids.length === 0) return;
    const rows = this.tx.case.findMany({ where: { id: { in: ids } } }).then((found) => new Map(found.map((row) => [row.id, asFacts(row)])));
    for (const id of ids) this.storedCases.set(id, rows.then((found) => found.get(id) ?? null));
    await rows;
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

  async log(row: Prisma.RuleEvaluationCreateManyInput): Promise<void> {
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
   * Everything held, in one statement each, before the batch's audit append. The findings feed's
   * lock is taken here, once, and held to commit: taken at the batch's first finding instead, it
   * made every other batch raising findings wait out this one's whole work (lock timeouts under load).
   */
  async finish(): Promise<void> {
    const [entries, cases, evaluations, raised, deferred] = [this.entries, [...this.cases.values()], this.evaluations, this.raised, this.deferred];
    this.entries = [];
    this.cases = new Map();
    this.evaluations = [];
    this.raised = [];
    this.deferred = [];
    if (entries.length > 0) await this.tx.timelineEntry.createMany({ data: entries.map((entry) => ({ ...entry, data: entry.data as Prisma.InputJsonValue })) });
    await upsertCases(this.tx, cases);
    if (deferred.length > 0) {
      await this.tx.$executeRawUnsafe(
        `INSERT INTO "DeferredCheck" ("ruleId", "eventId", "dueAt")
         SELECT c."ruleId", c."eventId", (now() AT TIME ZONE 'UTC') + c."afterMs" * interval '1 millisecond'
           FROM unnest($1::text[], $2::uuid[], $3::int[]) AS c("ruleId", "eventId", "afterMs")
         ON CONFLICT DO NOTHING`,
        deferred.map((check) => check.ruleId),
        deferred.map((check) => check.eventId),
        deferred.map((check) => check.afterMs),
      );
    }
    if (evaluations.length > 0) await this.tx.ruleEvaluation.createMany({ data: evaluations });
    if (raised.length === 0) return;
    const first = await nextFeedSeq(this.tx);
    await this.tx.findingChange.createMany({ data: raised.map((findingId, i) => ({ seq: first + BigInt(i), findingId, change: 'raised', status: 'open' })) });
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
    const key = `${caseKey}\u0000${type}`;
    let stored = this.storedEvents.get(key);
    if (!stored) {
      stored = this.tx.timelineEntry
        .findMany({ where: { caseKeys: { has: caseKey }, type }, orderBy: [{ occurredAt: 'asc' }, { receivedAt: 'asc' }] })
        .then((rows) => rows.map((row) => ({ ...envelopeOf(row), occurredAt: row.occurredAt, receivedAt: row.receivedAt })));
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

const FACT_FIELDS = ['region', 'committee', 'series', 'level', 'employerCreditCode', 'idNumber', 'planId', 'planVersion'] as const;

/** A held case as the database would give it back: facts never given are null. */
function withNulls(facts: CaseFacts): CaseFacts {
  return { ...Object.fromEntries(FACT_FIELDS.map((field) => [field, null])), ...facts };
}

function asFacts(row: { id: string; kind: string } & Partial<Record<(typeof FACT_FIELDS)[number], string | number | null>>): CaseFacts {
  return { ...(row as CaseFacts), kind: row.kind as CaseKind };
}
