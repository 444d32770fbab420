import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { buildAsyncApiDocument } from '@zc/contracts';

/** Writes libs/contracts/asyncapi.yaml from the zod schemas. */
export const ASYNCAPI_PATH = path.join(__dirname, '..', 'libs', 'contracts', 'asyncapi.yaml');

export function renderAsyncApi(): string {
  return stringify(buildAsyncApiDocument(), { lineWidth: 0 });
}

if (require.main === module) {
  writeFileSync(ASYNCAPI_PATH, renderAsyncApi());
  console.log(`wrote ${path.relative(process.cwd(), ASYNCAPI_PATH)}`);
}
