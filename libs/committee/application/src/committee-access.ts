import { ForbiddenException, NotFoundException } from '@nestjs/common';
import type { Principal } from '@zc/platform';

/** The bureau manages every committee; a committee office only its own. Anything else is a 403. */
export function assertManages(principal: Principal, committeeId: string): void {
  if (principal.roles.includes('bureau-admin')) return;
  if (principal.roles.includes('committee-office') && principal.scope.committee === committeeId) return;
  throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', message: `not an office of committee ${committeeId}` });
}

export function notFound(what: string): NotFoundException {
  return new NotFoundException({ statusCode: 404, error: 'Not Found', message: `no ${what}` });
}
