import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Pool } from 'pg';
import { ALL_TOPICS, deadLetterTopicOf, FEED_TOPICS, FeedTopics, parseEvent } from '@zc/contracts';
import { createKafka, type KafkaAccess } from '@zc/messaging';
import { produceRaw, readTopicUntil, type ReadMessage } from '@zc/messaging/testing';
import { SERVICE_NAMES, type ServiceName } from '@zc/platform';
import { EXPECTED_FINAL, type Case } from './driver';

export const FINAL_STATUSES = ['certificate-issued', 'verification-failed', 'committee-failed', 'result-withheld'];

/** Read-only pools on the run's own databases (`zc_chaos_*`). */
export class Databases {
  private readonly pools = new Map<ServiceName, Pool>();
  constructor(private readonly urlOf: (service: ServiceName) => string) {}

  pool(service: ServiceName): Pool {
    let pool = this.pools.get(service);
    if (!pool) {
      pool = new Pool({ connectionString: this.urlOf(service), max: 2 });
      pool.on('error', () => undefined); // idle connections dropped by a PostgreSQL restart
      this.pools.set(service, pool);
    }
    return pool;
  }

  async query<T extends object>(service: ServiceName, sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.pool(service).query<T>(sql, params)).rows;
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools.values()].map((p) => p.end()));
    this.pools.clear();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Unpublished outbox rows per service, and each consumer group's lag on the topics it has committed on. */
async function backlog(db: Databases, kafka: KafkaAccess): Promise<{ unpublished: Record<string, number>; lag: Record<string, number> }> {
  const unpublished: Record<string, number> = {};
  for (const service of SERVICE_NAMES) {
    const [row] = await db.query<{ count: string }>(service, 'SELECT count(*) FROM outbox_event WHERE "publishedAt" IS NULL');
    unpublished[service] = Number(row?.count ?? 0);
  }
  const admin = createKafka({ clientId: 'zc-chaos-inspector', ...kafka }).admin();
  await admin.connect();
  const lag: Record<string, number> = {};
  try {
    const existing = new Set(await admin.listTopics());
    const topics = ALL_TOPICS.filter((t) => existing.has(t));
    const highs = new Map<string, Map<number, number>>();
    for (const topic of topics) highs.set(topic, new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, Number(p.high)])));
    for (const service of SERVICE_NAMES) {
      let behind = 0;
      for (const entry of await admin.fetchOffsets({ groupId: `zc-${service}`, topics })) {
        for (const p of entry.partitions) {
          const committed = Number(p.offset);
          if (committed >= 0) behind += Math.max(0, (highs.get(entry.topic)?.get(p.partition) ?? 0) - committed);
        }
      }
      lag[service] = behind;
    }
  } finally {
    await admin.disconnect();
  }
  return { unpublished, lag };
}

/**
 * Waits until the system is quiet: no outbox row waiting to be published, and the counts that
 * every handled event moves (inbox rows of every service, audit records, intake statuses)
 * unchanged over four polls in a row (6 s). Consumer groups' committed offsets are reported but
 * not waited on: after a broker restart a group may keep an offset commit behind although its
 * inbox shows the messages handled (kafkajs commits again only when new messages come), and a
 * restart would merely redeliver them to the inbox, which skips them.
 */
export async function waitQuiet(db: Databases, kafka: KafkaAccess, timeoutMs: number, log: (line: string) => void): Promise<{ quiet: boolean; last: string; lag: Record<string, number> }> {
  const deadline = Date.now() + timeoutMs;
  let previous = '';
  let stableFor = 0;
  let last = '';
  let lag: Record<string, number> = {};
  while (Date.now() < deadline) {
    try {
      const state = await backlog(db, kafka);
      lag = state.lag;
      const inbox: number[] = [];
      for (const service of SERVICE_NAMES) inbox.push(Number((await db.query<{ count: string }>(service, 'SELECT count(*) FROM inbox_event'))[0]?.count));
      const audit = Number((await db.query<{ count: string }>('supervision', 'SELECT count(*) FROM "AuditRecord"'))[0]?.count);
      const statuses = await db.query<{ status: string; count: string }>('intake', 'SELECT status, count(*) FROM "Declaration" GROUP BY status ORDER BY status');
      const fingerprint = JSON.stringify({ inbox, audit, statuses });
      const busy = Object.values(state.unpublished).some((n) => n > 0);
      last = `unpublished ${JSON.stringify(state.unpublished)} committed-offset lag ${JSON.stringify(state.lag)}`;
      stableFor = !busy && fingerprint === previous ? stableFor + 1 : 0;
      previous = fingerprint;
      if (stableFor >= 4) return { quiet: true, last, lag };
    } catch (error) {
      last = `not answering: ${(error as Error).message}`;
    }
    await sleep(1500);
  }
  log(`not quiet after ${timeoutMs} ms: ${last}`);
  return { quiet: false, last, lag };
}

