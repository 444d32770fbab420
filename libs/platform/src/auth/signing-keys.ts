import { createHash, createPrivateKey, generateKeyPairSync, randomUUID, sign, type JsonWebKey } from 'node:crypto';
import { chmodSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A private signing key as a JWK (EC P-256, ES256), with the key id tokens name it by. */
export type SigningJwk = JsonWebKey & { kid: string; alg: 'ES256'; use: 'sig' };

/** The default key file of a development checkout: `.cache/identity/signing-keys.json`. */
export const DEV_SIGNING_KEYS_FILE = path.join(workspaceRoot(__dirname), '.cache', 'identity', 'signing-keys.json');

/** The checkout this file is in, from its sources or from a build of them under dist/ (the nearest folder with nx.json). */
function workspaceRoot(from: string): string {
  for (let dir = from; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'nx.json'))) return dir;
  }
  return process.cwd();
}

/** RFC 7638 thumbprint of an EC public key: a key id that names the key, not a counter. */
function thumbprint(jwk: JsonWebKey): string {
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
  return createHash('sha256').update(canonical).digest('base64url');
}

export function generateSigningKey(): SigningJwk {
  const jwk = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
  return { ...jwk, kid: thumbprint(jwk), alg: 'ES256', use: 'sig' };
}

/**
 * The signing keys in `file`, made on first use. Development and tests only: production hands the
 * provider its keys (OIDC_JWKS) and refuses to make any. Two processes racing here agree on one
 * file, because it is created by a hard link that fails if another got there first.
 */
export function ensureSigningKeys(file = DEV_SIGNING_KEYS_FILE): SigningJwk[] {
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    const draft = `${file}.${randomUUID()}`;
    writeFileSync(draft, JSON.stringify({ keys: [generateSigningKey()] }, null, 2), { mode: 0o600 });
    try {
      linkSync(draft, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(draft, { force: true });
    }
    chmodSync(file, 0o600);
  }
  return parseSigningKeys(readFileSync(file, 'utf8'), file);
}

/** Keys from a JWKS document (`{ keys: [...] }`), refusing anything that is not a private ES256 key. */
export function parseSigningKeys(json: string, where: string): SigningJwk[] {
  const keys = (JSON.parse(json) as { keys?: SigningJwk[] }).keys;
  if (!Array.isArray(keys) || keys.length === 0) throw new Error(`${where}: no keys`);
  for (const key of keys) {
    if (key.kty !== 'EC' || key.crv !== 'P-256' || !key.d || !key.kid) throw new Error(`${where}: every key must be a private EC P-256 JWK with a kid`);
  }
  return keys.map((key) => ({ ...key, alg: 'ES256', use: 'sig' }));
}

/**
 * A compact JWS (ES256) over `payload`, as the identity provider signs access tokens. Synchronous,
 * so that test kits and tools can sign without an event loop turn.
 */
export function signJwt(key: SigningJwk, payload: Record<string, unknown>, header: Record<string, unknown> = {}): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${encode({ alg: 'ES256', typ: 'at+jwt', kid: key.kid, ...header })}.${encode(payload)}`;
  const signature = sign('sha256', Buffer.from(input), { key: createPrivateKey({ key, format: 'jwk' }), dsaEncoding: 'ieee-p1363' });
  return `${input}.${signature.toString('base64url')}`;
}
