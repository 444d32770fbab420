import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { createPrismaAdapter } from './prisma-pg-adapter';

/**
 * prisma.config.ts of every service: the official `prisma migrate` on the bundled wasm schema
 * engine through our patched driver adapter, since native engines cannot be downloaded here.
 */
export function servicePrismaConfig(dataAccessDir: string) {
  letLongTimersNotHoldExit();
  const url = process.env['DATABASE_URL'];
  return defineConfig({
    experimental: { adapter: true },
    schema: path.join(dataAccessDir, 'prisma', 'schema.prisma'),
    migrations: { path: path.join(dataAccessDir, 'prisma', 'migrations') },
    engine: 'js',
    adapter: async () => {
      if (!url) throw new Error('DATABASE_URL is required to run prisma migrate');
      // The CLI never closes the pool: idle connections must not keep it alive.
      return createPrismaAdapter(url, { max: 2, allowExitOnIdle: true });
    },
  });
}

/**
 * The wasm schema engine leaves 10 s and 60 s timers behind, so every `prisma migrate` would sit
 * idle for 10 s before exiting. This file is loaded only inside the Prisma CLI process, so
 * unref'ing long timers there lets the CLI exit as soon as its work is done.
 */
function letLongTimersNotHoldExit(): void {
  const original = globalThis.setTimeout;
  const patched = (handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const timer = original(handler, ms, ...args);
    if ((ms ?? 0) >= 10_000) timer.unref();
    return timer;
  };
  globalThis.setTimeout = Object.assign(patched, original) as typeof setTimeout;
}
