import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { SystemSettings } from '@zc/testing';
import { buildConsole, CONSOLE_DIR } from '../../../../tools/console/build';
import { TEST_PORT_OFFSET, TEST_SYSTEM } from './test-system';

export const SEED_PASSWORD = 'zhicheng-dev';
const SCREENSHOTS = path.resolve(__dirname, '../../../../.cache/console-screenshots');

/** The test system behind one origin, as a browser sees it: identity at /, the services at /api, the console at /console. */
export function consoleSystemSettings(): SystemSettings {
  // npm test builds the console before the system tests; a single spec run builds it when stale.
  buildConsole({ onlyWhenStale: true });
  return { ...TEST_SYSTEM, gateway: { port: 8080 + TEST_PORT_OFFSET, consoleDir: CONSOLE_DIR } };
}

/** A fresh browser context (its own cookies and session storage: one person), on the console's home page. */
export async function openConsole(browser: Browser, consoleUrl: string, language: 'zh-CN' | 'en' = 'zh-CN'): Promise<Page> {
  const context = await browser.newContext({ reducedMotion: 'reduce', locale: language, viewport: { width: 1280, height: 800 } });
  // Runs in the page, where localStorage exists (the test's own TypeScript has no DOM types).
  await context.addInitScript((chosen) => (globalThis as unknown as { localStorage: { setItem: (key: string, value: string) => void } }).localStorage.setItem('zc-console-language', chosen), language);
  const page = await context.newPage();
  await page.goto(consoleUrl);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

/** Signs in from the console's header through the identity provider's page, as a person would. */
export async function signInAs(browser: Browser, consoleUrl: string, login: string): Promise<Page> {
  const page = await openConsole(browser, consoleUrl);
  await page.getByRole('banner').getByRole('button', { name: '登录' }).click();
  await page.getByLabel('证件号码或账号').fill(login);
  await page.getByLabel('密码').fill(SEED_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('signed-in-as').waitFor();
  return page;
}

/**
 * The page as it stands, checked for accessibility (WCAG 2.1 A and AA; serious and critical
 * violations fail) and kept as a screenshot under .cache/console-screenshots for review.
 */
export async function inspectPage(page: Page, name: string): Promise<string[]> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${name}: ${violation.id} (${violation.impact}) ${violation.help}: ${violation.nodes.slice(0, 3).map((node) => `${node.target.join(' ')} [${node.failureSummary ?? ''}]`).join(', ')}`);
}
