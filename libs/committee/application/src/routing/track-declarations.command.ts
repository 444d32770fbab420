import { Injectable } from '@nestjs/common';
import type { DeclarationAccepted, EventOf, VerificationConcluded } from '@zc/contracts';
import { CommitteePrisma } from '@zc/committee/data-access';
import { EventTransactions } from '@zc/messaging';

/**
 * The declarations routed to each committee (R-EL-5, R-EL-8): known from acceptance, ready for a
 * review plan once verification has passed them.
 */
@Injectable()
export class TrackDeclarationsCommand {
  constructor(private readonly transactions: EventTransactions<CommitteePrisma>) {}

  async accepted(event: EventOf<typeof DeclarationAccepted>): Promise<void> {
    const { declarationId, committee, specialty, level, employerCreditCode, planId, planVersion } = event.data;
    await this.transactions.handleOnce('committee.track-accepted', event, async (tx) => {
      await tx.routedDeclaration.upsert({
        where: { declarationId },
        create: { declarationId, committeeId: committee, specialty, level, employerCreditCode, planId, planVersion },
        update: {},
      });
    });
  }

  async concluded(event: EventOf<typeof VerificationConcluded>): Promise<void> {
    const { declarationId, outcome } = event.data;
    await this.transactions.handleOnce('committee.track-verification', event, async (tx) => {
      // Kept apart from the routing: topics are not ordered against each other, so the verdict may
      // arrive before the acceptance.
      await tx.verificationOutcome.upsert({ where: { declarationId }, create: { declarationId, outcome }, update: {} });
    });
  }
}
