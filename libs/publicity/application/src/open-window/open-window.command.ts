import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { WorkingDayCalendar } from '@zc/calendar';
import { createEvent, WindowOpened, type DecisionRecorded, type DeclarationAccepted, type EventOf, type PlanPublished } from '@zc/contracts';
import { EventTransactions } from '@zc/messaging';
import { PublicityPrisma } from '@zc/publicity/data-access';
import { Clock } from '@zc/platform';
import { PlanNotKnownError, publicityRulesOf, readyForPublicity, windowFrom, workingDayWindow } from '@zc/publicity/domain';
import { WindowClosingScheduler } from '../close-window/window-closing.scheduler';
import { oweReporting } from '../report-results/reporting-duties';
import { publicitySettings } from '../publicity.config';

const CONSUMER = 'publicity.open-window';

@Injectable()
export class OpenWindowCommand {
  private readonly calendar = new WorkingDayCalendar();

  constructor(
    private readonly transactions: EventTransactions<PublicityPrisma>,
    private readonly scheduler: WindowClosingScheduler,
    private readonly clock: Clock,
  ) {}

  /** Each plan version's publicity length in working days (R-PB-1) and its reporting deadlines (R-PB-4). */
  async planKnown(event: EventOf<typeof PlanPublished>) {
    const { planId, version, document } = event.data;
    const rules = publicityRulesOf(document);
    await this.transactions.handleOnce('publicity.record-plan', event, async (tx) => {
      await tx.publicityPlan.upsert({ where: { planId_version: { planId, version } }, create: { planId, version, ...rules }, update: {} });
    });
  }

  /** Records the applicant's public details; opens the window if the decision is already in. */
  applicantKnown(event: EventOf<typeof DeclarationAccepted>) {
    const { declarationId, applicantName, idNumber, employerCreditCode, series, level, region, planId, planVersion, committee } = event.data;
    return this.record(event, declarationId, { applicantName, idNumber, employerCreditCode, series, level, region, planId, planVersion, committee });
  }

  /** Records the committee's outcome; opens the window if the applicant is already known. */
  decisionKnown(event: EventOf<typeof DecisionRecorded>) {
    return this.record(event, event.data.declarationId, { outcome: event.data.outcome, decidedAt: this.clock.now() });
  }

  private async record(event: EventOf<typeof DeclarationAccepted> | EventOf<typeof DecisionRecorded>, declarationId: string, facts: object) {
    let opened: { id: string; closesAt: Date } | undefined;
    await this.transactions.handleOnce(CONSUMER, event, async (tx, publish) => {
      const candidate = await tx.candidate.upsert({ where: { declarationId }, create: { declarationId, ...facts }, update: facts });
      // Every result, passed or not, is reported to the province after the review (R-PB-4).
      if (candidate.decidedAt) await oweReporting(tx, candidate, 'report', candidate.decidedAt, event.correlationId);
      if (!readyForPublicity(candidate)) return;
      if (await tx.publicityWindow.findUnique({ where: { declarationId } })) return;
      const { opensAt, closesAt } = await this.windowFor(tx, candidate);
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

  /**
   * At least the plan's working days (R-PB-1), on the service clock; PUBLICITY_WINDOW_MS, where
   * set, shortens it for tests and demos.
   */
  private async windowFor(tx: PublicityPrisma, candidate: { planId: string | null; planVersion: number | null; region: string | null }) {
    const now = this.clock.now();
    if (publicitySettings.PUBLICITY_WINDOW_MS > 0) return windowFrom(now, publicitySettings.PUBLICITY_WINDOW_MS);
    const { planId, planVersion } = candidate;
    if (!planId || !planVersion) throw new Error('a candidate on display names no plan: its working days (R-PB-1) are unknown');
    const plan = await tx.publicityPlan.findUnique({ where: { planId_version: { planId, version: planVersion } } });
    if (!plan) throw new PlanNotKnownError(planId, planVersion);
    return workingDayWindow(now, plan.workingDays, this.calendar, candidate.region ?? undefined);
  }
}