export interface DeadLetter {
  topic: string;
  key: string | null;
  reason: string | undefined;
  originalTopic: string | undefined;
  group: string | undefined;
  attempts: string | undefined;
  type: string | undefined;
  explained: boolean;
  why: string;
}

/**
 * Every message on every `<topic>.dlt`, read from the start. "Explained" means: it carries the
 * dead-letter headers (`dlt-reason`, `dlt-original-topic`, `dlt-consumer-group`) and it is bad
 * input, i.e. its value is not a valid event of its original topic (or, on a feed topic, the reason
 * names the bad record). A valid platform event in a dead-letter topic is a good event some
 * consumer gave up on: unexplained, whatever the reason says, since this run sends no bad input
 * and every outage it causes is supposed to be ridden out.
 */
export async function readDeadLetters(kafka: KafkaAccess, since?: Date): Promise<DeadLetter[]> {
  const admin = createKafka({ clientId: 'zc-chaos-inspector', ...kafka }).admin();
  await admin.connect();
  const sizes = new Map<string, number>();
  try {
    const existing = new Set(await admin.listTopics());
    for (const topic of [...ALL_TOPICS, ...FEED_TOPICS].map(deadLetterTopicOf)) {
      if (!existing.has(topic)) continue;
      const offsets = await admin.fetchTopicOffsets(topic);
      sizes.set(topic, offsets.reduce((sum, p) => sum + (Number(p.high) - Number(p.low)), 0));
    }
  } finally {
    await admin.disconnect();
  }
  const letters: DeadLetter[] = [];
  for (const [topic, size] of sizes) {
    if (size === 0) continue;
    const messages: ReadMessage[] = await readTopicUntil(kafka, topic, (m) => m.length >= size, 60_000);
    for (const m of messages) {
      // Letters of earlier runs on a shared broker (the test suite's) are not this run's business, even
      // one without dead-letter headers (the ACL spec's control write): the broker's timestamp says when.
      if (since && m.timestamp < since.getTime()) continue;
      const originalTopic = m.headers['dlt-original-topic'];
      const reason = m.headers['dlt-reason'];
      const parsed = originalTopic && !FEED_TOPICS.includes(originalTopic) ? parseEvent(m.value, originalTopic) : undefined;
      let explained = false;
      let why: string;
      if (!reason || !originalTopic || !m.headers['dlt-consumer-group']) why = 'missing dead-letter headers';
      else if (parsed?.ok) why = `a valid ${parsed.event.type} dead-lettered by ${m.headers['dlt-consumer-group']}: ${reason}`;
      else {
        explained = true;
        why = `bad input: ${reason}`;
      }
      letters.push({
        topic, key: m.key, reason, originalTopic, group: m.headers['dlt-consumer-group'], attempts: m.headers['dlt-attempts'],
        type: parsed?.ok ? parsed.event.type : undefined, explained, why,
      });
    }
  }
  return letters;
}

/** Types that state a fact once per declaration (the outbox key): a second one is a duplicate fact. */
const ONCE_PER_DECLARATION = [
  'intake.declaration.submitted.v1',
  'intake.declaration.accepted.v1',
  'verification.declaration.concluded.v1',
  'committee.decision.recorded.v1',
  'publicity.window.opened.v1',
  'publicity.result.published.v1',
  'publicity.result.withheld.v1',
  'certificate.certificate.issued.v1',
];

export interface Report {
  byFinalState: Record<string, number>;
  cases: number;
  declarationsInIntake: number;
  certificates: number;
  dlt: { total: number; explained: number; unexplained: number };
  outboxEvents: number;
  auditRecords: number;
  breaches: string[];
}

