import { NotFoundException } from '@nestjs/common';
import type { CommitteePrisma } from '@zc/committee/data-access';
import { inspectsRegion, type Principal } from '@zc/platform';
import { forbidden } from './meetings/meeting-errors';

/** The bureau manages every committee; a committee office only its own. */
export function manages(principal: Principal, committeeId: string): boolean {
  if (principal.roles.includes('bureau-admin')) return true;
  return principal.roles.includes('committee-office') && principal.scope.committee === committeeId;
}

/** `manages`, refused with a 403 that names no committee. */
export function assertManages(principal: Principal, committeeId: string): void {
  if (!manages(principal, committeeId)) throw forbidden('you are not an office of this committee');
}

/**
 * Who reads a committee's work (review plans, draws, decisions, its pool's report): those who
 * manage it, and the inspectors of its region (a token without a region inspects nowhere).
 */
export function oversees(principal: Principal, committee: { id: string; region: string }): boolean {
  return manages(principal, committee.id) || inspectsRegion(principal, committee.region);
}

/**
 * `oversees` for the committee a record belongs to. To anyone but the bureau a record of another
 * committee and an unknown one look the same (403), so ids reveal nothing; the bureau may then be
 * told that the record does not exist.
 */
export async function assertOversees(prisma: Pick<CommitteePrisma, 'committee'>, principal: Principal, committeeId: string | null | undefined): Promise<void> {
  if (principal.roles.includes('bureau-admin')) return;
  const committee = committeeId ? await prisma.committee.findUnique({ where: { id: committeeId }, select: { id: true, region: true } }) : null;
  if (!committee || !oversees(principal, committee)) throw forbidden('this record is not yours to see');
}

export function notFound(what: string): NotFoundException {
  return new NotFoundException({ statusCode: 404, error: 'Not Found', message: `no ${what}` });
}
