import { Controller, Injectable } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { PlanPublished, type EventOf } from '@zc/contracts';
import { CommitteePrisma } from '@zc/committee/data-access';
import { EventTransactions } from '@zc/messaging';

const CONSUMER = 'committee.record-plan';

/** Keeps each plan version: meeting window, deadline, lead time and caps are read from it (R-CM-2, R-CM-8, R-CM-9). */
@Injectable()
export class RecordPlanCommand {
  constructor(private readonly transactions: EventTransactions<CommitteePrisma>) {}

  async execute(event: EventOf<typeof PlanPublished>): Promise<void> {
    const { planId, version, document } = event.data;
    await this.transactions.handleOnce(CONSUMER, event, async (tx) => {
      await tx.committeePlan.upsert({ where: { planId_version: { planId, version } }, create: { planId, version, document: document as object }, update: {} });
    });
  }
}

@Controller()
export class RecordPlanEventController {
  constructor(private readonly command: RecordPlanCommand) {}

  @EventPattern(PlanPublished.type)
  planPublished(@Payload() event: EventOf<typeof PlanPublished>) {
    return this.command.execute(event);
  }
}
