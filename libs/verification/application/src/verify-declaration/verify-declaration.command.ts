import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { DeclarationAccepted, EventOf } from '@zc/contracts';
import { EventTransactions } from '@zc/messaging';
import { VerificationPrisma } from '@zc/verification/data-access';
import { DECLARATION_CHECKS } from '@zc/verification/domain';
import { CheckRunner, type PendingCheck } from '../checks/check-runner';
import { PendingCheckScheduler } from '../checks/pending-check.scheduler';

const CONSUMER = 'verification.verify-declaration';

/**
 * An accepted declaration gets its three checks (R-VF-1..3), each judged on the data held now;
 * those without data wait, pulled from the agency where it has a query service.
 */
@Injectable()
export class VerifyDeclarationCommand {
  constructor(
    private readonly transactions: EventTransactions<VerificationPrisma>,
    private readonly runner: CheckRunner,
    private readonly scheduler: PendingCheckScheduler,
  ) {}

  async execute(event: EventOf<typeof DeclarationAccepted>): Promise<void> {
    const { declarationId, idNumber, employerCreditCode, level, committee, region, planId, planVersion, education, continuingEducationPromise } = event.data;
    const pending: PendingCheck[] = [];
    await this.transactions.handleOnce(CONSUMER, event, async (tx, publish) => {
      const kase = await tx.declarationCase.create({
        data: { declarationId, idNumber, employerCreditCode, level, committee, region, planId, planVersion, education, promised: continuingEducationPromise },
      });
      for (const check of DECLARATION_CHECKS) {
        const row = await tx.checkResult.create({
          data: { id: randomUUID(), declarationId, check, idNumber, status: 'pending', reason: 'not yet judged', evidence: [] },
        });
        const waiting = await this.runner.run(tx, publish, kase, row, { correlationId: event.correlationId, causedBy: event });
        if (waiting) pending.push(waiting);
      }
    });
    await this.scheduler.track(pending);
  }
}
