import { ConflictException, Injectable, Logger } from '@nestjs/common';
import type { EventOf, PromiseFoundFalse } from '@zc/contracts';
import type { IntakePrisma } from '@zc/intake/data-access';
import { decideFraudOutcome, type FraudRule } from '@zc/intake/domain';
import { EventTransactions } from '@zc/messaging';
import { Clock, type Principal } from '@zc/platform';
import { DeclarationLoader } from '../declarations/declaration-loader';
import { applyDecision } from './apply-decision';

const ON_FALSE_PROMISE = 'intake.cancel-on-false-promise';

/**
 * The bureau cancels a declaration, or revokes the title it led to, on a finding of fraud or a
 * false promise: by hand, or when verification's spot check finds a promise false (R-VF-1).
 * The status change, naming the fraud, is published for certificate, publicity and supervision,
 * which keeps the integrity record (R-SV-1).
 */
@Injectable()
export class CancelDeclarationCommand {
  private readonly logger = new Logger(CancelDeclarationCommand.name);

  constructor(
    private readonly transactions: EventTransactions<IntakePrisma>,
    private readonly loader: DeclarationLoader,
    private readonly clock: Clock,
  ) {}

  async execute(id: string, ruleId: FraudRule, finding: string, by: Principal, correlationId: string) {
    return this.transactions.execute(async (tx, publish) => {
      const declaration = await this.loader.lockFor(tx, id, by, 'bureau');
      const decision = decideFraudOutcome(declaration.status, ruleId, finding);
      if (!decision.ok) throw new ConflictException({ statusCode: 409, error: 'Conflict', ruleId: null, message: decision.reason });
      const updated = await applyDecision(tx, publish, declaration, decision, { actor: 'bureau', actorId: by.sub, correlationId, on: this.clock.today(), fraud: { ruleId, finding } });
      return { id, status: updated.status };
    });
  }

  /** R-VF-1: a false continuing-education promise cancels this year's declaration or revokes the title. */
  async onFalsePromise(event: EventOf<typeof PromiseFoundFalse>): Promise<void> {
    const { declarationId, finding } = event.data;
    await this.transactions.handleOnce(ON_FALSE_PROMISE, event, async (tx, publish) => {
      const declaration = await this.loader.lockFor(tx, declarationId, null, 'bureau');
      const decision = decideFraudOutcome(declaration.status, 'R-VF-1', finding);
      if (!decision.ok) {
        this.logger.warn(`false promise for declaration ${declarationId} changes nothing: ${decision.reason}`);
        return;
      }
      await applyDecision(tx, publish, declaration, decision, {
        actor: 'bureau',
        actorId: 'verification.spot-check',
        correlationId: event.correlationId,
        causedBy: event,
        on: this.clock.today(),
        fraud: { ruleId: 'R-VF-1', finding },
      });
    });
  }
}
