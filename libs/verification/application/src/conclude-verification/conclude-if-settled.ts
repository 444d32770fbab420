import { createEvent, VerificationConcluded } from '@zc/contracts';
import type { Publish } from '@zc/messaging';
import { concludeVerification, type CheckState } from '@zc/verification/domain';
import { eventMetaOf, type Cause } from '../checks/cause';
import type { VerificationTx } from '../checks/check-runner';
import { lockCase } from '../checks/lock-case';

/**
 * Publishes the declaration's one verdict (`verification.declaration.concluded.v1`) if all three of
 * its checks have settled and no verdict went out yet; returns whether it did.
 *
 * Why the case row is locked before the checks are read: two transactions settling a declaration's
 * last two checks at once (a social-security batch and a degree batch, say) each hold the lock of
 * their own check row only. Under read committed each would read the other's check as it stood
 * before either committed, see it pending, and neither would conclude. Every transaction that
 * settles a check comes here before it commits, so the case lock makes them pass one at a time,
 * and the later one's read (a statement after the lock was granted, so a snapshot taken after the
 * earlier one committed) sees both checks settled. `concludedAt` claimed once keeps it to one
 * verdict however many come here.
 */
export async function concludeIfSettled(tx: VerificationTx, publish: Publish, declarationId: string, cause: Cause, now: Date): Promise<boolean> {
  const kase = await lockCase(tx, declarationId);
  if (!kase || kase.concludedAt) return false;
  const states = await tx.checkResult.findMany({ where: { declarationId } });
  const conclusion = concludeVerification(states.map((s) => ({ check: s.check, status: s.status, reason: s.reason, settledBy: s.settledBy }) as CheckState));
  if (!conclusion) return false;
  await tx.declarationCase.update({ where: { declarationId }, data: { concludedAt: now, outcome: conclusion.outcome } });
  await publish(createEvent(VerificationConcluded, declarationId, { declarationId, ...conclusion }, eventMetaOf(cause)));
  return true;
}
