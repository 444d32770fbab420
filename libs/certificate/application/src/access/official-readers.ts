import { ForbiddenException } from '@nestjs/common';
import type { Principal } from '@zc/platform';

/**
 * The officials who read any holder's certificate: the bureau, and inspectors of the certificate's
 * region. A token without a region is an inspector of nowhere, never of everywhere.
 */
export function officialMayRead(by: Principal, region: string | null): boolean {
  if (by.roles.includes('bureau-admin')) return true;
  return by.roles.includes('inspector') && Boolean(by.scope.region) && by.scope.region === region;
}

/** The same, refused with 403 for an official of another region. */
export function assertOfficialMayRead(by: Principal, region: string | null): void {
  if (!officialMayRead(by, region)) throw new ForbiddenException('this certificate is outside your region');
}
