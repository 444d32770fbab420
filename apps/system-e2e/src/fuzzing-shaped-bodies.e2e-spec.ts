import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { Pool } from 'pg';
import { skipToEndOfTopics } from '@zc/messaging/testing';
import { ROLES, SERVICE_NAMES, type Principal, type ServiceName } from '@zc/platform';
import { ApiClient, arbitraryFromJsonSchema, RunningSystem, SAMPLE_DEPARTMENT, type JsonSchema } from '@zc/testing';
import { certifyFreshDeclaration, readDeclaration } from './support/declarations';
import { ownDatabases } from './support/own-databases';
import { awaitQuiet } from './support/quiet';
import { TEST_KAFKA, TEST_SYSTEM, testPool } from './support/test-system';

const RUNS_PER_OPERATION = 10;
/** Certificate takes no writes over HTTP; intake's bodies are fuzzed with its own fixtures in intake-malformed-bodies. */
const FUZZED = SERVICE_NAMES.filter((service) => service !== 'certificate' && service !== 'intake');

/** Real records to put in a path, by the segment before the parameter, so that handlers get past "not found". */
const REAL_IDS: Partial<Record<ServiceName, Record<string, string>>> = {
  committee: {
    committees: 'SELECT id FROM "Committee"',
    'review-plans': 'SELECT id FROM "ReviewPlan"',
    declarations: 'SELECT "declarationId" AS id FROM "RoutedDeclaration"',
  },
  publicity: { publicity: 'SELECT id FROM "PublicityWindow"', objections: 'SELECT id FROM "Objection"' },
  supervision: { findings: 'SELECT id FROM "Finding"', subscriptions: 'SELECT id FROM "Subscription"' },
  verification: { 'manual-reviews': 'SELECT "declarationId" AS id FROM "DeclarationCase"', 'spot-checks': 'SELECT id FROM "SpotCheck"', declarations: 'SELECT "declarationId" AS id FROM "DeclarationCase"' },
};
/** Parameters that are names, not ids. */
const NAMED_PARAMETERS: Record<string, string[]> = { source: ['degree', 'social-security', 'continuing-education'], check: ['social-security', 'continuing-education', 'degree'] };

interface Operation {
  method: string;
  template: string;
  schema: JsonSchema;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>;
}

/**
 * Well-shaped bodies: generated from each write operation's own request schema (so they pass
 * validation, with random values), sent with real records in the path by a principal holding
 * every role in the fixture's scope. The handlers' rules then meet values no test chose: they
 * must answer a 2xx or a 4xx that says why, never a 5xx. This file runs on databases of its own:
 * some of these writes succeed, and no other file should see what they create.
 */
describe('fuzzing every write operation with bodies shaped by its own schema', () => {
  const databases = ownDatabases('zc_fuzz_');
  const system = new RunningSystem({ ...TEST_SYSTEM, databaseUrl: databases.url });
  const pools = new Map<ServiceName, Pool>();
  const poolOf = (service: ServiceName) => pools.get(service) ?? pools.set(service, testPool(databases.url(service))).get(service)!;
  let everyone: Principal;

  beforeAll(async () => {
    await databases.create();
    // Events earlier files left unread on the shared broker belong to their databases, not these.
    await skipToEndOfTopics(TEST_KAFKA);
    await system.start();
    // A declaration through to its certificate leaves a committee, a review plan, a meeting, a window and its case everywhere.
    const { id, declaration } = await certifyFreshDeclaration(system);
    const { committee } = (await readDeclaration(system, id)) as unknown as { committee: string };
    everyone = { sub: 'fuzzer', roles: [...ROLES], scope: { employerCreditCode: declaration.employerCreditCode, department: SAMPLE_DEPARTMENT, committee, region: 'tianjin' } };
  }, 180_000);

  afterAll(async () => {
    // Its own consumers take every event its writes caused, so none reaches the next file's databases.
    await awaitQuiet(60_000, async (service, sql) => (await poolOf(service).query(sql)).rows);
    await system.stop();
    await Promise.all([...pools.values()].map((pool) => pool.end()));
    await databases.drop();
  });

  async function operationsOf(service: ServiceName): Promise<Operation[]> {
    const document = (await (await fetch(`${system.url(service)}/docs-json`)).json()) as OpenApiDocument;
    return Object.entries(document.paths).flatMap(([template, operations]) =>
      Object.entries(operations)
        .filter(([method]) => ['post', 'put', 'patch'].includes(method))
        .map(([method, operation]) => ({ method: method.toUpperCase(), template, schema: operation.requestBody?.content?.['application/json']?.schema ?? {} })),
    );
  }

  /** Each parameter filled from the real records the segment before it names, or a fresh id. */
  async function pathOf(service: ServiceName, template: string): Promise<fc.Arbitrary<string>> {
    const segments = template.split('/');
    const choices = await Promise.all(
      segments.map(async (segment, index) => {
        const parameter = /^\{(.+)\}$/.exec(segment)?.[1];
        if (!parameter) return fc.constant(segment);
        const named = NAMED_PARAMETERS[parameter];
        if (named) return fc.constantFrom(...named);
        const sql = REAL_IDS[service]?.[segments[index - 1] ?? ''];
        const real = sql ? (await poolOf(service).query<{ id: string }>(`${sql} LIMIT 5`)).rows.map((row) => row.id) : [];
        return fc.constantFrom(...real, randomUUID());
      }),
    );
    return fc.tuple(...choices).map((parts) => parts.join('/'));
  }

  it.each(FUZZED)('%s: shaped bodies with real records in the path get a 2xx or a 4xx that says why, never a 5xx', async (service) => {
    const operations = await operationsOf(service);
    expect(operations.length).toBeGreaterThan(0);
    const client = new ApiClient(system.url(service)).as(everyone);
    const answered: Record<string, number> = {};
    let pastValidation = 0;
    for (const operation of operations) {
      const request = fc.tuple(await pathOf(service, operation.template), arbitraryFromJsonSchema(operation.schema, { root: operation.schema }));
      await fc.assert(
        fc.asyncProperty(request, async ([path, body]) => {
          const response = await client.request<{ message?: unknown; issues?: unknown }>(operation.method, path, body ?? {});
          const status = response.status;
          answered[`${Math.floor(status / 100)}xx`] = (answered[`${Math.floor(status / 100)}xx`] ?? 0) + 1;
          if (status !== 400) pastValidation += 1;
          if (status >= 500) throw new Error(`${operation.method} ${path} answered ${status} to ${JSON.stringify(body)}: ${JSON.stringify(response.body)}`);
          if (status >= 400 && response.body?.message === undefined && response.body?.issues === undefined) throw new Error(`${operation.method} ${path} answered ${status} without saying why: ${JSON.stringify(response.body)}`);
        }),
        { numRuns: RUNS_PER_OPERATION },
      );
    }
    expect((answered['2xx'] ?? 0) + (answered['4xx'] ?? 0)).toBe(operations.length * RUNS_PER_OPERATION);
    // Most answers come from the handlers' own rules (404, 409, 422, 2xx), not from validation: the bodies were well shaped.
    expect(pastValidation).toBeGreaterThan((operations.length * RUNS_PER_OPERATION) / 2);
  });
});
