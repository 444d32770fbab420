import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { WORKSPACE_ROOT } from './service-process';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * The machine's Chromium (browser downloads are not possible here, so Playwright drives the Debian
 * package), installed with apt-get on first use when running as root.
 */
export function chromiumPath(): string {
  const found = process.env['CHROMIUM_PATH'] ?? CANDIDATES.find((candidate) => existsSync(candidate));
  if (found) return found;
  if (process.getuid?.() !== 0) throw new Error('no Chromium: install the chromium package or set CHROMIUM_PATH');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { env, stdio: 'ignore' });
  execFileSync('apt-get', ['install', '-y', 'chromium'], { env, stdio: 'ignore', timeout: 900_000 });
  return chromiumPath();
}

/**
 * A fontconfig file that adds the Noto Sans SC the certificates are printed with (an npm package,
 * so no system CJK font is needed) to the machine's fonts: Chinese pages render, and screenshots
 * show characters rather than boxes.
 */
function chineseFontConfig(): string {
  const fonts = path.dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
  const dir = path.join(WORKSPACE_ROOT, '.cache', 'fontconfig');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'fonts.conf');
  const system = existsSync('/etc/fonts/fonts.conf') ? '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>' : '';
  const config = `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>${system}<dir>${fonts}/400Regular</dir><dir>${fonts}/700Bold</dir><cachedir>${dir}/cache</cachedir></fontconfig>\n`;
  // Written only when it changes: another test worker's Chromium may be reading it right now.
  if (!existsSync(file) || readFileSync(file, 'utf8') !== config) writeFileSync(file, config);
  return file;
}

/** A headless Chromium for one test file; close it in afterAll. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    env: { ...process.env, FONTCONFIG_FILE: chineseFontConfig() },
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
