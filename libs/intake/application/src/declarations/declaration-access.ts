import { ForbiddenException, NotFoundException } from '@nestjs/common';
import type { Actor } from '@zc/intake/domain';
import type { Prisma } from '@zc/intake/data-access';
import { inspectsRegion, type Principal } from '@zc/platform';

export interface ScopedDeclaration {
  id: string;
  submittedBy: string;
  employerCreditCode: string;
  department: string;
  committee: string | null;
  region: string;
}

/** Whether the principal may act on the declaration as `actor` (role and scope both match). */
export function mayActAs(principal: Principal, declaration: ScopedDeclaration, actor: Actor): boolean {
  const { roles, scope, sub } = principal;
  switch (actor) {
    case 'applicant':
      return roles.includes('applicant') && declaration.submittedBy === sub;
    case 'employer':
      return roles.includes('employer') && scope.employerCreditCode === declaration.employerCreditCode;
    case 'department':
      return roles.includes('department') && scope.department === declaration.department;
    case 'committee-office':
      return roles.includes('committee-office') && declaration.committee !== null && scope.committee === declaration.committee;
    case 'bureau':
      return roles.includes('bureau-admin');
    case 'system':
      return false;
  }
}

/** Readers: the actors above, the bureau, and inspectors of the declaration's region (a token without one reads nothing). */
export function mayRead(principal: Principal, declaration: ScopedDeclaration): boolean {
  if (principal.roles.includes('bureau-admin')) return true;
  if (inspectsRegion(principal, declaration.region)) return true;
  return (['applicant', 'employer', 'department', 'committee-office'] as const).some((actor) => mayActAs(principal, declaration, actor));
}

/** `mayRead` as a database filter, for lists and exports: the two must say the same. */
export function visibleTo(principal: Principal): Prisma.DeclarationWhereInput {
  if (principal.roles.includes('bureau-admin')) return {};
  const own: Prisma.DeclarationWhereInput[] = [];
  const { roles, scope, sub } = principal;
  if (roles.includes('inspector') && scope.region) own.push({ region: scope.region });
  if (roles.includes('applicant')) own.push({ submittedBy: sub });
  if (roles.includes('employer') && scope.employerCreditCode) own.push({ employerCreditCode: scope.employerCreditCode });
  if (roles.includes('department') && scope.department) own.push({ department: scope.department });
  if (roles.includes('committee-office') && scope.committee) own.push({ committee: scope.committee });
  return own.length > 0 ? { OR: own } : { id: { in: [] } };
}

/**
 * One answer for "not yours" and "no such declaration", so ids reveal nothing: 403, except to
 * the bureau, who sees everything and may be told an id does not exist.
 */
export function denyOrMissing(principal: Principal, id: string): never {
  if (principal.roles.includes('bureau-admin')) throw new NotFoundException(`declaration ${id} not found`);
  throw new ForbiddenException('this declaration is not yours to see or act on');
}
