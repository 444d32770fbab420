import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_PORTS, SERVICE_NAMES } from '@zc/platform';
import { CONSOLE_SERVICES, DEFAULT_SERVICE_PORTS, normalizeOpenApi, openApiDifferences, renderOpenApiSnapshot } from './normalize-openapi.cjs';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * The console's typed clients (apps/console/src/api/<service>/generated) are committed; they must
 * be exactly what the committed snapshots generate. hey-api is ESM only, so the generator runs in
 * a child process. The live documents are compared with the snapshots by a system spec
 * (access-table-coverage).
 */
describe('the console API clients', () => {
  it('are what the committed OpenAPI snapshots generate (run `npm run console:api` when this fails)', () => {
    const run = spawnSync(process.execPath, ['tools/console/generate-api.mjs', '--check'], { cwd: ROOT, encoding: 'utf8', timeout: 55_000 });
    expect({ status: run.status, signal: run.signal, stderr: run.stderr }).toEqual({ status: 0, signal: null, stderr: '' });
  }, 60_000);

  it('exist for every service, fetched from the ports `npm start` uses', () => {
    expect(CONSOLE_SERVICES).toEqual(SERVICE_NAMES);
    expect(DEFAULT_SERVICE_PORTS).toEqual(DEFAULT_PORTS);
  });

  it.each(CONSOLE_SERVICES.map((service) => [service]))('%s: the committed snapshot is normalized (not edited by hand)', (service) => {
    const text = readFileSync(path.join(ROOT, 'apps', 'console', 'src', 'api', service, 'openapi.json'), 'utf8');
    expect(renderOpenApiSnapshot(JSON.parse(text)) === text).toBe(true);
  });

  it('normalizes a document: servers dropped, keys sorted at every depth, arrays kept in order', () => {
    const document = { paths: { '/b': { post: {}, get: { tags: ['z', 'a'] } }, '/a': {} }, servers: [{ url: 'http://127.0.0.1:3001' }], openapi: '3.0.0' };
    expect(JSON.stringify(normalizeOpenApi(document))).toBe('{"openapi":"3.0.0","paths":{"/a":{},"/b":{"get":{"tags":["z","a"]},"post":{}}}}');
    expect(renderOpenApiSnapshot(document).endsWith('}\n')).toBe(true);
    expect(renderOpenApiSnapshot(document)).toContain('\n  "openapi": "3.0.0",\n');
  });

  it('names where two documents differ', () => {
    const before = { paths: { '/a/{id}': { get: { summary: 'one' } } }, info: { version: '1' } };
    const after = { paths: { '/a/{id}': { get: { summary: 'two' }, post: {} } } };
    expect(openApiDifferences(before, after)).toEqual(['removed /info', 'changed /paths/~1a~1{id}/get/summary', 'added /paths/~1a~1{id}/post']);
    expect(openApiDifferences(before, structuredClone(before))).toEqual([]);
  });
});
