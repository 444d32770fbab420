import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createEvent, WindowOpened, type DecisionRecorded, type DeclarationAccepted, type EventOf } from '@zc/contracts';
import { EventTransactions } from '@zc/messaging';
import { PublicityPrisma } from '@zc/publicity/data-access';
import { readyForPublicity, windowFrom } from '@zc/publicity/domain';
import { WindowClosingScheduler } from '../close-window/window-closing.scheduler';
import { publicitySettings } from '../publicity.config';

const CONSUMER = 'publicity.open-window';

@Injectable()
export class OpenWindowCommand {
  constructor(
    private readonly transactions: EventTransactions<PublicityPrisma>,
    private readonly scheduler: WindowClosingScheduler,
  ) {}

  /** Records the applicant's public details; opens the window if the decision is already in. */
  applicantKnown(event: EventOf<typeof DeclarationAccepted>) {
    const { declarationId, applicantName, idNumber, employerCreditCode, series, level, region } = event.data;
    return this.record(event, declarationId, { applicantName, idNumber, employerCreditCode, series, level, region });
  }

  /** Records the committee's outcome; opens the window if the applicant is already known. */
  decisionKnown(event: EventOf<typeof DecisionRecorded>) {
    return this.record(event, event.data.declarationId, { outcome: event.data.outcome });
  }

  private async record(event: EventOf<typeof DeclarationAccepted> | EventOf<typeof DecisionRecorded>, declarationId: string, facts: object) {
    let opened: { id: string; closesAt: Date } | undefined;
    await this.transactions.handleOnce(CONSUMER, event, async (tx, publish) => {
      const candidate = await tx.candidate.upsert({ where: { declarationId }, create: { declarationId, ...facts }, update: facts });
      if (!readyForPublicity(candidate)) return;
      if (await tx.publicityWindow.findUnique({ where: { declarationId } })) return;
      const { opensAt, closesAt } = windowFrom(new Date(), publicitySettings.PUBLICITY_WINDOW_MS);
      const window = await tx.publicityWindow.create({ data: { id: randomUUID(), declarationId, opensAt, closesAt, status: 'open', correlationId: event.correlationId } });
      await publish(
        createEvent(
          WindowOpened,
          declarationId,
          { windowId: window.id, declarationId, opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() },
          { source: 'publicity', correlationId: event.correlationId, causedBy: event },
        ),
      );
      opened = window;
    });
    if (opened) await this.scheduler.schedule(opened);
  }
}
