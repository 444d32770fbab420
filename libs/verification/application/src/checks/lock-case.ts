import type { DeclarationCase } from '@zc/verification/data-access';
import type { VerificationTx } from './check-runner';

/**
 * Takes the declaration's case row lock, then reads it. Whoever reads a declaration's checks to
 * decide its verdict holds this lock, so two such readers never look at once (see
 * conclude-if-settled.ts). Every path locks a check row before the case row, never after.
 */
export async function lockCase(tx: VerificationTx, declarationId: string): Promise<DeclarationCase | null> {
  await tx.$queryRawUnsafe('SELECT 1 FROM "DeclarationCase" WHERE "declarationId" = $1::uuid FOR UPDATE', declarationId);
  return tx.declarationCase.findUnique({ where: { declarationId } });
}
