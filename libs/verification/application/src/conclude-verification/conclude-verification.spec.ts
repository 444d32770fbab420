import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { createEvent, DeclarationAccepted, FeedBatchReceived, VerificationConcluded, type EventOf } from '@zc/contracts';
import { createPrismaAdapter } from '@zc/database';
import { EventTransactions } from '@zc/messaging';
import { Clock, type ServiceConfig } from '@zc/platform';
import { scratchDatabase } from '@zc/testing';
import { PrismaClient, type VerificationPrisma } from '@zc/verification/data-access';
import { CheckRunner } from '../checks/check-runner';
import type { PendingCheckScheduler } from '../checks/pending-check.scheduler';
import { RerunPendingChecksCommand } from '../feed-batches/rerun-pending-checks.command';
import { VerifyDeclarationCommand } from '../verify-declaration/verify-declaration.command';
import { ConcludeSettledDeclarationsCommand } from './conclude-settled-declarations.command';

/**
 * The one verdict per declaration, on real PostgreSQL (a scratch database migrated like the
 * service's): the application's own commands, driven concurrently, with no broker and no Redis.
 */
const database = scratchDatabase('verification_verdicts', path.resolve(__dirname, '..', '..', '..', 'data-access', 'prisma', 'migrations'));
const PLAN = { planId: 'verdict-race-2023', version: 1 };
const EMPLOYER = '91120000MA05J1234X';
const RULES = {
  pendingTimeoutSeconds: 86_400,
  socialSecurity: { minimumMonths: 1, window: { from: '2022-09', to: '2023-08' } },
  continuingEducation: { hoursPerYear: 90, years: [2022], spotCheckRate: 0.1 },
  degree: { minimumYearsSinceGraduation: { intermediate: { bachelor: 5 } } },
};

let prisma: PrismaClient;
let transactions: EventTransactions<VerificationPrisma>;
const clock = new Clock({ testClock: true } as ServiceConfig);
const notScheduled = { track: async () => undefined } as unknown as PendingCheckScheduler;

beforeAll(async () => {
  await database.create();
  prisma = new PrismaClient({ adapter: createPrismaAdapter(database.url, { max: 6 }) });
  // As the service's messaging module runs them (the outbox relay is not needed to count events).
  transactions = new EventTransactions<VerificationPrisma>((work) => prisma.$transaction((tx) => work(tx as unknown as VerificationPrisma), { maxWait: 10_000, timeout: 20_000 }), { kick: () => undefined });
  await prisma.verificationPlan.create({ data: { ...PLAN, year: 2023, qualificationCutoff: '2022-12-31', rules: RULES } });
}, 60_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await database.drop();
}, 30_000);

