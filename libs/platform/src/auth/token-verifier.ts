import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Principal } from './principal';
import { principalFromClaims, type OidcSettings } from './oidc';

/** Why a token was refused, in words a client can act on (never the token itself). */
export class TokenRefused extends Error {}

/**
 * Checks bearer tokens against the issuer's published keys (JWKS): an asymmetric signature by a
 * key of that issuer, the issuer and audience named, not expired (small clock tolerance). The key
 * set is fetched on first use and refreshed by jose when a token names an unknown key id.
 */
export class TokenVerifier {
  private keys: Promise<JWTVerifyGetKey> | undefined;

  constructor(private readonly settings: OidcSettings) {}

  async verify(token: string): Promise<Principal> {
    const keys = await this.keySet();
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: this.settings.algorithms,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: this.settings.clockToleranceSeconds,
      }));
    } catch (error) {
      throw new TokenRefused(reasonOf(error));
    }
    const found = principalFromClaims(payload);
    if ('error' in found) throw new TokenRefused(found.error);
    return found.principal;
  }

  private keySet(): Promise<JWTVerifyGetKey> {
    this.keys ??= this.jwksUri().then((uri) => createRemoteJWKSet(new URL(uri), { timeoutDuration: 5_000 }));
    // A failed discovery is not remembered: the next request tries again (the issuer may start later).
    this.keys.catch(() => (this.keys = undefined));
    return this.keys;
  }

  private async jwksUri(): Promise<string> {
    if (this.settings.jwksUri) return this.settings.jwksUri;
    const discovery = `${this.settings.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    const response = await fetch(discovery, { signal: AbortSignal.timeout(5_000) });
    if (!response.ok) throw new Error(`${discovery} answered ${response.status}`);
    const uri = ((await response.json()) as { jwks_uri?: unknown }).jwks_uri;
    if (typeof uri !== 'string') throw new Error(`${discovery} names no jwks_uri`);
    return uri;
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWKSTimeout) throw error; // the issuer is unreachable: not the token's fault
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `the token's ${error.claim} claim is not accepted here`;
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the token is not signed with an accepted algorithm';
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWSSignatureVerificationFailed) return 'the token is not signed by the issuer';
  if (error instanceof errors.JOSEError) return 'the token is malformed';
  throw error;
}
