import { parseArgs } from 'node:util';
import { DEV_JWT_SECRET, mintToken, principalSchema, ROLES } from '@zc/platform';

/**
 * Dev tool: prints a bearer token.
 *   npm run token -- --role employer --sub unit-admin --employer 91120000MA05J1234X
 * Signed with JWT_SECRET (or the development secret), valid for --hours (default 8).
 */
const { values } = parseArgs({
  options: {
    sub: { type: 'string', default: 'dev-user' },
    role: { type: 'string', multiple: true, default: ['bureau-admin'] },
    employer: { type: 'string' },
    department: { type: 'string' },
    committee: { type: 'string' },
    region: { type: 'string' },
    hours: { type: 'string', default: '8' },
  },
});

const principal = principalSchema.safeParse({
  sub: values.sub,
  roles: values.role,
  scope: { employerCreditCode: values.employer, department: values.department, committee: values.committee, region: values.region },
});
if (!principal.success) {
  console.error(`invalid principal; roles are: ${ROLES.join(', ')}`);
  process.exit(2);
}
console.log(mintToken(process.env['JWT_SECRET'] ?? DEV_JWT_SECRET, principal.data, Number(values.hours) * 3600));
