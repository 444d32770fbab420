import { Injectable } from '@nestjs/common';
import type { Envelope } from '@zc/contracts';
import type { IntakePrisma } from '@zc/intake/data-access';
import { decideReview, type ReviewCommand } from '@zc/intake/domain';
import { EventTransactions } from '@zc/messaging';
import type { Principal } from '@zc/platform';
import { DeclarationLoader } from '../declarations/declaration-loader';
import { PlanRepository } from '../plans/plan-repository';
import { applyDecision, conflictFrom, underReview } from './apply-decision';
import { ReviewFactsProvider } from './review-facts';

/**
 * Every review step after submission goes through here: lock, check the actor's scope, let the
 * state machine decide against the declaration's own plan version and today's date, then write
 * the change and its events in one transaction.
 */
@Injectable()
export class ReviewDeclarationCommand {
  constructor(
    private readonly transactions: EventTransactions<IntakePrisma>,
    private readonly loader: DeclarationLoader,
    private readonly plans: PlanRepository,
    private readonly facts: ReviewFactsProvider,
  ) {}

  async execute(id: string, command: ReviewCommand, by: Principal | null, correlationId: string, causedBy?: Envelope) {
    return this.transactions.execute(async (tx, publish) => {
      const declaration = await this.loader.lockFor(tx, id, by, command.by);
      const plan = await this.plans.version(declaration.planId, declaration.planVersion, tx);
      const facts = this.facts.for(plan);
      const decision = decideReview(underReview(declaration), command, facts);
      if (!decision.ok) throw conflictFrom(decision);
      if (command.type === 'recommend') await tx.declaration.update({ where: { id }, data: { unitPublicity: { ...command.unitPublicity } } });
      const updated = await applyDecision(tx, publish, declaration, decision, { actor: command.by, actorId: by?.sub ?? null, correlationId, causedBy, on: facts.today });
      return { id, status: updated.status, correctionDeadline: updated.correctionDeadline, feeDeadline: updated.feeDeadline };
    });
  }
}
