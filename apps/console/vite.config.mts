import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The console is served under /console/ by the one-origin gateway (libs/testing gateway.ts, Caddy in
 * compose), beside the identity provider at / and the services at /api/<service>/.
 * The manifest lets tools/console/bundle-budget.ts weigh what the first page load needs.
 */
export default defineConfig({
  root,
  base: '/console/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)),
    emptyOutDir: true,
    manifest: true,
    sourcemap: process.env.CONSOLE_SOURCEMAP === "1",
    // The budget that matters is tools/console/build.js: gzip bytes of the first load.
    chunkSizeWarningLimit: 1000,
  },
});
