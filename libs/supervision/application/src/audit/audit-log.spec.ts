import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Client } from 'pg';
import type { Envelope } from '@zc/contracts';
import { createPrismaAdapter, pgConfigFromUrl } from '@zc/database';
import { PrismaClient } from '@zc/supervision/data-access';
import { canonicalEventText } from '@zc/supervision/domain';
import { scratchDatabase } from '@zc/testing';
import { AuditLog, verifyAuditLog } from './audit-log';

/**
 * Against real PostgreSQL (the local one npm test starts before the unit tests), in a scratch
 * database of this file's own migrated as supervision's is, so no broker, service or shared test
 * database is involved.
 */
const ROOT = path.resolve(__dirname, '..', '..', '..', '..', '..');
const database = scratchDatabase('audit', path.join(ROOT, 'libs', 'supervision', 'data-access', 'prisma', 'migrations'));
const DATABASE_URL = database.url;
const TOPIC = 'intake.declaration.v1';

function submitted(applicant: string): Envelope {
  // Keys deliberately out of order: the log must store them sorted.
  return {
    type: 'intake.declaration.submitted.v1',
    id: randomUUID(),
    subject: randomUUID(),
    source: 'intake',
    time: new Date().toISOString(),
    correlationId: randomUUID(),
    causationId: null,
    data: { series: 'engineering', applicant: { name: applicant, idNumber: '11010519491231002X' } },
  };
}

function verifyWithCli(): Promise<{ code: number; verdict: unknown }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['-r', '@swc-node/register', 'tools/supervision/verify-audit.ts', '--database-url', DATABASE_URL, '--page-size', '5'],
      { cwd: ROOT, timeout: 20_000 },
      (error, stdout, stderr) => {
        const code = error ? error.code : 0;
        if (typeof code !== 'number' || code === 2) return reject(new Error(`verify-audit failed (${code}): ${stderr}`));
        resolve({ code, verdict: JSON.parse(stdout) });
      },
    );
  });
}

describe('audit log on PostgreSQL (R-SV-4)', () => {
  const auditLog = new AuditLog();
  let first: PrismaClient;
  let second: PrismaClient;
  let sql: Client;

  beforeAll(async () => {
    await database.create();
    sql = new Client(pgConfigFromUrl(DATABASE_URL));
    await sql.connect();
    first = new PrismaClient({ adapter: createPrismaAdapter(DATABASE_URL, { max: 4 }) });
    second = new PrismaClient({ adapter: createPrismaAdapter(DATABASE_URL, { max: 4 }) });
  }, 20_000);

  afterAll(async () => {
    await Promise.all([first?.$disconnect(), second?.$disconnect(), sql?.end()]);
    await database.drop();
  }, 20_000);

  const append = (client: PrismaClient, event: Envelope) =>
    client.$transaction((tx) => auditLog.append(tx, event, TOPIC), { maxWait: 10_000, timeout: 10_000 });

  it('chains events appended one by one and from two clients at once, with no gap or fork', async () => {
    const sequential = ['Wang Fang', 'Li Na', 'Zhang Wei'].map(submitted);
    for (const event of sequential) await append(first, event);
    const concurrent = Array.from({ length: 40 }, (_, n) => submitted(`applicant ${n}`));
    await Promise.all(concurrent.map((event, n) => append(n % 2 ? first : second, event)));

    const { rows } = await sql.query<{ seq: string; eventId: string; event: string }>(`SELECT seq, "eventId", event FROM "AuditRecord" ORDER BY seq`);
    expect(rows.map((row) => Number(row.seq))).toEqual(Array.from({ length: 43 }, (_, n) => n + 1));
    expect(new Set(rows.map((row) => row.eventId))).toEqual(new Set([...sequential, ...concurrent].map((event) => event.id)));
    expect(rows[0].event).toBe(canonicalEventText(sequential[0]));
    expect(JSON.parse(rows[0].event)).toEqual(sequential[0]);

    const verdict = await verifyAuditLog(first, 5);
    expect(verdict).toEqual({ ok: true, checked: 43, head: { seq: '43', hash: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    // The tool also reports the latest anchor (none: this scratch database was never anchored).
    expect(await verifyWithCli()).toEqual({ code: 0, verdict: { ...verdict, anchored: null } });
  }, 20_000);

  it('appends a batch as consecutive seqs in the order given, beside single appends, still one chain', async () => {
    const before = Number((await sql.query<{ n: string }>(`SELECT count(*) AS n FROM "AuditRecord"`)).rows[0].n);
    const batches = Array.from({ length: 6 }, (_, b) => Array.from({ length: 5 }, (_, n) => submitted(`batch ${b} applicant ${n}`)));
    const singles = Array.from({ length: 6 }, (_, n) => submitted(`single ${n}`));
    await Promise.all([
      ...batches.map((batch, b) =>
        (b % 2 ? first : second).$transaction((tx) => auditLog.appendAll(tx, batch.map((event) => ({ event, topic: TOPIC }))), { maxWait: 10_000, timeout: 10_000 }),
      ),
      ...singles.map((event, n) => append(n % 2 ? second : first, event)),
    ]);

    const { rows } = await sql.query<{ seq: string; eventId: string }>(`SELECT seq, "eventId" FROM "AuditRecord" WHERE seq > $1 ORDER BY seq`, [before]);
    expect(rows.map((row) => Number(row.seq))).toEqual(Array.from({ length: 36 }, (_, n) => before + n + 1));
    const position = new Map(rows.map((row, n) => [row.eventId, n]));
    for (const batch of batches) {
      const at = batch.map((event) => position.get(event.id) as number);
      expect(at).toEqual(at.map((_, n) => at[0] + n)); // contiguous, in the batch's order
    }
    expect(await verifyAuditLog(first, 7)).toEqual({ ok: true, checked: before + 36, head: expect.anything() });
  }, 20_000);

  it('names the record whose event text was edited, both in the service and from the command line', async () => {
    const { rows } = await sql.query<{ eventId: string }>(
      `UPDATE "AuditRecord" SET event = replace(event, 'Li Na', 'Li Ning') WHERE seq = 2 RETURNING "eventId"`,
    );
    expect(rows).toHaveLength(1);
    const firstBroken = { seq: '2', eventId: rows[0].eventId, reason: expect.stringContaining('hash does not match') };

    expect(await verifyAuditLog(second, 5)).toEqual({ ok: false, checked: 1, firstBroken });
    expect(await verifyWithCli()).toEqual({ code: 1, verdict: { ok: false, checked: 1, firstBroken } });
  }, 20_000);
});
