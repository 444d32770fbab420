import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { EventTransactions } from '@zc/messaging';
import type { Principal } from '@zc/platform';
import { VerificationPrisma } from '@zc/verification/data-access';
import { CheckRunner, type Evidence } from '../checks/check-runner';
import { lockCheck } from '../checks/lock-check';

/** A committee office sees its own committee's queue; the bureau sees every queue. */
export function committeeScopeOf(principal: Principal): string | null {
  return principal.roles.includes('bureau-admin') ? null : (principal.scope.committee ?? '');
}

/**
 * The committee office settles a check the feeds could not (timeout, no matching degree), with a
 * reason; who decided and when are kept with the check, and its event says it was decided by hand.
 */
@Injectable()
export class DecideManualReviewCommand {
  constructor(
    private readonly transactions: EventTransactions<VerificationPrisma>,
    private readonly runner: CheckRunner,
  ) {}

  async execute(declarationId: string, check: string, decision: { outcome: 'passed' | 'failed'; reason: string }, by: Principal, correlationId: string) {
    return this.transactions.execute(async (tx, publish) => {
      const row = await tx.checkResult.findUnique({ where: { declarationId_check: { declarationId, check } } });
      const locked = row && (await lockCheck(tx, row.id));
      const kase = await tx.declarationCase.findUnique({ where: { declarationId } });
      const committee = committeeScopeOf(by);
      // Another committee's declaration and an unknown one look the same to an office (403, naming no
      // committee), so ids reveal nothing; the bureau may be told a check does not exist.
      if (committee !== null && committee !== kase?.committee) throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', message: 'this check is not yours to decide' });
      if (!locked || !kase) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `no ${check} check for declaration ${declarationId}` });
      if (locked.status !== 'manual-review') throw new ConflictException({ statusCode: 409, error: 'Conflict', message: `the ${check} check is ${locked.status}, not in manual review` });
      await this.runner.settle(
        tx,
        publish,
        kase,
        locked,
        { outcome: decision.outcome, settledBy: 'manual-review', reason: `decided by the committee office: ${decision.reason} (earlier: ${locked.reason})`, evidence: locked.evidence as Evidence, reviewedBy: by.sub },
        { correlationId },
      );
      return tx.checkResult.findUniqueOrThrow({ where: { id: locked.id } });
    });
  }
}
