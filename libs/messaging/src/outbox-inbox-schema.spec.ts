import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const LIBS = path.resolve(__dirname, '..', '..');

describe('outbox and inbox tables', () => {
  const block = readFileSync(path.join(__dirname, '..', 'prisma', 'outbox-inbox.prisma'), 'utf8');
  const schemas = readdirSync(LIBS)
    .map((lib) => path.join(LIBS, lib, 'data-access', 'prisma', 'schema.prisma'))
    .filter((file) => {
      try {
        return readFileSync(file).length > 0;
      } catch {
        return false;
      }
    });

  it('exist in all six service databases', () => {
    expect(schemas).toHaveLength(6);
  });

  it.each(schemas.map((file) => [path.relative(LIBS, file), file]))('%s holds the canonical block from libs/messaging/prisma verbatim', (_name, file) => {
    expect(readFileSync(file, 'utf8')).toContain(block);
  });
});
