import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { describeIssues } from '@zc/contracts';
import { DEFAULT_OIDC_AUDIENCE, ensureSigningKeys, IDENTITY_DEFAULT_PORT, parseSigningKeys, type SigningJwk } from '@zc/platform/auth';
import { AccountDirectory, parseAccounts } from './accounts';
import { devMachineClients, parseMachineClients, type MachineClient } from './clients';
import { seedAccounts } from './seed-accounts';

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HTTP_HOST: z.string().default('0.0.0.0'),
    HTTP_PORT: z.coerce.number().int().positive().default(IDENTITY_DEFAULT_PORT),
    /** This provider's public URL, exactly as the services' OIDC_ISSUER names it. */
    OIDC_ISSUER: z.url().optional(),
    OIDC_AUDIENCE: z.string().min(1).default(DEFAULT_OIDC_AUDIENCE),
    /** Production: the private signing keys as a JWKS document (a secret). */
    OIDC_JWKS: z.string().optional(),
    /** Development and tests: a key file made on first use. */
    OIDC_SIGNING_KEYS_FILE: z.string().optional(),
    /** Keys for the provider's signed cookies, comma-separated; the first signs. */
    IDENTITY_COOKIE_KEYS: z.string().optional(),
    /** Production: the real-name accounts (JSON, passwords scrypt-hashed), inline or in a file. */
    IDENTITY_ACCOUNTS: z.string().optional(),
    IDENTITY_ACCOUNTS_FILE: z.string().optional(),
    /** Production: the machine clients (JSON, with their secrets), inline or in a file. */
    IDENTITY_CLIENTS: z.string().optional(),
    IDENTITY_CLIENTS_FILE: z.string().optional(),
    /** Development: the password of every seeded account. */
    IDENTITY_SEED_PASSWORD: z.string().min(8).default('zhicheng-dev'),
    /** Where the browser console may receive codes, comma-separated (besides `<issuer>/signed-in` and `<issuer>/console/callback`). */
    IDENTITY_CONSOLE_REDIRECT_URIS: z.string().default(''),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(900),
    LOG_LEVEL: z.string().default('info'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    for (const name of ['OIDC_ISSUER', 'OIDC_JWKS', 'IDENTITY_COOKIE_KEYS'] as const) {
      if (!env[name]) ctx.addIssue({ code: 'custom', path: [name], message: 'is required in production' });
    }
    for (const name of ['IDENTITY_ACCOUNTS', 'IDENTITY_CLIENTS'] as const) {
      if (!env[name] && !env[`${name}_FILE`]) ctx.addIssue({ code: 'custom', path: [name], message: `(or ${name}_FILE) is required in production` });
    }
  });

export interface IdentityConfig {
  production: boolean;
  http: { host: string; port: number };
  issuer: string;
  audience: string;
  signingKeys: SigningJwk[];
  cookieKeys: string[];
  accounts: AccountDirectory;
  machineClients: MachineClient[];
  consoleRedirectUris: string[];
  /** Where the console may send a person after signing out. */
  consolePostLogoutRedirectUris: string[];
  accessTokenTtlSeconds: number;
}

/** Reads the environment; production must hand over every secret, development makes its own. */
export function loadIdentityConfig(env: NodeJS.ProcessEnv = process.env): IdentityConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid configuration for identity: ${describeIssues(parsed.error)}`);
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const issuer = (e.OIDC_ISSUER ?? `http://127.0.0.1:${e.HTTP_PORT}`).replace(/\/$/, '');
  return {
    production,
    http: { host: e.HTTP_HOST, port: e.HTTP_PORT },
    issuer,
    audience: e.OIDC_AUDIENCE,
    signingKeys: e.OIDC_JWKS ? parseSigningKeys(e.OIDC_JWKS, 'OIDC_JWKS') : ensureSigningKeys(e.OIDC_SIGNING_KEYS_FILE),
    // Development cookies need no secrecy across restarts: sessions live in memory there anyway.
    cookieKeys: e.IDENTITY_COOKIE_KEYS?.split(',') ?? ['zhicheng-dev-cookie-key'],
    accounts: new AccountDirectory(fromJson(e.IDENTITY_ACCOUNTS, e.IDENTITY_ACCOUNTS_FILE, 'IDENTITY_ACCOUNTS', parseAccounts) ?? seedAccounts(e.IDENTITY_SEED_PASSWORD)),
    machineClients: fromJson(e.IDENTITY_CLIENTS, e.IDENTITY_CLIENTS_FILE, 'IDENTITY_CLIENTS', parseMachineClients) ?? devMachineClients(),
    // The provider's own landing page (tokens by hand, tests) and the console behind the one-origin gateway.
    consoleRedirectUris: [`${issuer}/signed-in`, `${issuer}/console/callback`, ...e.IDENTITY_CONSOLE_REDIRECT_URIS.split(',').filter(Boolean)],
    consolePostLogoutRedirectUris: [`${issuer}/console/`],
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
  };
}

function fromJson<T>(inline: string | undefined, file: string | undefined, name: string, parse: (json: string, where: string) => T): T | undefined {
  if (inline) return parse(inline, name);
  return file ? parse(readFileSync(file, 'utf8'), file) : undefined;
}
