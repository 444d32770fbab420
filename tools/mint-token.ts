import { parseArgs } from 'node:util';
import { DEV_OIDC_ISSUER } from '@zc/platform';
import { clientToken, signIn } from '@zc/testing';

/**
 * Prints an access token from the identity provider.
 *   npm run token                                   # the tools client (a bureau administrator)
 *   npm run token -- --login 120101195001010000     # sign a seeded person in (applicant 0)
 *   npm run token -- --client zc-tools --secret …   # a machine client
 * Seeded logins: bureau-admin, inspector-tianjin, office-tianjin, department-tianjin,
 * employer-<credit code>, expert-1 and applicants by identity number (libs/identity seed-accounts.ts).
 */
const { values } = parseArgs({
  options: {
    issuer: { type: 'string', default: process.env['OIDC_ISSUER'] },
    login: { type: 'string' },
    password: { type: 'string', default: process.env['IDENTITY_SEED_PASSWORD'] ?? 'zhicheng-dev' },
    client: { type: 'string', default: 'zc-tools' },
    secret: { type: 'string', default: process.env['ZC_TOOLS_CLIENT_SECRET'] ?? 'zc-tools-dev-secret' },
  },
});

/**
 * The issuer as the local provider names itself: behind `npm start`'s gateway that is the gateway
 * (http://127.0.0.1:8080), whose sign-in redirects are the only ones the provider accepts.
 */
async function localIssuer(): Promise<string> {
  const discovery = await fetch(`${DEV_OIDC_ISSUER}/.well-known/openid-configuration`).catch(() => undefined);
  const issuer = discovery?.ok ? ((await discovery.json()) as { issuer?: unknown }).issuer : undefined;
  return typeof issuer === 'string' ? issuer : DEV_OIDC_ISSUER;
}

async function main(): Promise<void> {
  const issuer = values.issuer ?? (await localIssuer());
  const answer = values.login ? signIn(issuer, values.login, values.password) : clientToken(issuer, values.client, values.secret);
  const token = await answer.catch((error: Error) => {
    console.error(`no token from ${issuer}: ${error.message}`);
    process.exit(1);
  });
  console.log(token.access_token);
}

void main();
