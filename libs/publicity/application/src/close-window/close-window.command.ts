import { Injectable } from '@nestjs/common';
import { createEvent, ResultPublished, ResultWithheld } from '@zc/contracts';
import { EventTransactions, type Publish } from '@zc/messaging';
import { Clock } from '@zc/platform';
import { PublicityPrisma } from '@zc/publicity/data-access';
import { windowOutcome } from '@zc/publicity/domain';
import { oweReporting } from '../report-results/reporting-duties';

type Tx = PublicityPrisma;

@Injectable()
export class CloseWindowCommand {
  constructor(
    private readonly transactions: EventTransactions<PublicityPrisma>,
    private readonly clock: Clock,
  ) {}

  /**
   * Settles a window at its end (R-PB-3): published without open or upheld objections, held while
   * one is open, withheld once one is upheld (R-PB-2). Repeating it changes nothing.
   */
  async execute(windowId: string): Promise<'closed' | 'already-closed' | 'not-due' | 'held' | 'withheld'> {
    return this.transactions.execute((tx, publish) => settleWindow(tx, publish, windowId, this.clock.now()));
  }
}

export async function settleWindow(tx: Tx, publish: Publish, windowId: string, now: Date, withheldBecause = 'an objection to the result was upheld (R-PB-2)') {
  await tx.$queryRawUnsafe('SELECT 1 FROM "PublicityWindow" WHERE id = $1::uuid FOR UPDATE', windowId);
  const window = await tx.publicityWindow.findUnique({ where: { id: windowId } });
  if (!window) throw new Error(`publicity window ${windowId} does not exist`);
  if (window.status === 'closed' || window.status === 'withheld') return 'already-closed' as const;
  const objections = await tx.objection.groupBy({ by: ['status'], where: { windowId }, _count: true });
  const count = (status: string) => objections.find((o) => o.status === status)?._count ?? 0;
  const outcome = windowOutcome({ due: window.closesAt <= now, openObjections: count('open'), upheldObjections: count('upheld') });
  if (outcome === 'wait') return 'not-due' as const;
  if (outcome === 'hold') {
    await tx.publicityWindow.update({ where: { id: windowId }, data: { status: 'held' } });
    return 'held' as const;
  }
  const { declarationId, correlationId } = window;
  const candidate = await tx.candidate.findUniqueOrThrow({ where: { declarationId } });
  // Publicity is over either way; its outcome is filed with the province (R-PB-4).
  await oweReporting(tx, candidate, 'filing', now, correlationId);
  if (outcome === 'withhold') {
    await tx.publicityWindow.update({ where: { id: windowId }, data: { status: 'withheld', closedAt: now } });
    await publish(createEvent(ResultWithheld, declarationId, { windowId, declarationId, reason: withheldBecause }, { source: 'publicity', correlationId }));
    return 'withheld' as const;
  }
  await tx.publicityWindow.update({ where: { id: windowId }, data: { status: 'closed', closedAt: now } });
  await publish(
    createEvent(
      ResultPublished,
      declarationId,
      { windowId, declarationId, publishedAt: now.toISOString(), applicantName: candidate.applicantName ?? '', series: candidate.series ?? '', level: candidate.level ?? '', region: candidate.region ?? '' },
      { source: 'publicity', correlationId },
    ),
  );
  return 'closed' as const;
}
