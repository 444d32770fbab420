import { z } from 'zod';
import { principalSchema, type Principal } from './principal';

/** The embedded identity provider of a development machine (apps/identity). */
export const IDENTITY_DEFAULT_PORT = 3000;
export const DEV_OIDC_ISSUER = `http://127.0.0.1:${IDENTITY_DEFAULT_PORT}`;
/** The one audience (RFC 8707 resource) of every service's API: one sign-in serves all six. */
export const DEFAULT_OIDC_AUDIENCE = 'urn:zhicheng:api';

/** Where services find the issuer and how strictly they check its tokens. */
export interface OidcSettings {
  issuer: string;
  audience: string;
  algorithms: string[];
  /** Read from the issuer's discovery document unless given. */
  jwksUri?: string;
  clockToleranceSeconds: number;
}

/**
 * The claims our tokens carry beyond the standard ones. Named apart from OAuth's `scope` (which
 * the provider overwrites with the granted scopes) and in the snake case of OIDC claims, so a
 * Keycloak realm can emit the same ones with attribute mappers (docs/security.md).
 */
const tokenClaimsSchema = z.object({
  sub: z.string().min(1),
  name: z.string().optional(),
  id_number: z.string().optional(),
  roles: z.unknown(),
  zc_scope: z.unknown().optional(),
});

/** The principal a verified token names, or why its claims are not one. */
export function principalFromClaims(claims: Record<string, unknown>): { principal: Principal } | { error: string } {
  const parsed = tokenClaimsSchema.safeParse(claims);
  if (!parsed.success) return { error: 'the token names no subject' };
  const { sub, name, id_number, roles, zc_scope } = parsed.data;
  const principal = principalSchema.safeParse({ sub, name, idNumber: id_number, roles, scope: zc_scope ?? {} });
  return principal.success ? { principal: principal.data } : { error: 'the token carries no valid roles and scope' };
}

/** The claims a principal is carried in: the inverse of principalFromClaims. */
export function claimsOfPrincipal(principal: Principal): Record<string, unknown> {
  const { sub, name, idNumber, roles, scope } = principalSchema.parse(principal);
  return { sub, roles, zc_scope: scope, ...(name ? { name } : {}), ...(idNumber ? { id_number: idNumber } : {}) };
}