export async function checkInvariants(db: Databases, kafka: KafkaAccess, cases: Case[], since?: Date): Promise<Report & { deadLetters: DeadLetter[] }> {
  const breaches: string[] = [];
  const declarations = await db.query<{ id: string; status: string; submittedBy: string; idNumber: string }>('intake', 'SELECT id, status, "submittedBy", "idNumber" FROM "Declaration"');
  const byId = new Map(declarations.map((d) => [d.id, d]));
  const byFinalState: Record<string, number> = {};
  for (const d of declarations) byFinalState[d.status] = (byFinalState[d.status] ?? 0) + 1;

  // Lost or duplicated declarations: one per planned case, none extra.
  const perPerson = new Map<string, number>();
  for (const d of declarations) perPerson.set(d.idNumber, (perPerson.get(d.idNumber) ?? 0) + 1);
  for (const [person, n] of perPerson) if (n > 1) breaches.push(`duplicate declarations: ${n} for identity number ${person}`);
  for (const c of cases) {
    if (!c.id) breaches.push(`case ${c.index}: never got a declaration (${c.error ?? 'no error recorded'})`);
    else if (!byId.has(c.id)) breaches.push(`case ${c.index}: declaration ${c.id} missing from intake`);
  }
  if (declarations.length !== cases.length) breaches.push(`intake holds ${declarations.length} declarations for ${cases.length} cases`);

  // Exactly one final state each, the one intended, entered once.
  const history = await db.query<{ declarationId: string; toStatus: string; n: string }>('intake', 'SELECT "declarationId", "toStatus", count(*) AS n FROM "DeclarationStatusChange" GROUP BY 1, 2');
  for (const h of history) {
    if (Number(h.n) > 1) breaches.push(`declaration ${h.declarationId} entered ${h.toStatus} ${h.n} times`);
  }
  for (const c of cases.filter((x) => x.id && byId.has(x.id))) {
    const d = byId.get(c.id as string);
    if (!d) continue;
    const finals = history.filter((h) => h.declarationId === d.id && FINAL_STATUSES.includes(h.toStatus));
    if (!FINAL_STATUSES.includes(d.status)) breaches.push(`stuck: declaration ${d.id} (case ${c.index}, ${c.intent}) is ${d.status}${c.error ? `; driver: ${c.error}` : ''}`);
    else if (d.status !== EXPECTED_FINAL[c.intent]) breaches.push(`wrong final state: declaration ${d.id} (case ${c.index}, ${c.intent}) is ${d.status}, expected ${EXPECTED_FINAL[c.intent]}`);
    if (finals.length > 1) breaches.push(`declaration ${d.id} went through ${finals.length} final states: ${finals.map((f) => f.toStatus).join(', ')}`);
  }

  // One certificate per pass, none for anything else.
  const certificates = await db.query<{ declarationId: string; n: string }>('certificate', 'SELECT "declarationId", count(*) AS n FROM "Certificate" GROUP BY 1');
  const certificateCount = new Map(certificates.map((r) => [r.declarationId, Number(r.n)]));
  for (const d of declarations) {
    const n = certificateCount.get(d.id) ?? 0;
    if (d.status === 'certificate-issued' && n !== 1) breaches.push(`declaration ${d.id} is certificate-issued with ${n} certificates`);
    if (d.status !== 'certificate-issued' && n !== 0) breaches.push(`declaration ${d.id} is ${d.status} but has ${n} certificates`);
  }
  for (const [id] of certificateCount) if (!byId.has(id)) breaches.push(`certificate for unknown declaration ${id}`);

  // Duplicate facts: the same once-per-declaration fact published under two event ids.
  let outboxEvents = 0;
  const published = new Map<string, string>();
  for (const service of SERVICE_NAMES) {
    const rows = await db.query<{ eventId: string; type: string; key: string; publishedAt: Date | null }>(service, 'SELECT "eventId", type, key, "publishedAt" FROM outbox_event');
    outboxEvents += rows.length;
    for (const row of rows) if (row.publishedAt) published.set(row.eventId, `${row.type} ${row.key}`);
    else breaches.push(`${service}: outbox event ${row.eventId} (${row.type}) never published`);
    const dup = await db.query<{ type: string; key: string; n: string }>(service, 'SELECT type, key, count(*) AS n FROM outbox_event WHERE type = ANY($1) GROUP BY 1, 2 HAVING count(*) > 1', [ONCE_PER_DECLARATION]);
    for (const d of dup) breaches.push(`${service}: ${d.type} published ${d.n} times for ${d.key}`);
    const checks = await db.query<{ key: string; check: string; n: string }>(service, `SELECT key, payload->'data'->>'check' AS check, count(*) AS n FROM outbox_event WHERE type = 'verification.check.completed.v1' GROUP BY 1, 2 HAVING count(*) > 1`);
    for (const d of checks) breaches.push(`${service}: check ${d.check} completed ${d.n} times for ${d.key}`);
    const moves = await db.query<{ key: string; to: string; n: string }>(service, `SELECT key, payload->'data'->>'to' AS to, count(*) AS n FROM outbox_event WHERE type = 'intake.declaration.status-changed.v1' GROUP BY 1, 2 HAVING count(*) > 1`);
    for (const d of moves) breaches.push(`${service}: status change to ${d.to} published ${d.n} times for ${d.key}`);
  }

  // Nothing lost on the way to supervision, nothing recorded twice: every published event is in
  // the audit chain exactly once (the event id is unique there), and nothing else is.
  const audit = await db.query<{ eventId: string }>('supervision', 'SELECT "eventId" FROM "AuditRecord"');
  const audited = new Set(audit.map((a) => a.eventId));
  const missing = [...published.entries()].filter(([id]) => !audited.has(id));
  const missingByType = new Map<string, number>();
  for (const [, what] of missing) missingByType.set(what.split(' ')[0] as string, (missingByType.get(what.split(' ')[0] as string) ?? 0) + 1);
  for (const [type, n] of missingByType) breaches.push(`${n} published ${type} events never reached supervision's audit log`);
  const strangers = audit.filter((a) => !published.has(a.eventId)).length;
  if (strangers > 0) breaches.push(`${strangers} audit records of events no outbox published`);

  const deadLetters = await readDeadLetters(kafka, since);
  for (const letter of deadLetters.filter((l) => !l.explained)) breaches.push(`unexplained dead letter on ${letter.topic} (key ${letter.key}): ${letter.why}`);

  return {
    byFinalState,
    cases: cases.length,
    declarationsInIntake: declarations.length,
    certificates: [...certificateCount.values()].reduce((a, b) => a + b, 0),
    dlt: { total: deadLetters.length, explained: deadLetters.filter((l) => l.explained).length, unexplained: deadLetters.filter((l) => !l.explained).length },
    outboxEvents,
    auditRecords: audit.length,
    breaches,
    deadLetters,
  };
}

