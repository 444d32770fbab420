import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { claimsOfPrincipal, principalSchema, type Principal } from '@zc/platform/auth';

/**
 * A real-name account (实名): the provider vouches for the name and identity number it carries,
 * and for the roles and scope an administrator gave it. `login` is what the person types: the
 * identity number for applicants, an account name for staff.
 */
export const accountSchema = z.object({
  login: z.string().min(1),
  principal: principalSchema,
  /** `scrypt$<salt b64url>$<hash b64url>` */
  passwordHash: z.string().regex(/^scrypt\$[\w-]+\$[\w-]+$/),
});
export type Account = z.infer<typeof accountSchema>;

const KEY_LENGTH = 32;

export function hashPassword(password: string, salt = randomBytes(16)): string {
  return `scrypt$${salt.toString('base64url')}$${scryptSync(password, salt, KEY_LENGTH).toString('base64url')}`;
}

export function passwordMatches(password: string, stored: string): boolean {
  const [, salt, hash] = stored.split('$');
  if (!salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = scryptSync(password, Buffer.from(salt, 'base64url'), expected.length);
  return timingSafeEqual(actual, expected);
}

/** Accounts by subject and by login; a wrong login costs as much as a wrong password. */
export class AccountDirectory {
  private readonly bySub = new Map<string, Account>();
  private readonly byLogin = new Map<string, Account>();
  private readonly decoy = hashPassword(randomBytes(12).toString('hex'));

  constructor(accounts: readonly Account[]) {
    for (const account of accounts) {
      if (this.bySub.has(account.principal.sub) || this.byLogin.has(account.login)) throw new Error(`account ${account.login} is listed twice`);
      this.bySub.set(account.principal.sub, account);
      this.byLogin.set(account.login, account);
    }
  }

  get size(): number {
    return this.bySub.size;
  }

  find(sub: string): Account | undefined {
    return this.bySub.get(sub);
  }

  /** The account whose login and password these are, or undefined. */
  authenticate(login: string, password: string): Account | undefined {
    const account = this.byLogin.get(login.trim());
    const matches = passwordMatches(password, account?.passwordHash ?? this.decoy);
    return account && matches ? account : undefined;
  }

  /** The claims an access or ID token of this account carries. */
  claimsOf(sub: string): Record<string, unknown> | undefined {
    const account = this.bySub.get(sub);
    return account ? claimsOfPrincipal(account.principal) : undefined;
  }
}

/** Accounts from a JSON file's text (production: the bureau's own list, passwords hashed). */
export function parseAccounts(json: string, where: string): Account[] {
  const parsed = z.array(accountSchema).safeParse(JSON.parse(json));
  if (!parsed.success) throw new Error(`${where}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

export type { Principal };