/** An accepted declaration whose continuing education passes on the promise; the other two wait for data. */
async function acceptedDeclaration(runner: CheckRunner): Promise<{ declarationId: string; idNumber: string }> {
  const declarationId = randomUUID();
  const idNumber = `1201011990${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const accepted = createEvent(
    DeclarationAccepted,
    declarationId,
    {
      declarationId,
      applicantName: '王芳',
      idNumber,
      employerCreditCode: EMPLOYER,
      series: 'engineering',
      level: 'intermediate',
      region: 'tianjin',
      specialty: 'metrology',
      channel: 'normal',
      committee: 'tianjin-engineering',
      planId: PLAN.planId,
      planVersion: PLAN.version,
      education: { degree: 'bachelor', institution: '天津大学', major: '测控技术与仪器', graduatedOn: '2012-07-01', studyMode: 'full-time' },
      continuingEducationPromise: true,
    },
    { source: 'intake', correlationId: declarationId },
  );
  await new VerifyDeclarationCommand(transactions, runner, notScheduled).execute(accepted);
  return { declarationId, idNumber };
}

/** The person's records of one feed, in a batch of their own, and the event announcing the batch. */
async function batchFor(source: 'social-security' | 'degree', idNumber: string): Promise<EventOf<typeof FeedBatchReceived>> {
  const batchId = `${source}-${randomUUID()}`;
  if (source === 'social-security') {
    await prisma.socialSecurityRecord.create({ data: { idNumber, employerCreditCode: EMPLOYER, month: '2023-03', batchId } });
  } else {
    await prisma.degreeRecord.create({
      data: { idNumber, certificateNumber: `1005612012${idNumber.slice(-6)}`, degree: 'bachelor', institution: '天津大学', major: '测控技术与仪器', graduatedOn: new Date('2012-07-01'), studyMode: 'full-time', batchId },
    });
  }
  const counts = { batchId, source, way: 'push' as const, rowsRead: 1, rowsAccepted: 1, rowsAlreadyHeld: 0, rowsRejected: 0, receivedAt: new Date().toISOString(), rejectReasons: {} };
  return createEvent(FeedBatchReceived, batchId, counts, { source: 'verification', correlationId: batchId });
}

async function verdictsOf(declarationId: string): Promise<number> {
  return prisma.outboxEvent.count({ where: { key: declarationId, type: VerificationConcluded.type } });
}

describe('one verdict per declaration, on PostgreSQL', () => {
  it('settles the last two checks at once, in two transactions, many times: every declaration gets exactly one verdict', async () => {
    const runner = new CheckRunner(clock);
    const rerun = new RerunPendingChecksCommand(prisma as unknown as VerificationPrisma, transactions, runner, notScheduled);
    const rounds = 60;
    const declarations: string[] = [];
    for (let round = 0; round < rounds; round++) {
      const { declarationId, idNumber } = await acceptedDeclaration(runner);
      const [socialSecurity, degree] = [await batchFor('social-security', idNumber), await batchFor('degree', idNumber)];
      // A social-security batch and a degree batch, each settling one of the two checks left.
      await Promise.all([rerun.execute(socialSecurity), rerun.execute(degree)]);
      declarations.push(declarationId);
    }

    const checks = await prisma.checkResult.findMany({ where: { declarationId: { in: declarations } } });
    expect(checks.filter((c) => c.status !== 'passed')).toEqual([]);
    const verdicts = await Promise.all(declarations.map(verdictsOf));
    expect(verdicts).toEqual(declarations.map(() => 1));
    const concluded = await prisma.declarationCase.count({ where: { declarationId: { in: declarations }, concludedAt: { not: null }, outcome: 'passed' } });
    expect(concluded).toBe(rounds);
    // Nothing left for the sweep: it finds every one of them concluded.
    expect(await new ConcludeSettledDeclarationsCommand(prisma as unknown as VerificationPrisma, transactions, clock).execute()).toEqual([]);
  }, 120_000);

  it('sweeps a declaration whose checks all settled without a verdict, once, with the verdict they make', async () => {
    const runner = new CheckRunner(clock);
    const { declarationId } = await acceptedDeclaration(runner);
    // As a lost verdict left it: all three checks settled, the case unconcluded, no event.
    await prisma.checkResult.updateMany({ where: { declarationId, check: 'social-security' }, data: { status: 'failed', settledBy: 'feed-data', reason: 'paid 2 of 6 months' } });
    await prisma.checkResult.updateMany({ where: { declarationId, check: 'degree' }, data: { status: 'passed', settledBy: 'manual-review', reason: 'decided by the office' } });
    // One still waiting is no candidate.
    const { declarationId: waiting } = await acceptedDeclaration(runner);
    clock.travelTo(new Date('2023-11-20T02:00:00Z'));

    const sweep = new ConcludeSettledDeclarationsCommand(prisma as unknown as VerificationPrisma, transactions, clock);
    expect(await sweep.execute()).toEqual([declarationId]);
    expect(await sweep.execute()).toEqual([]);

    expect(await verdictsOf(declarationId)).toBe(1);
    expect(await verdictsOf(waiting)).toBe(0);
    const verdict = await prisma.outboxEvent.findFirstOrThrow({ where: { key: declarationId, type: VerificationConcluded.type } });
    expect((verdict.payload as { data: { outcome: string; reason: string } }).data).toMatchObject({ outcome: 'failed', reason: 'social-security: paid 2 of 6 months' });
    // Dated on the service clock, not the machine's.
    const kase = await prisma.declarationCase.findUniqueOrThrow({ where: { declarationId } });
    expect(kase.outcome).toBe('failed');
    expect(kase.concludedAt?.toISOString().slice(0, 10)).toBe('2023-11-20');
  }, 60_000);
});