/**
 * For every consumer group whose committed offset is behind the log end: the messages in that gap,
 * and whether the group's service has them in its inbox (handled; a restart would redeliver and
 * skip them) or not (then either an event type the service ignores, or one it never handled).
 */
export async function explainLag(db: Databases, kafka: KafkaAccess): Promise<{ group: string; topic: string; partition: number; eventId: string; type: string; inInbox: boolean }[]> {
  const admin = createKafka({ clientId: 'zc-chaos-inspector', ...kafka }).admin();
  await admin.connect();
  const gaps: { service: ServiceName; topic: string; partition: number; from: number; to: number; low: number }[] = [];
  try {
    const existing = new Set(await admin.listTopics());
    const topics = ALL_TOPICS.filter((t) => existing.has(t));
    const offsets = new Map<string, { partition: number; high: string; low: string }[]>();
    for (const topic of topics) offsets.set(topic, await admin.fetchTopicOffsets(topic));
    for (const service of SERVICE_NAMES) {
      for (const entry of await admin.fetchOffsets({ groupId: `zc-${service}`, topics })) {
        for (const p of entry.partitions) {
          const committed = Number(p.offset);
          const topicOffsets = offsets.get(entry.topic)?.find((o) => o.partition === p.partition);
          if (committed >= 0 && topicOffsets && Number(topicOffsets.high) > committed) {
            gaps.push({ service, topic: entry.topic, partition: p.partition, from: committed, to: Number(topicOffsets.high), low: Number(topicOffsets.low) });
          }
        }
      }
    }
  } finally {
    await admin.disconnect();
  }
  const out: { group: string; topic: string; partition: number; eventId: string; type: string; inInbox: boolean }[] = [];
  const read = new Map<string, ReadMessage[]>();
  for (const gap of gaps) {
    if (!read.has(gap.topic)) {
      const admin2 = createKafka({ clientId: 'zc-chaos-inspector', ...kafka }).admin();
      await admin2.connect();
      const size = (await admin2.fetchTopicOffsets(gap.topic)).reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
      await admin2.disconnect();
      read.set(gap.topic, await readTopicUntil(kafka, gap.topic, (m) => m.length >= size, 60_000));
    }
    const inPartition = (read.get(gap.topic) ?? []).filter((m) => m.partition === gap.partition);
    for (let offset = gap.from; offset < gap.to; offset += 1) {
      const message = inPartition[offset - gap.low];
      const parsed = message ? parseEvent(message.value, gap.topic) : undefined;
      if (!parsed?.ok) continue;
      const [row] = await db.query<{ n: string }>(gap.service, 'SELECT count(*) AS n FROM inbox_event WHERE "eventId" = $1::uuid', [parsed.event.id]);
      out.push({ group: `zc-${gap.service}`, topic: gap.topic, partition: gap.partition, eventId: parsed.event.id, type: parsed.event.type, inInbox: Number(row?.n) > 0 });
    }
  }
  return out;
}

