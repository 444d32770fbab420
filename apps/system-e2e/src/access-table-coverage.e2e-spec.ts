import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SERVICE_NAMES, type ServiceName } from '@zc/platform';
import { RunningSystem } from '@zc/testing';
import { checkPublic, operationKey, UNDOCUMENTED, UNDOCUMENTED_PUBLIC, type PublicCall } from './support/access-table';
import { CERTIFICATE_ACCESS } from './support/certificate-access';
import { COMMITTEE_ACCESS } from './support/committee-access';
import { INTAKE_ACCESS } from './support/intake-access';
import { PUBLICITY_ACCESS } from './support/publicity-access';
import { SUPERVISION_ACCESS } from './support/supervision-access';
import { forgedTokens } from './support/forged-tokens';
import { TEST_SYSTEM } from './support/test-system';
import { VERIFICATION_ACCESS } from './support/verification-access';
// The console generator's normalization (tools/console is scripts, not an Nx project, as tools/infra is).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { normalizeOpenApi, openApiDifferences } from '../../../tools/console/normalize-openapi.cjs';

const TABLES: { service: ServiceName; rows: { call: string }[]; public: PublicCall[] }[] = [INTAKE_ACCESS, VERIFICATION_ACCESS, COMMITTEE_ACCESS, PUBLICITY_ACCESS, CERTIFICATE_ACCESS, SUPERVISION_ACCESS];
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
/** The console's committed snapshot of a service's document, which its typed client is generated from. */
const consoleSnapshot = (service: ServiceName): unknown => JSON.parse(readFileSync(resolve(__dirname, '..', '..', 'console', 'src', 'api', service, 'openapi.json'), 'utf8'));

/**
 * The access tables cover every operation of every service's OpenAPI document: each has a row (its
 * roles and scopes tried), or is listed as public and reached without a token. A new endpoint
 * without a row fails here, and so does a row whose endpoint is gone. The same documents are the
 * console's committed snapshots (apps/console/src/api/<service>/openapi.json), which its typed
 * clients are generated from.
 */
describe('the access tables cover every endpoint of every service', () => {
  const system = new RunningSystem(TEST_SYSTEM);
  const documented = new Map<ServiceName, string[]>();
  const documents = new Map<ServiceName, unknown>();

  beforeAll(async () => {
    await system.start();
    for (const service of SERVICE_NAMES) {
      const response = await fetch(`${system.url(service)}/docs-json`);
      expect({ service, status: response.status }).toEqual({ service, status: 200 });
      const document = (await response.json()) as { paths: Record<string, Record<string, unknown>> };
      documents.set(service, document);
      documented.set(service, Object.entries(document.paths).flatMap(([path, operations]) => Object.keys(operations).filter((method) => METHODS.includes(method)).map((method) => operationKey(`${method} ${path}`))));
    }
  });
  afterAll(() => system.stop());

  it('has a table for every service', () => {
    expect(TABLES.map((table) => table.service).sort()).toEqual([...SERVICE_NAMES].sort());
  });

  it.each(TABLES.map((table) => [table.service, table] as const))('%s: every operation of the OpenAPI document has a row or is public, and every row is an operation', (service, table) => {
    const operations = documented.get(service)!;
    expect(operations.length).toBeGreaterThan(0);
    const rows = table.rows.map((row) => operationKey(row.call));
    const open = table.public.map((entry) => operationKey(entry.call));
    expect({ service, duplicateRows: rows.filter((key, i) => rows.indexOf(key) !== i) }).toEqual({ service, duplicateRows: [] });
    expect({ service, withoutRow: operations.filter((key) => !rows.includes(key) && !open.includes(key)) }).toEqual({ service, withoutRow: [] });
    expect({ service, publicWithRow: open.filter((key) => rows.includes(key)) }).toEqual({ service, publicWithRow: [] });
    const undocumented = UNDOCUMENTED.map(operationKey);
    expect({ service, notAnOperation: [...rows, ...open].filter((key) => !operations.includes(key) && !undocumented.includes(key)) }).toEqual({ service, notAnOperation: [] });
  });

  it.each(TABLES.map((table) => [table.service, table] as const))('%s: the public endpoints answer without a token', async (service, table) => {
    for (const entry of [...table.public, ...UNDOCUMENTED_PUBLIC]) await checkPublic(system.url(service), entry);
  });

  it("is what the console's clients were generated from: every live document, normalized, is the committed snapshot", () => {
    const stale = SERVICE_NAMES.flatMap((service) => {
      const differences = openApiDifferences(consoleSnapshot(service), normalizeOpenApi(documents.get(service)));
      return differences.length === 0 ? [] : [`${service}:\n${differences.map((difference) => `    ${difference}`).join('\n')}`];
    });
    if (stale.length > 0) throw new Error(`API changed: run \`npm run console:api\` (while a system runs: npm start) and commit the snapshots and generated clients\n  ${stale.join('\n  ')}`);
  });

  it('answers 401 to every endpoint that is not public, of every service, without a token or with a forged or stale one', async () => {
    const forgeries = [['no token', ''] as [string, string], ...(await forgedTokens(system.issuer))];
    for (const table of TABLES) {
      const open = table.public.map((entry) => operationKey(entry.call));
      for (const operation of documented.get(table.service)!.filter((key) => !open.includes(key))) {
        const [method, path] = operation.split(' ') as [string, string];
        const url = `${system.url(table.service)}${path.replace(/\{\}/g, '00000000-0000-4000-8000-000000000001')}`;
        for (const [forgery, token] of forgeries) {
          const response = await fetch(url, { method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: method === 'GET' ? undefined : '{}' });
          expect({ operation, forgery, status: response.status }).toEqual({ operation, forgery, status: 401 });
        }
      }
    }
  });
});
