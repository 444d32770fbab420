import { ForbiddenException } from '@nestjs/common';
import { inspectsRegion, type Principal } from '@zc/platform';

/**
 * The officials who read any holder's certificate: the bureau, and inspectors of the certificate's region.
 */
export function officialMayRead(by: Principal, region: string | null): boolean {
  return by.roles.includes('bureau-admin') || inspectsRegion(by, region);
}

/** The same, refused with 403 for an official of another region. */
export function assertOfficialMayRead(by: Principal, region: string | null): void {
  if (!officialMayRead(by, region)) throw new ForbiddenException('this certificate is outside your region');
}
