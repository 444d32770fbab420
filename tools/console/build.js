'use strict';
// Builds the web console (apps/console) into dist/console with Vite, and weighs what the first page
// load needs. `npm start` builds only when a source is newer than the last build; `npm test` always
// builds and fails when the initial JavaScript passes the budget.

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '../..');
const APP = path.join(ROOT, 'apps/console');
const OUT = path.join(ROOT, 'dist/console');
/** What a first visit may download before the page is usable: gzip bytes of the entry and its static imports. */
const INITIAL_JS_BUDGET = 300_000;

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function isFresh() {
  const index = path.join(OUT, 'index.html');
  if (!fs.existsSync(index)) return false;
  const built = fs.statSync(index).mtimeMs;
  return newestSource(path.join(APP, 'src')) < built && fs.statSync(path.join(APP, 'vite.config.mts')).mtimeMs < built && fs.statSync(path.join(APP, 'index.html')).mtimeMs < built;
}

function buildConsole({ onlyWhenStale = false } = {}) {
  if (onlyWhenStale && isFresh()) return { built: false };
  const vite = path.join(ROOT, 'node_modules/.bin/vite');
  const result = spawnSync(vite, ['build', '--config', path.join(APP, 'vite.config.mts'), '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the console did not build (vite build failed; see above)');
  return { built: true };
}

/** Gzip bytes of every file the entry loads before anything lazy: the entry and its static imports, with CSS. */
function initialLoad() {
  const manifest = JSON.parse(fs.readFileSync(path.join(OUT, '.vite/manifest.json'), 'utf8'));
  const [entryKey] = Object.entries(manifest).find(([, chunk]) => chunk.isEntry) ?? [];
  if (!entryKey) throw new Error('the console manifest has no entry');
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entryKey);
  const sizes = [...files].map((file) => ({ file, gzip: zlib.gzipSync(fs.readFileSync(path.join(OUT, file)), { level: 9 }).length }));
  return { total: sizes.reduce((sum, entry) => sum + entry.gzip, 0), files: sizes.sort((a, b) => b.gzip - a.gzip) };
}

module.exports = { buildConsole, initialLoad, INITIAL_JS_BUDGET, CONSOLE_DIR: OUT };

if (require.main === module) {
  const check = process.argv.includes('--check');
  buildConsole({ onlyWhenStale: !check });
  const { total, files } = initialLoad();
  console.log(`console initial load: ${(total / 1000).toFixed(1)} kB gzip (budget ${INITIAL_JS_BUDGET / 1000} kB)`);
  for (const { file, gzip } of files.slice(0, 5)) console.log(`  ${(gzip / 1000).toFixed(1).padStart(7)} kB  ${file}`);
  if (check && total > INITIAL_JS_BUDGET) {
    console.error(`the console's initial load is over budget by ${((total - INITIAL_JS_BUDGET) / 1000).toFixed(1)} kB: load the new code lazily (see apps/console/src/app/routes.tsx)`);
    process.exit(1);
  }
}
