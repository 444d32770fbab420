import { randomUUID } from 'node:crypto';
import { createEvent, DeclarationAccepted, DeclarationSubmitted, ObjectionFiled, ReportingOverdue, type Envelope } from '@zc/contracts';
import type { SupervisionPrisma } from '@zc/supervision/data-access';
import { BatchWrites } from './batch-writes';

/** A transaction that records every statement; `stored` is what the database held before the batch. */
function fakeTx(stored: { cases?: Record<string, unknown>[]; timeline?: Record<string, unknown>[] } = {}) {
  const calls: string[] = [];
  const tx = {
    case: {
      findMany: jest.fn(async ({ where }: { where: { id: { in: string[] } } }) => {
        calls.push(`read cases ${where.id.in.length}`);
        return (stored.cases ?? []).filter((c) => where.id.in.includes(c['id'] as string));
      }),
      findUnique: jest.fn(async ({ where }: { where: { id: string } }) => {
        calls.push(`read case ${where.id}`);
        return (stored.cases ?? []).find((c) => c['id'] === where.id) ?? null;
      }),
    },
    timelineEntry: {
      findMany: jest.fn(async ({ where }: { where: { caseKeys: { has: string }; type: string } }) => {
        calls.push(`read timeline ${where.type}`);
        return (stored.timeline ?? []).filter((t) => t['type'] === where.type && (t['caseKeys'] as string[]).includes(where.caseKeys.has));
      }),
      createMany: jest.fn(async ({ data }: { data: { eventId: string }[] }) => void calls.push(`timeline ${data.map((d) => d.eventId).join(',')}`)),
    },
    ruleEvaluation: { createMany: jest.fn(async ({ data }: { data: { ruleId: string }[] }) => void calls.push(`evaluations ${data.map((d) => d.ruleId).join(',')}`)) },
    $executeRawUnsafe: jest.fn(async (_sql: string, ids: string[]) => void calls.push(`cases ${ids.join(',')}`)),
  };
  return { tx: tx as unknown as SupervisionPrisma, calls, timeline: tx.timelineEntry.createMany };
}

const origin = { source: 'test', correlationId: 'c' };
const facts = { applicantName: '王芳', idNumber: '11010519491231002X', employerCreditCode: '91120000MA05J1234X', series: 'engineering', level: 'senior', region: 'tianjin', planId: 'p', planVersion: 1 };
const submitted = (declarationId: string) => createEvent(DeclarationSubmitted, declarationId, { declarationId, ...facts }, origin);
/** An envelope with just the data these reads use (not a full, valid event). */
const envelope = (type: string, subject: string, data: Record<string, unknown>, time = new Date().toISOString()): Envelope => ({ id: randomUUID(), type, source: 'test', subject, time, correlationId: 'c', causationId: null, data });
const accepted = (declarationId: string, committee: string) => envelope(DeclarationAccepted.type, declarationId, { declarationId, ...facts, committee });
const objection = (declarationId: string, time: string) => envelope(ObjectionFiled.type, declarationId, { declarationId }, time);

describe('a batch’s held writes', () => {
  it('are made at the end, one statement each: timeline rows in the order read, cases in id order (lock order), then evaluations', async () => {
    const { tx, calls, timeline } = fakeTx();
    const writes = new BatchWrites(tx);
    const [later, earlier] = ['bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'];
    const [a, b] = [submitted(later), submitted(earlier)];
    const declarationId = randomUUID();
    const overdue = createEvent(ReportingOverdue, declarationId, { kind: 'report', committee: 'c', declarationId, dueAt: '2023-12-01T00:00:00+08:00' }, origin);
    await writes.prefetch([a, b, overdue]);
    writes.add(a, 'intake.declaration.v1');
    writes.add(b, 'intake.declaration.v1');
    writes.add(overdue, 'publicity.reporting.v1');
    await writes.log({ ruleId: 'R-PB-4', subject: declarationId, triggerEventId: overdue.id, outcome: 'silent' });
    expect(calls).toEqual(['read cases 4']); // the three declarations and the committee

    await writes.finish();
    expect(calls.slice(1)).toEqual([`timeline ${a.id},${b.id},${overdue.id}`, `cases ${earlier},${later}`, 'evaluations R-PB-4']);
    const [[{ data }]] = timeline.mock.calls as unknown as [[{ data: { receivedAt: Date }[] }]];
    expect(data[1].receivedAt.getTime()).toBeGreaterThan(data[0].receivedAt.getTime()); // kept in the order read
  });

  it('answer a case as of the event in hand: stored facts, then what the batch holds so far (R-SV-2)', async () => {
    const known = randomUUID();
    const stored = { id: known, kind: 'declaration', region: 'tianjin', committee: null, series: 'engineering', level: 'senior', employerCreditCode: 'E', idNumber: 'X', planId: 'p', planVersion: 1 };
    const { tx, calls } = fakeTx({ cases: [stored] });
    const writes = new BatchWrites(tx);
    const fresh = randomUUID();
    const events = [accepted(known, 'committee-1'), submitted(fresh)];
    await writes.prefetch(events);

    expect(await writes.context.caseOf(known)).toMatchObject({ committee: null });
    writes.add(events[0] as Envelope, 'intake.declaration.v1');
    expect(await writes.context.caseOf(known)).toMatchObject({ kind: 'declaration', committee: 'committee-1', region: 'tianjin', idNumber: facts.idNumber });
    expect(await writes.context.caseOf(fresh)).toBeNull();
    writes.add(events[1] as Envelope, 'intake.declaration.v1');
    expect(await writes.context.caseOf(fresh)).toMatchObject({ id: fresh, kind: 'declaration', committee: null, planVersion: 1 });
    expect(calls).toEqual(['read cases 3']); // one read for the whole batch (the committee too)

    await writes.context.caseOf('committee-9');
    await writes.context.caseOf('committee-9');
    expect(calls).toEqual(['read cases 3', 'read case committee-9']); // a case the events do not name: read once
  });

  it('answer a timeline with the stored events and the held ones, by occurrence, reading the store once per case and type', async () => {
    const declarationId = randomUUID();
    const [first, third] = [objection(declarationId, '2023-11-01T10:00:00+08:00'), objection(declarationId, '2023-11-03T10:00:00+08:00')];
    const second = objection(declarationId, '2023-11-02T10:00:00+08:00');
    const row = { eventId: first.id, type: first.type, source: first.source, subject: first.subject, occurredAt: new Date(first.time), receivedAt: new Date(0), correlationId: 'c', causationId: null, data: first.data, caseKeys: [declarationId] };
    const { tx, calls } = fakeTx({ timeline: [row] });
    const writes = new BatchWrites(tx);
    writes.add(third, 'publicity.window.v1');
    expect((await writes.context.eventsOf(declarationId, ObjectionFiled.type)).map((e) => e.id)).toEqual([first.id, third.id]);
    writes.add(second, 'publicity.window.v1');
    expect((await writes.context.eventsOf(declarationId, ObjectionFiled.type)).map((e) => e.id)).toEqual([first.id, second.id, third.id]);
    expect(await writes.context.eventsOf(randomUUID(), ObjectionFiled.type)).toEqual([]);
    expect(calls).toEqual([`read timeline ${ObjectionFiled.type}`, `read timeline ${ObjectionFiled.type}`]);
  });
});
