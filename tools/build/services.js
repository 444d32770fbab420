#!/usr/bin/env node
'use strict';
// Compiles the services, the identity provider and every library they use from TypeScript to
// plain JavaScript (SWC, the same transform tests use), keeping the workspace's layout, with the
// `@zc/*` path aliases rewritten to relative requires. A service then starts as `node <build>/apps/
// <service>/src/main.js`: no TypeScript compiler and no on-the-fly transform in every process (a
// service loaded in 1.85 s through @swc-node/register, 1.27 s compiled; a test run starts ~190).
//
//   node tools/build/services.js            builds dist/services/<digest of the sources>, prints it
//   node tools/build/services.js --out DIR  builds into DIR (the container image)
//
// The build directory is named by a digest of everything that goes into it, so a build is never
// stale and two runs (test slots, npm start) share one without racing: each builds aside and
// renames into place, and a directory that exists is complete.

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const BUILDS = path.join(ROOT, 'dist/services');
/** Builds kept beside the newest (a test run may still be using the previous one). */
const KEEP = 3;

/** The TypeScript a running service can load: apps other than the console and tests, and libs, without specs. */
function sources() {
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(full);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.spec.ts')) {
        files.push(full);
      }
    }
  };
  const apps = fs.readdirSync(path.join(ROOT, 'apps')).filter((app) => fs.existsSync(path.join(ROOT, 'apps', app, 'src/main.ts')));
  for (const app of apps) walk(path.join(ROOT, 'apps', app, 'src'));
  for (const lib of fs.readdirSync(path.join(ROOT, 'libs'))) walk(path.join(ROOT, 'libs', lib));
  return files.sort();
}

function swcOptions() {
  const { compilerOptions } = JSON.parse(fs.readFileSync(path.join(ROOT, 'tsconfig.base.json'), 'utf8'));
  return {
    sourceMaps: true,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      // NestJS reads constructor types from the decorator metadata, as tsc emits it.
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      baseUrl: ROOT,
      paths: compilerOptions.paths,
    },
    module: { type: 'commonjs' },
  };
}

function digestOf(files) {
  const hash = crypto.createHash('sha256');
  const swcVersion = require('@swc/core/package.json').version;
  for (const extra of [__filename, path.join(ROOT, 'tsconfig.base.json')]) hash.update(fs.readFileSync(extra));
  hash.update(swcVersion);
  for (const file of files) hash.update(path.relative(ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

function compileInto(dir, files) {
  const swc = require('@swc/core');
  const options = swcOptions();
  for (const file of files) {
    const target = path.join(dir, path.relative(ROOT, file)).replace(/\.ts$/, '.js');
    const { code, map } = swc.transformFileSync(file, { ...options, filename: file });
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, `${code}\n//# sourceMappingURL=${path.basename(target)}.map\n`);
    fs.writeFileSync(`${target}.map`, map);
  }
}

/** Builds (unless this digest's build exists) and returns its directory; `out` builds there instead, always. */
function buildServices({ out } = {}) {
  const started = Date.now();
  const files = sources();
  if (out) {
    fs.rmSync(out, { recursive: true, force: true });
    compileInto(out, files);
    return { dir: out, built: true, files: files.length, ms: Date.now() - started };
  }
  const dir = path.join(BUILDS, digestOf(files));
  if (fs.existsSync(dir)) return { dir, built: false, files: files.length, ms: Date.now() - started };
  const aside = `${dir}.${process.pid}.tmp`;
  compileInto(aside, files);
  try {
    fs.renameSync(aside, dir);
  } catch (error) {
    // Another run finished the same build first: theirs is identical.
    fs.rmSync(aside, { recursive: true, force: true });
    if (!fs.existsSync(dir)) throw error;
  }
  pruneOldBuilds(dir);
  return { dir, built: true, files: files.length, ms: Date.now() - started };
}

function pruneOldBuilds(current) {
  const others = fs
    .readdirSync(BUILDS)
    .map((name) => path.join(BUILDS, name))
    .filter((dir) => dir !== current && !dir.endsWith('.tmp'))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  for (const dir of others.slice(KEEP)) fs.rmSync(dir, { recursive: true, force: true });
}

module.exports = { buildServices };

if (require.main === module) {
  const at = process.argv.indexOf('--out');
  const result = buildServices(at > 0 ? { out: path.resolve(process.argv[at + 1]) } : {});
  console.log(`${result.built ? 'built' : 'up to date:'} ${result.files} files in ${result.ms} ms → ${path.relative(process.cwd(), result.dir) || '.'}`);
}
