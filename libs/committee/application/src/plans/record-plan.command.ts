import { Controller, Injectable } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { committeePlanSliceSchema, PlanPublished, type EventOf } from '@zc/contracts';
import { CommitteePrisma } from '@zc/committee/data-access';
import { EventTransactions } from '@zc/messaging';

const CONSUMER = 'committee.record-plan';

/**
 * Keeps each plan version's committee slice: meeting window, deadline and bar, lead time, meeting
 * approval, defence and caps (R-CM-1, R-CM-2, R-CM-6, R-CM-8, R-CM-9). The plan arrives parsed by
 * its contract; one missing any of them is dead-lettered before it gets here.
 */
@Injectable()
export class RecordPlanCommand {
  constructor(private readonly transactions: EventTransactions<CommitteePrisma>) {}

  async execute(event: EventOf<typeof PlanPublished>): Promise<void> {
    const { planId, version, document } = event.data;
    const slice = committeePlanSliceSchema.parse(document);
    await this.transactions.handleOnce(CONSUMER, event, async (tx) => {
      await tx.committeePlan.upsert({ where: { planId_version: { planId, version } }, create: { planId, version, document: slice }, update: {} });
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
