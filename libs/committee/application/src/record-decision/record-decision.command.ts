import { Injectable } from '@nestjs/common';
import { createEvent, DecisionRecorded, type VerificationConcluded, type EventOf } from '@zc/contracts';
import { CommitteePrisma } from '@zc/committee/data-access';
import { provisionalDecision } from '@zc/committee/domain';
import { EventTransactions } from '@zc/messaging';

const CONSUMER = 'committee.record-decision';

@Injectable()
export class RecordDecisionCommand {
  constructor(private readonly transactions: EventTransactions<CommitteePrisma>) {}

  async execute(event: EventOf<typeof VerificationConcluded>): Promise<void> {
    const { declarationId } = event.data;
    await this.transactions.handleOnce(CONSUMER, event, async (tx, publish) => {
      const decision = provisionalDecision(event.data);
      await tx.decision.create({ data: { declarationId, ...decision } });
      await publish(
        createEvent(DecisionRecorded, declarationId, { declarationId, ...decision }, { source: 'committee', correlationId: event.correlationId, causedBy: event }),
      );
    });
  }
}
