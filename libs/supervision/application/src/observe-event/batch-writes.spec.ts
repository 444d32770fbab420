import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { createEvent, DeclarationAccepted, DeclarationSubmitted, ObjectionFiled, ReportingOverdue, type Envelope } from '@zc/contracts';
import { inRawTransaction, pgConfigFromUrl, type RawSql } from '@zc/database';
import { chainHash, canonicalEventText, GENESIS_HASH } from '@zc/supervision/domain';
import { scratchDatabase } from '@zc/testing';
import { mergeCaseFacts } from './project-cases';
import { BatchWrites } from './batch-writes';
import { WRITE_BATCH } from './write-batch.sql';

/** Against real PostgreSQL, in a scratch database migrated as supervision's is. */
const database = scratchDatabase('batch_writes', path.resolve(__dirname, '..', '..', '..', 'data-access', 'prisma', 'migrations'));
let pool: Pool;

beforeAll(async () => {
  await database.create();
  pool = new Pool({ ...pgConfigFromUrl(database.url), max: 2 });
}, 20_000);

afterAll(async () => {
  await pool?.end();
  await database.drop();
}, 20_000);

/** What each statement did, by its first words: the batch's cost is its statements. */
function recorded(tx: RawSql, calls: string[]): RawSql {
  const name = (sql: string) =>
    sql === WRITE_BATCH ? 'write batch' : /FROM "Case" WHERE id = ANY/.test(sql) ? 'read cases' : /"caseKeys" &&/.test(sql) ? 'read timelines' : /FROM "TimelineEntry"/.test(sql) ? 'read timeline' : /advisory/.test(sql) ? 'lock' : /"AuditRecord"/.test(sql) ? 'read heads' : sql.slice(0, 30);
  return {
    $executeRawUnsafe: (sql, ...values) => (calls.push(name(sql)), tx.$executeRawUnsafe(sql, ...values)),
    $queryRawUnsafe: (sql, ...values) => (calls.push(name(sql)), tx.$queryRawUnsafe(sql, ...values)),
  };
}

/** Runs `work` in a transaction, recording its statements, and commits it. */
async function inBatch<T>(work: (writes: BatchWrites, calls: string[]) => Promise<T>): Promise<{ result: T; calls: string[] }> {
  const calls: string[] = [];
  const result = await inRawTransaction(pool, (tx) => work(new BatchWrites(recorded(tx, calls)), calls));
  return { result, calls };
}

const origin = { source: 'test', correlationId: 'c' };
const facts = { applicantName: '王芳', idNumber: '11010519491231002X', employerCreditCode: '91120000MA05J1234X', series: 'engineering', level: 'senior', region: 'tianjin', planId: 'p', planVersion: 1 };
const submitted = (declarationId: string) => createEvent(DeclarationSubmitted, declarationId, { declarationId, ...facts }, origin);
/** An envelope with just the data these reads use (not a full, valid event). */
const envelope = (type: string, subject: string, data: Record<string, unknown>, time = new Date().toISOString()): Envelope => ({ id: randomUUID(), type, source: 'test', subject, time, correlationId: 'c', causationId: null, data });
const accepted = (declarationId: string, committee: string) => envelope(DeclarationAccepted.type, declarationId, { declarationId, ...facts, committee });
const objection = (declarationId: string, time: string) => envelope(ObjectionFiled.type, declarationId, { declarationId }, time);
const caseRows = (ids: string[]) => pool.query(`SELECT id, kind, region, committee, series, level, "employerCreditCode", "idNumber", "planId", "planVersion", "updatedAt" FROM "Case" WHERE id = ANY($1) ORDER BY id`, [ids]);

