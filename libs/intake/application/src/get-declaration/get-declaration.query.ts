import { Injectable, NotFoundException } from '@nestjs/common';
import { IntakePrisma, type Prisma } from '@zc/intake/data-access';
import type { Principal } from '@zc/platform';

/**
 * Who may read a declaration: its applicant, its employer, the bureau and inspectors. Anyone
 * else gets the same 404 as for a missing id, so ids reveal nothing.
 */
export function visibleTo(principal: Principal): Prisma.DeclarationWhereInput {
  if (principal.roles.includes('bureau-admin') || principal.roles.includes('inspector')) return {};
  const own: Prisma.DeclarationWhereInput[] = [];
  if (principal.roles.includes('applicant')) own.push({ submittedBy: principal.sub });
  if (principal.roles.includes('employer') && principal.scope.employerCreditCode) {
    own.push({ employerCreditCode: principal.scope.employerCreditCode });
  }
  return own.length > 0 ? { OR: own } : { id: { in: [] } };
}

@Injectable()
export class GetDeclarationQuery {
  constructor(private readonly prisma: IntakePrisma) {}

  async execute(id: string, principal: Principal) {
    const declaration = await this.prisma.declaration.findFirst({
      where: { AND: [{ id }, visibleTo(principal)] },
      include: { history: { orderBy: { id: 'asc' }, select: { fromStatus: true, toStatus: true, reason: true, eventId: true, at: true } } },
    });
    if (!declaration) throw new NotFoundException(`declaration ${id} not found`);
    return declaration;
  }
}
