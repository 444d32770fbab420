import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { ALL_EVENTS, ALL_TOPICS, deadLetterTopicOf, type Topic } from '@zc/contracts';
import { produceRaw, readTopicUntil } from '@zc/messaging/testing';
import { ROLES, SERVICE_NAMES, type Principal, type ServiceName } from '@zc/platform';
import { ApiClient, RunningSystem } from '@zc/testing';
import { certifyFreshDeclaration } from './support/declarations';
import { awaitQuiet, footprint } from './support/quiet';
import { closeQueries, TEST_KAFKA, TEST_SYSTEM } from './support/test-system';

/** Holds every role and scope, so the guards let each call through to its validation. */
const EVERYONE: Principal = { sub: 'fuzzer', roles: [...ROLES], scope: { employerCreditCode: '91440300708461136T', department: 'fuzz', committee: 'fuzz', region: 'tianjin' } };
const RUNS_PER_ENDPOINT = 12;
/** Certificate takes no writes over HTTP: events alone change it. */
const WRITABLE = SERVICE_NAMES.filter((service) => service !== 'certificate');

interface WriteOperation {
  method: 'POST' | 'PUT' | 'PATCH';
  path: string;
}

/** Every write operation a service documents in its OpenAPI document, path parameters filled with fresh ids. */
async function writeOperations(system: RunningSystem, service: ServiceName): Promise<WriteOperation[]> {
  const document = (await (await fetch(`${system.url(service)}/docs-json`)).json()) as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.keys(operations)
      .filter((method) => ['post', 'put', 'patch'].includes(method))
      .map((method) => ({ method: method.toUpperCase() as WriteOperation['method'], path: path.replace(/\{[^}]+\}/g, () => randomUUID()) })),
  );
}

/** Never a valid body: not JSON, not an object, or an object with a key no schema knows. */
const malformedBody = fc.oneof(
  fc.string({ maxLength: 30 }).map((text) => `{${text}`),
  fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.string(), fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 })).map((v) => JSON.stringify(v)),
  fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }).map((body) => JSON.stringify({ ...body, __fuzz: true })),
);

/**
 * Property-based fuzzing of every HTTP write endpoint of every service and of every topic's
 * consumers: never a 5xx, never a write, every bad message dead-lettered with its reason, and the
 * services carry on.
 */
describe('fuzzing every endpoint body and every consumer’s messages', () => {
  const system = new RunningSystem(TEST_SYSTEM);

  beforeAll(() => system.start());
  afterAll(async () => {
    await system.stop();
    await closeQueries();
  });

  it.each(WRITABLE)('%s: malformed bodies on every write endpoint get a 4xx and change nothing', async (service) => {
    const operations = await writeOperations(system, service);
    expect(operations.length).toBeGreaterThan(0);
    const client = new ApiClient(system.url(service)).as(EVERYONE);
    await awaitQuiet();
    const before = await footprint(service);
    for (const operation of operations) {
      await fc.assert(
        fc.asyncProperty(malformedBody, async (body) => {
          const response = await client.request(operation.method, operation.path, body, { 'content-type': 'application/json' });
          if (response.status < 400 || response.status >= 500) throw new Error(`${operation.method} ${operation.path} answered ${response.status} to ${body}: ${JSON.stringify(response.body)}`);
        }),
        { numRuns: RUNS_PER_ENDPOINT },
      );
    }
    expect(await footprint(service)).toEqual(before);
  });

  it('dead-letters malformed messages on every topic with their reasons, and every service carries on', async () => {
    const sent: { topic: Topic; key: string }[] = [];
    for (const topic of ALL_TOPICS) {
      const types = ALL_EVENTS.filter((definition) => definition.topic === topic).map((definition) => definition.type);
      const messages = fc.sample(
        fc.oneof(
          fc.string({ maxLength: 30 }).map((text) => `not json ${text}`),
          fc.record({ type: fc.constantFrom(...types), data: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }) }).map(({ type, data }) =>
            JSON.stringify({ id: randomUUID(), type, source: 'fuzz', subject: 'fuzz', time: new Date().toISOString(), correlationId: 'fuzz', causationId: null, data }),
          ),
        ),
        3,
      );
      const batch = messages.map((value) => ({ key: `fuzz-${randomUUID()}`, value }));
      await produceRaw(TEST_KAFKA, topic, batch);
      sent.push(...batch.map(({ key }) => ({ topic, key })));
    }
    // Supervision consumes every topic, so every message must reach a dead-letter topic from it at least.
    for (const topic of ALL_TOPICS) {
      const keys = sent.filter((s) => s.topic === topic).map((s) => s.key);
      const letters = await readTopicUntil(TEST_KAFKA, deadLetterTopicOf(topic), (messages) => keys.every((key) => messages.some((m) => m.key === key && m.headers['dlt-consumer-group'] === 'zc-supervision')), 30_000);
      for (const letter of letters.filter((m) => keys.includes(m.key ?? ''))) expect(letter.headers['dlt-reason']?.length).toBeGreaterThan(5);
    }
    // And all six carry on: a declaration goes from submission to its certificate.
    await certifyFreshDeclaration(system);
  });
});