describe('case facts', () => {
  it('merge: later known facts win, missing ones are kept, the first kind stays', () => {
    const merged = mergeCaseFacts({ id: 'd1', kind: 'declaration', region: 'tianjin', series: 'engineering' }, { id: 'd1', kind: 'committee', region: null, committee: 'c1', series: 'health' });
    expect(merged).toEqual({ id: 'd1', kind: 'declaration', region: 'tianjin', committee: 'c1', series: 'health' });
    expect(mergeCaseFacts(undefined, { id: 'c1', kind: 'committee', region: 'beijing', level: undefined })).toEqual({ id: 'c1', kind: 'committee', region: 'beijing' });
  });

  it('are upserted many in one statement: new ones created, known ones take the facts given and keep the rest', async () => {
    const [d1, c1, d2] = ['x-d1', 'x-c1', 'x-d2'];
    const upsert = (cases: Record<string, unknown>[]) => inRawTransaction(pool, (tx) => tx.$executeRawUnsafe(WRITE_BATCH, '[]', JSON.stringify(cases), '[]', '[]', '[]', '[]'));
    await upsert([{ id: c1, kind: 'committee', region: 'tianjin', committee: c1 }, { id: d1, kind: 'declaration', region: 'tianjin', series: 'engineering', planId: 'p', planVersion: 2 }]);
    await upsert([{ id: d1, kind: 'declaration', committee: c1, level: 'senior', region: null }, { id: d2, kind: 'declaration', idNumber: '11010519491231002X' }]);
    const { rows } = await caseRows([d1, c1, d2]);
    expect(rows.map(({ updatedAt: _, ...row }) => row)).toEqual([
      { id: c1, kind: 'committee', region: 'tianjin', committee: c1, series: null, level: null, employerCreditCode: null, idNumber: null, planId: null, planVersion: null },
      { id: d1, kind: 'declaration', region: 'tianjin', committee: c1, series: 'engineering', level: 'senior', employerCreditCode: null, idNumber: null, planId: 'p', planVersion: 2 },
      { id: d2, kind: 'declaration', region: null, committee: null, series: null, level: null, employerCreditCode: null, idNumber: '11010519491231002X', planId: null, planVersion: null },
    ]);
  }, 20_000);
});

