import { Injectable } from '@nestjs/common';
import type { Declaration, IntakePrisma } from '@zc/intake/data-access';
import type { Actor } from '@zc/intake/domain';
import type { Principal } from '@zc/platform';
import { denyOrMissing, mayActAs } from './declaration-access';

export type IntakeTx = Parameters<Parameters<IntakePrisma['$transaction']>[0]>[0];

@Injectable()
export class DeclarationLoader {
  /**
   * Locks the declaration for the rest of the transaction (two reviewers, or a reviewer and the
   * overdue sweep, cannot both move it), and checks the principal may act on it as `actor`.
   */
  async lockFor(tx: IntakeTx, id: string, principal: Principal | null, actor: Actor): Promise<Declaration> {
    await tx.$queryRawUnsafe('SELECT 1 FROM "Declaration" WHERE id = $1::uuid FOR UPDATE', id);
    const declaration = await tx.declaration.findUnique({ where: { id } });
    if (principal === null) {
      if (!declaration) throw new Error(`declaration ${id} does not exist`);
      return declaration;
    }
    if (!declaration || !mayActAs(principal, declaration, actor)) denyOrMissing(principal, id);
    return declaration;
  }
}