/**
 * Is verification still taking the agencies' record streams? The driver pushes feeds over HTTP,
 * so the stream consumer (its own group, `zc-verification.feeds`, not among the readiness probes)
 * is otherwise never exercised: put one valid degree record of a person nobody declared on
 * `feeds.degree.v1` and wait for it in verification's database.
 */
export async function probeFeedStream(db: Databases, kafka: KafkaAccess, record: { idNumber: string } & Record<string, string>, timeoutMs = 30_000): Promise<{ ingested: boolean; ms: number }> {
  const started = Date.now();
  await produceRaw(kafka, FeedTopics.degree, [{ key: record.idNumber, value: JSON.stringify(record) }]);
  while (Date.now() - started < timeoutMs) {
    const rows = await db.query<{ n: string }>('verification', 'SELECT count(*) AS n FROM "DegreeRecord" WHERE "idNumber" = $1', [record.idNumber]).catch(() => [{ n: '0' }]);
    if (Number(rows[0]?.n) > 0) return { ingested: true, ms: Date.now() - started };
    await sleep(500);
  }
  return { ingested: false, ms: Date.now() - started };
}

/**
 * Consumers that kafkajs gave up on (`restart=false`) and that did not come back: GroupConsumer
 * rejoins its group after such a crash and logs it, and a restarted process starts new consumers.
 * Walks each service log since `offsets` in order, per consumer (the log line's context).
 */
export function consumersLeftDead(offsets: Map<string, number>, logDir: string): string[] {
  const dead: string[] = [];
  for (const [file, text] of logsOfThisRun(offsets, logDir)) {
    const crashed = new Map<string, string>();
    for (const line of text.split('\n')) {
      const context = /"context":"([^"]+)"/.exec(line)?.[1] ?? '';
      if (/consumer crashed: .*restart=false/.test(line)) crashed.set(context, line.slice(0, 300));
      else if (line.includes('rejoined the consumer group after a crash')) crashed.delete(context);
      else if (/ listening on /.test(line)) crashed.clear();
    }
    for (const line of crashed.values()) dead.push(`${file}: ${line}`);
  }
  return dead;
}

/**
 * Every stall the services' consumer watchdogs reported in this run: a partition with messages
 * waiting and no progress for the stall timeout (60 s, far longer than any outage the monkey
 * causes), whether or not the watchdog's new member then healed it.
 */
export function consumersStalled(offsets: Map<string, number>, logDir: string): string[] {
  const stalls: string[] = [];
  for (const [file, text] of logsOfThisRun(offsets, logDir)) {
    for (const line of text.split('\n')) {
      const stall = /"msg":"(consumer group \S+ stalled: [^"]*)"/.exec(line)?.[1];
      if (stall) stalls.push(`${file}: ${stall}`);
    }
  }
  return stalls;
}

/** Each service log's text written since the run started (`offsets`: the sizes then). */
function logsOfThisRun(offsets: Map<string, number>, logDir: string): [string, string][] {
  return readdirSync(logDir)
    .filter((f) => f.endsWith('.log'))
    .map((file) => [file, readFileSync(path.join(logDir, file)).subarray(offsets.get(file) ?? 0).toString('utf8')]);
}

export function logSizes(logDir: string): Map<string, number> {
  const sizes = new Map<string, number>();
  try {
    for (const file of readdirSync(logDir).filter((f) => f.endsWith('.log'))) sizes.set(file, statSync(path.join(logDir, file)).size);
  } catch {
    // no logs yet
  }
  return sizes;
}
