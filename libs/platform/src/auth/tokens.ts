import { JwtService } from '@nestjs/jwt';
import { principalSchema, type Principal } from './principal';

export const TOKEN_ISSUER = 'zhicheng';

/** Signs a token for a principal (dev tool, tests, and the bureau's own identity bridge). */
export function mintToken(secret: string, principal: Principal, expiresInSeconds = 8 * 3600): string {
  const { sub, ...claims } = principalSchema.parse(principal);
  return new JwtService({ secret }).sign(claims, { subject: sub, issuer: TOKEN_ISSUER, expiresIn: expiresInSeconds, algorithm: 'HS256' });
}
