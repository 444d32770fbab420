import { randomUUID } from 'node:crypto';
import { claimsOfPrincipal, DEFAULT_OIDC_AUDIENCE, DEV_OIDC_ISSUER, ensureSigningKeys, signJwt, type Principal, type SigningJwk } from '@zc/platform';

let signingKey: SigningJwk | undefined;

/** The issuer the test kit's tokens name: the identity provider of the system under test. */
export function testIssuer(): string {
  return process.env['OIDC_ISSUER'] ?? DEV_OIDC_ISSUER;
}

/**
 * An access token for any principal, as the identity provider of a development machine or a test
 * system would issue it: signed with that provider's own key (the key file both read), so the
 * services check it exactly as they check a signed-in person's. Real sign-ins through the provider
 * are tested on their own (identity-sign-in spec); the kit saves every test a login round trip.
 */
export function tokenFor(principal: Principal, options: { expiresInSeconds?: number; issuer?: string; audience?: string } = {}): string {
  signingKey ??= ensureSigningKeys(process.env['OIDC_SIGNING_KEYS_FILE'])[0] as SigningJwk;
  const now = Math.floor(Date.now() / 1000);
  return signJwt(signingKey, {
    iss: options.issuer ?? testIssuer(),
    aud: options.audience ?? DEFAULT_OIDC_AUDIENCE,
    iat: now,
    exp: now + (options.expiresInSeconds ?? 8 * 3600),
    jti: randomUUID(),
    client_id: 'zc-test-kit',
    scope: 'api',
    ...claimsOfPrincipal(principal),
  });
}
