'use strict';
// The one definition of a committed OpenAPI snapshot (apps/console/src/api/<service>/openapi.json),
// shared by the generator (tools/console/generate-api.mjs) and the live staleness check
// (apps/system-e2e/src/access-table-coverage.e2e-spec.ts). Plain CommonJS, so that Node's ESM
// script, Jest's CommonJS runtime and TypeScript (through normalize-openapi.d.cts) all load it.

/** The services with a typed console client, in the order of SERVICE_NAMES (@zc/platform). */
const CONSOLE_SERVICES = ['intake', 'verification', 'committee', 'publicity', 'certificate', 'supervision'];

/** The HTTP ports `npm start` runs them on: DEFAULT_PORTS of @zc/platform (a unit spec keeps the two equal). */
const DEFAULT_SERVICE_PORTS = { intake: 3001, verification: 3002, committee: 3003, publicity: 3004, certificate: 3005, supervision: 3006 };

function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted = {};
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys(value[key]);
  return sorted;
}

/**
 * The document as committed: `servers` (where this one instance happened to listen) dropped and
 * every object's keys sorted, recursively; arrays keep their order (it carries meaning: enums,
 * parameters, `required`).
 */
function normalizeOpenApi(document) {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) throw new TypeError('an OpenAPI document is a JSON object');
  const { servers: _servers, ...rest } = document;
  return sortKeys(rest);
}

/** The snapshot file's text: the normalized document as 2-space JSON with a final newline. */
function renderOpenApiSnapshot(document) {
  return `${JSON.stringify(normalizeOpenApi(document), null, 2)}\n`;
}

const pointer = (segments) => (segments.length === 0 ? '/' : segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join(''));

/**
 * Where two JSON values differ, as JSON pointers with what happened there (added, removed,
 * changed), at most `limit` of them: enough to see which operation or schema moved.
 */
function openApiDifferences(expected, actual, limit = 20) {
  const found = [];
  const walk = (a, b, at) => {
    if (found.length >= limit) return;
    const bothObjects = a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b);
    if (!bothObjects) {
      if (JSON.stringify(a) !== JSON.stringify(b)) found.push(`changed ${pointer(at)}`);
      return;
    }
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) {
      if (found.length >= limit) return;
      if (!(key in b)) found.push(`removed ${pointer([...at, key])}`);
      else if (!(key in a)) found.push(`added ${pointer([...at, key])}`);
      else walk(a[key], b[key], [...at, key]);
    }
  };
  walk(expected, actual, []);
  return found;
}

module.exports = { CONSOLE_SERVICES, DEFAULT_SERVICE_PORTS, normalizeOpenApi, renderOpenApiSnapshot, openApiDifferences };