describe('a batch’s held writes', () => {
  it('are made at the end in one statement after the chain’s lock: timeline rows in the order read, cases, evaluations and the chain’s rows (R-SV-4)', async () => {
    const [later, earlier] = [randomUUID(), randomUUID()];
    const [a, b] = [submitted(later), submitted(earlier)];
    const declarationId = randomUUID();
    const overdue = createEvent(ReportingOverdue, declarationId, { kind: 'report', committee: 'c', declarationId, dueAt: '2023-12-01T00:00:00+08:00' }, origin);
    const observed = [
      { event: a, topic: 'intake.declaration.v1' },
      { event: b, topic: 'intake.declaration.v1' },
      { event: overdue, topic: 'publicity.reporting.v1' },
    ];
    const { calls } = await inBatch(async (writes, calls) => {
      await writes.prefetch([a, b, overdue]);
      for (const { event, topic } of observed) writes.add(event, topic);
      await writes.log({ ruleId: 'R-PB-4', subject: declarationId, triggerEventId: overdue.id, outcome: 'silent' });
      expect(calls).toEqual(['read cases']); // the three declarations and the committee, at once
      await writes.finish(observed);
      return calls;
    });
    expect(calls).toEqual(['read cases', 'lock', 'read heads', 'write batch']);

    const timeline = await pool.query(`SELECT "eventId", "receivedAt" FROM "TimelineEntry" WHERE "eventId" = ANY($1) ORDER BY "receivedAt"`, [[a.id, b.id, overdue.id]]);
    expect(timeline.rows.map((row) => row.eventId)).toEqual([a.id, b.id, overdue.id]); // kept in the order read
    expect((await caseRows([earlier, later])).rows.map((row) => [row.id, row.idNumber])).toEqual([earlier, later].sort().map((id) => [id, facts.idNumber]));
    expect((await pool.query(`SELECT outcome FROM "RuleEvaluation" WHERE "triggerEventId" = $1`, [overdue.id])).rows).toEqual([{ outcome: 'silent' }]);
    const chain = (await pool.query(`SELECT seq::int, "eventId", event, "previousHash", hash FROM "AuditRecord" ORDER BY seq`)).rows;
    expect(chain.map((row) => row.eventId)).toEqual([a.id, b.id, overdue.id]);
    chain.forEach((row, i) => {
      expect(row.previousHash).toBe(i === 0 ? GENESIS_HASH : chain[i - 1].hash);
      expect(row.hash).toBe(chainHash(row.previousHash, BigInt(row.seq), canonicalEventText(observed[i]?.event as Envelope)));
    });
  }, 20_000);

  it('answer a case as of the event in hand: stored facts, then what the batch holds so far (R-SV-2)', async () => {
    const known = randomUUID();
    await inRawTransaction(pool, (tx) => tx.$executeRawUnsafe(WRITE_BATCH, '[]', JSON.stringify([{ id: known, kind: 'declaration', region: 'tianjin', series: 'engineering', level: 'senior', employerCreditCode: 'E', idNumber: 'X', planId: 'p', planVersion: 1 }]), '[]', '[]', '[]', '[]'));
    const fresh = randomUUID();
    const events = [accepted(known, 'committee-1'), submitted(fresh)];
    await inBatch(async (writes, calls) => {
      await writes.prefetch(events);
      expect(await writes.context.caseOf(known)).toMatchObject({ committee: null });
      writes.add(events[0] as Envelope, 'intake.declaration.v1');
      expect(await writes.context.caseOf(known)).toMatchObject({ kind: 'declaration', committee: 'committee-1', region: 'tianjin', idNumber: facts.idNumber });
      expect(await writes.context.caseOf(fresh)).toBeNull();
      writes.add(events[1] as Envelope, 'intake.declaration.v1');
      expect(await writes.context.caseOf(fresh)).toMatchObject({ id: fresh, kind: 'declaration', committee: null, planVersion: 1 });
      expect(calls).toEqual(['read cases']); // one read for the whole batch (the committee too)

      await writes.context.caseOf('committee-9');
      await writes.context.caseOf('committee-9');
      expect(calls).toEqual(['read cases', 'read cases']); // a case the events do not name: read once
    });
  }, 20_000);

  it('answer a timeline with the stored events and the held ones, by occurrence, reading the store once per case and type', async () => {
    const declarationId = randomUUID();
    const [first, third] = [objection(declarationId, '2023-11-01T10:00:00+08:00'), objection(declarationId, '2023-11-03T10:00:00+08:00')];
    const second = objection(declarationId, '2023-11-02T10:00:00+08:00');
    await inBatch(async (writes) => {
      writes.add(first, 'publicity.window.v1');
      await writes.finish([]);
    });
    await inBatch(async (writes, calls) => {
      writes.add(third, 'publicity.window.v1');
      expect((await writes.context.eventsOf(declarationId, ObjectionFiled.type)).map((e) => e.id)).toEqual([first.id, third.id]);
      writes.add(second, 'publicity.window.v1');
      expect((await writes.context.eventsOf(declarationId, ObjectionFiled.type)).map((e) => e.id)).toEqual([first.id, second.id, third.id]);
      expect(await writes.context.eventsOf(randomUUID(), ObjectionFiled.type)).toEqual([]);
      expect(calls).toEqual(['read timeline', 'read timeline']);
    });
  }, 20_000);

  it('answer the timelines rules declare from one read made with the cases, before the batch’s own events', async () => {
    const [one, two] = [randomUUID(), randomUUID()];
    const stored = [objection(one, '2023-11-01T10:00:00+08:00'), objection(two, '2023-11-02T10:00:00+08:00')];
    await inBatch(async (writes) => {
      for (const event of stored) writes.add(event, 'publicity.window.v1');
      await writes.finish([]);
    });
    const held = objection(one, '2023-11-03T10:00:00+08:00');
    await inBatch(async (writes, calls) => {
      await writes.prefetch([held], [one, two].flatMap((caseKey) => [ObjectionFiled.type, DeclarationAccepted.type].map((type) => ({ caseKey, type }))));
      writes.add(held, 'publicity.window.v1');
      expect((await writes.context.eventsOf(one, ObjectionFiled.type)).map((e) => e.id)).toEqual([stored[0]?.id, held.id]);
      expect((await writes.context.eventsOf(two, ObjectionFiled.type)).map((e) => e.id)).toEqual([stored[1]?.id]);
      expect(await writes.context.eventsOf(two, DeclarationAccepted.type)).toEqual([]);
      expect(calls).toEqual(['read cases', 'read timelines']);
    });
  }, 20_000);
});
