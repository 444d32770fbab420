import { ConflictException, Injectable } from '@nestjs/common';
import type { IntakePrisma } from '@zc/intake/data-access';
import { decideFraudOutcome, type FraudRule } from '@zc/intake/domain';
import { EventTransactions } from '@zc/messaging';
import type { Principal } from '@zc/platform';
import { DeclarationLoader } from '../declarations/declaration-loader';
import { applyDecision } from './apply-decision';

/**
 * The bureau cancels a declaration, or revokes the title it led to, on a finding of fraud or a
 * false promise. Verification's spot checks (issue 4) and supervision (issue 7) will drive the
 * same command from their events; the status change is published for certificate and publicity.
 */
@Injectable()
export class CancelDeclarationCommand {
  constructor(
    private readonly transactions: EventTransactions<IntakePrisma>,
    private readonly loader: DeclarationLoader,
  ) {}

  async execute(id: string, ruleId: FraudRule, finding: string, by: Principal, correlationId: string) {
    return this.transactions.execute(async (tx, publish) => {
      const declaration = await this.loader.lockFor(tx, id, by, 'bureau');
      const decision = decideFraudOutcome(declaration.status, ruleId, finding);
      if (!decision.ok) throw new ConflictException({ statusCode: 409, error: 'Conflict', ruleId: null, message: decision.reason });
      const updated = await applyDecision(tx, publish, declaration, decision, { actor: 'bureau', actorId: by.sub, correlationId });
      return { id, status: updated.status };
    });
  }
}
