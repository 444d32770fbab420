'use strict';
// Installs npm dependencies when they are missing or older than package.json. Plain Node: it runs
// before anything is installed. `npm install`, not `npm ci`: lockfiles made on one platform can
// lack another platform's optional native packages.

const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..', '..');

function ensureDependencies() {
  const marker = path.join(ROOT, 'node_modules', '.package-lock.json');
  const manifest = path.join(ROOT, 'package.json');
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= fs.statSync(manifest).mtimeMs) return;
  console.log('installing npm dependencies…');
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm install failed');
}

/** Environment every tool and service of the workspace runs with. */
const WORKSPACE_ENV = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' };

module.exports = { ROOT, ensureDependencies, WORKSPACE_ENV };
