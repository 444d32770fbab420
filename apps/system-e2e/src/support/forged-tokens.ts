import { createHmac, createPublicKey, randomUUID } from 'node:crypto';
import { claimsOfPrincipal, DEFAULT_OIDC_AUDIENCE, ensureSigningKeys, generateSigningKey, signJwt, type SigningJwk } from '@zc/platform';
import { PRINCIPALS, tokenFor } from '@zc/testing';

/**
 * Bearer tokens every service must refuse with 401, each claiming to be the bureau: signed with
 * another key (under the issuer's key id, or its own), `alg: none`, HS256 keyed with the issuer's
 * public key, expired, for another audience or issuer, without an expiry, without roles.
 */
export async function forgedTokens(issuer: string): Promise<[string, string][]> {
  const now = Math.floor(Date.now() / 1000);
  const admin = { iss: issuer, aud: DEFAULT_OIDC_AUDIENCE, iat: now, exp: now + 600, jti: randomUUID(), ...claimsOfPrincipal(PRINCIPALS.bureauAdmin) };
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const issuerKey = ((await (await fetch(`${issuer}/jwks`)).json()) as { keys: SigningJwk[] }).keys[0]!;
  const publicPem = createPublicKey({ key: issuerKey, format: 'jwk' }).export({ format: 'pem', type: 'spki' });
  const hs256 = `${encode({ alg: 'HS256', typ: 'at+jwt', kid: issuerKey.kid })}.${encode(admin)}`;
  const { exp: _exp, ...noExpiry } = admin;
  return [
    ['signed with another key under the issuer key id', signJwt({ ...generateSigningKey(), kid: issuerKey.kid }, admin)],
    ['signed with another key of its own', signJwt(generateSigningKey(), admin)],
    ['with alg "none"', `${encode({ alg: 'none', typ: 'at+jwt' })}.${encode(admin)}.`],
    ['HS256 with the public key as the secret', `${hs256}.${createHmac('sha256', publicPem).update(hs256).digest('base64url')}`],
    ['expired', tokenFor(PRINCIPALS.bureauAdmin, { expiresInSeconds: -60 })],
    ['for another audience', tokenFor(PRINCIPALS.bureauAdmin, { audience: 'urn:another:api' })],
    ['from another issuer', tokenFor(PRINCIPALS.bureauAdmin, { issuer: 'https://idp.example.com' })],
    ['without an expiry', signJwt(kitKey(), noExpiry)],
    ['without roles', signJwt(kitKey(), { ...admin, roles: [] })],
  ];
}

/** The issuer's own key as the test kit holds it: a token it signs with the right claims is accepted. */
export function kitKey(): SigningJwk {
  return ensureSigningKeys(process.env['OIDC_SIGNING_KEYS_FILE'])[0]!;
}
