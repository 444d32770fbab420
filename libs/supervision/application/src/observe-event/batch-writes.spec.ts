import { randomUUID } from 'node:crypto';
import { createEvent, DeclarationSubmitted, ReportingOverdue } from '@zc/contracts';
import type { SupervisionPrisma } from '@zc/supervision/data-access';
import { BatchWrites } from './batch-writes';

function fakeTx() {
  const calls: string[] = [];
  const tx = {
    timelineEntry: { createMany: jest.fn(async ({ data }: { data: { eventId: string }[] }) => void calls.push(`timeline ${data.map((d) => d.eventId).join(',')}`)) },
    ruleEvaluation: { createMany: jest.fn(async ({ data }: { data: { ruleId: string }[] }) => void calls.push(`evaluations ${data.map((d) => d.ruleId).join(',')}`)) },
    $executeRawUnsafe: jest.fn(async (_sql: string, ids: string[]) => void calls.push(`cases ${ids.join(',')}`)),
  };
  return { tx: tx as unknown as SupervisionPrisma, calls, timeline: tx.timelineEntry.createMany };
}

const origin = { source: 'test', correlationId: 'c' };
function submitted(declarationId: string) {
  return createEvent(DeclarationSubmitted, declarationId, { declarationId, applicantName: '王芳', idNumber: '11010519491231002X', employerCreditCode: '91120000MA05J1234X', series: 'engineering', level: 'senior', region: 'tianjin', planId: 'p', planVersion: 1 }, origin);
}

describe('a batch’s held writes', () => {
  it('are made only when something is about to read, in one statement each, timeline rows in the order read, cases in id order (lock order)', async () => {
    const { tx, calls, timeline } = fakeTx();
    const writes = new BatchWrites(tx);
    const [later, earlier] = ['bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'];
    const [a, b] = [submitted(later), submitted(earlier)];
    const declarationId = randomUUID();
    const overdue = createEvent(ReportingOverdue, declarationId, { kind: 'report', committee: 'c', declarationId, dueAt: '2023-12-01T00:00:00+08:00' }, origin);
    writes.add(a, 'intake.declaration.v1');
    writes.add(b, 'intake.declaration.v1');
    expect(calls).toEqual([]);

    await writes.beforeRead();
    expect(calls).toEqual([`timeline ${a.id},${b.id}`, `cases ${earlier},${later}`]);
    const [[{ data }]] = timeline.mock.calls as unknown as [[{ data: { receivedAt: Date }[] }]];
    expect(data[1].receivedAt.getTime()).toBeGreaterThan(data[0].receivedAt.getTime()); // kept in the order read

    await writes.beforeRead(); // nothing held: nothing written
    writes.add(overdue, 'publicity.reporting.v1');
    await writes.log({ ruleId: 'R-PB-4', subject: declarationId, triggerEventId: overdue.id, outcome: 'silent' });
    expect(calls).toHaveLength(2);
    await writes.finish();
    expect(calls.slice(2)).toEqual([`timeline ${overdue.id}`, 'evaluations R-PB-4']);
  });
});
