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
    issuer: { type: 'string', default: process.env['OIDC_ISSUER'] ?? DEV_OIDC_ISSUER },
    login: { type: 'string' },
    password: { type: 'string', default: process.env['IDENTITY_SEED_PASSWORD'] ?? 'zhicheng-dev' },
    client: { type: 'string', default: 'zc-tools' },
    secret: { type: 'string', default: process.env['ZC_TOOLS_CLIENT_SECRET'] ?? 'zc-tools-dev-secret' },
  },
});

const answer = values.login
  ? signIn(values.issuer, values.login, values.password)
  : clientToken(values.issuer, values.client, values.secret);
answer.then(
  (token) => console.log(token.access_token),
  (error: Error) => {
    console.error(`no token from ${values.issuer}: ${error.message}`);
    process.exit(1);
  },
);
