import { ForbiddenException, NotFoundException } from '@nestjs/common';
import type { Principal } from '@zc/platform';

/**
 * The region a caller may read: an inspector only their own (403 without one); the bureau every
 * region (null). A record of another region is refused like an unknown one (see `denyOrMissing`).
 */
export function readableRegion(by: Principal): string | null {
  if (by.roles.includes('bureau-admin')) return null;
  if (!by.scope.region) throw new ForbiddenException('an inspector token must name its region');
  return by.scope.region;
}

export function canRead(by: Principal, region: string | null): boolean {
  const own = readableRegion(by);
  return own === null || own === region;
}

/**
 * One answer for "another region's" and "no such record", so ids reveal nothing: 403 (as every
 * service answers a record outside the caller's scope), except to the bureau, who reads every
 * region and may be told that a record does not exist.
 */
export function denyOrMissing(by: Principal, what: string): never {
  if (by.roles.includes('bureau-admin')) throw new NotFoundException(`no ${what}`);
  throw new ForbiddenException(`no ${what} in your region`);
}
