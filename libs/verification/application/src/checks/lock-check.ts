import type { CheckResult } from '@zc/verification/data-access';
import type { VerificationTx } from './check-runner';

/** Takes the row lock first: a timeout, late data and a reviewer may reach one check at once. */
export async function lockCheck(tx: VerificationTx, checkId: string): Promise<CheckResult | null> {
  await tx.$queryRawUnsafe('SELECT 1 FROM "CheckResult" WHERE id = $1::uuid FOR UPDATE', checkId);
  return tx.checkResult.findUnique({ where: { id: checkId } });
}
