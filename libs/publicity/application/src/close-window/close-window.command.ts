import { Injectable } from '@nestjs/common';
import { createEvent, ResultPublished } from '@zc/contracts';
import { EventTransactions } from '@zc/messaging';
import { PublicityPrisma } from '@zc/publicity/data-access';

@Injectable()
export class CloseWindowCommand {
  constructor(private readonly transactions: EventTransactions<PublicityPrisma>) {}

  /** Closes a window at its end and publishes the result (R-PB-3). Repeating it changes nothing. */
  async execute(windowId: string): Promise<'closed' | 'already-closed' | 'not-due'> {
    return this.transactions.execute(async (tx, publish) => {
      const window = await tx.publicityWindow.findUnique({ where: { id: windowId } });
      if (!window) throw new Error(`publicity window ${windowId} does not exist`);
      if (window.status === 'closed') return 'already-closed';
      const now = new Date();
      if (window.closesAt > now) return 'not-due';
      const { count } = await tx.publicityWindow.updateMany({ where: { id: windowId, status: 'open' }, data: { status: 'closed', closedAt: now } });
      if (count === 0) return 'already-closed';
      const candidate = await tx.candidate.findUniqueOrThrow({ where: { declarationId: window.declarationId } });
      await publish(
        createEvent(
          ResultPublished,
          window.declarationId,
          {
            windowId,
            declarationId: window.declarationId,
            publishedAt: now.toISOString(),
            applicantName: candidate.applicantName ?? '',
            series: candidate.series ?? '',
            level: candidate.level ?? '',
            region: candidate.region ?? '',
          },
          { source: 'publicity', correlationId: window.correlationId },
        ),
      );
      return 'closed';
    });
  }
}
