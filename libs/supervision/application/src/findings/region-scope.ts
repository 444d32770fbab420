import { ForbiddenException } from '@nestjs/common';
import type { Principal } from '@zc/platform';

/**
 * The region a caller may read: an inspector only their own (403 without one); the bureau every
 * region (null). A record of another region is answered as not found, so its existence stays hidden.
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
