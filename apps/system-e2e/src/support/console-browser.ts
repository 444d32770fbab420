import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import type { Pool } from 'pg';
import { skipToEndOfTopics } from '@zc/messaging/testing';
import type { ServiceName } from '@zc/platform';
import { SAMPLE_PDF, waitFor, type SystemSettings } from '@zc/testing';
import { buildConsole, CONSOLE_DIR } from '../../../../tools/console/build';
import { ownDatabases } from './own-databases';
import { awaitQuiet } from './quiet';
import { TEST_DATABASE_PREFIX, TEST_KAFKA, TEST_PORT_OFFSET, TEST_SYSTEM, testPool } from './test-system';

export const SEED_PASSWORD = 'zhicheng-dev';
const SCREENSHOTS = path.resolve(__dirname, '../../../../.cache/console-screenshots');

/**
 * The test system behind one origin, as a browser sees it: identity at /, the services at /api, the
 * console at /console; on a file's own databases when given (see isolatedDatabases).
 */
export function consoleSystemSettings(databaseUrl: SystemSettings['databaseUrl'] = TEST_SYSTEM.databaseUrl): SystemSettings {
  // npm test builds the console before the system tests; a single spec run builds it when stale.
  buildConsole({ onlyWhenStale: true });
  return { ...TEST_SYSTEM, databaseUrl, gateway: { port: 8080 + TEST_PORT_OFFSET, consoleDir: CONSOLE_DIR } };
}

/**
 * Databases of a console file's own. The console's people are the seeded ones (王伟 is sample 0,
 * whom other files declare too) and its bureau publishes plan versions, which every later file
 * would otherwise declare and verify under: so these files keep their records to themselves.
 */
export function isolatedDatabases(name: string) {
  const databases = ownDatabases(`${TEST_DATABASE_PREFIX}${name}_`);
  const pools = new Map<ServiceName, Pool>();
  const query = async <T>(service: ServiceName, sql: string, params: unknown[] = []): Promise<T[]> => {
    const pool = pools.get(service) ?? pools.set(service, testPool(databases.url(service))).get(service)!;
    return (await pool.query(sql, params)).rows as T[];
  };
  return {
    url: (service: ServiceName) => databases.url(service),
    query,
    /** Before the system starts: fresh databases, and the shared topics read to their end (earlier files' events are theirs). */
    prepare: async () => {
      await databases.create();
      await skipToEndOfTopics(TEST_KAFKA);
    },
    /** Before the system stops: every event consumed here, so none is left for the next file's databases. */
    settle: () => awaitQuiet(60_000, (service, sql) => query(service, sql)),
    release: async () => {
      await Promise.all([...pools.values()].map((pool) => pool.end()));
      pools.clear();
      await databases.drop();
    },
  };
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

/** A photograph of a unit publicity, as far as intake checks one: the PNG signature and a few bytes. */
export const PUBLICITY_PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);

/** Picks an option of the antd Select labelled `label`. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').locator(`.ant-select-item-option[title="${option}"]`).click();
}

/** Types a date into the antd DatePicker labelled `label`. */
export async function pickDate(page: Page, label: string, date: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** Uploads a scan for one part of material 0 on the declaration page and waits for its progress to reach 100 %. */
export async function uploadPart(page: Page, part: string): Promise<Locator> {
  const row = page.getByTestId(`part-0-${part}`);
  await row.locator('input[type=file]').setInputFiles({ name: `${part}.pdf`, mimeType: 'application/pdf', buffer: SAMPLE_PDF });
  await row.getByText('100%').waitFor();
  await row.getByText('已上传').waitFor();
  return row;
}

/** Opens a page from the menu, as a person would, and waits for it to have loaded. */
export async function openFromMenu(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' });
}

/** Reloads until the locator shows: a page reads the services once, and what they do next arrives over Kafka. */
export async function reloadUntil(page: Page, locator: Locator, what: string, timeoutMs = 60_000): Promise<void> {
  await waitFor(
    what,
    async () => {
      if ((await locator.count()) > 0) return true;
      await page.reload();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' });
      return (await locator.count()) > 0 || undefined;
    },
    { timeoutMs, intervalMs: 500 },
  );
}

/**
 * Fills the new-declaration form with sample declaration 0's facts (王伟: engineering, metrology,
 * intermediate, under the Tianjin 2023 quality/metrology plan, one paper), as the feeds know them.
 */
export async function fillSampleDeclaration(page: Page, facts: { employerCreditCode: string; department: string }): Promise<void> {
  await choose(page, '年度评审计划', 'tianjin-2023-quality-metrology（tianjin 2023，v1）');
  await page.getByText('单位公示 5 个工作日').waitFor();
  await choose(page, '职称系列', '工程技术');
  await choose(page, '专业', '计量');
  await choose(page, '申报级别', '中级');
  await page.getByTestId('routing').getByText('将由').waitFor();
  await page.getByLabel('用人单位统一社会信用代码').fill(facts.employerCreditCode);
  await page.getByLabel('业务主管部门').fill(facts.department);
  await pickDate(page, '任现职时间', '2016-07-01');
  await choose(page, '单位类型', '评聘结合单位');
  await choose(page, '学位', '学士');
  await page.getByLabel('毕业院校').fill('天津大学');
  await page.getByLabel('专业（学历）').fill('测控技术与仪器');
  await pickDate(page, '毕业时间', '2012-07-01');
  await page.getByLabel('成果名称').fill('计量器具检定方法研究');
  await page.getByLabel('CN 号').fill('CN 11-2260/TB');
  await page.getByLabel('ISSN 号').fill('1000-1158');
  await page.getByLabel('首页已加盖单位公章').check();
}

/** An expert's work on one dossier card of their meeting page: read it, sign an opinion, vote for (R-CM-5..7). */
export async function reviewDossier(card: Locator, beforeVote: () => Promise<void> = async () => undefined): Promise<void> {
  await card.getByRole('button', { name: '查阅材料' }).click();
  await card.getByTestId('dossier-view').getByText('计量器具检定方法研究').waitFor();
  await card.getByLabel('评审意见').fill('论文与业绩符合中级职称评审条件。');
  await card.getByRole('button', { name: '签署意见' }).click();
  await card.getByText('已签署意见').waitFor();
  await card.getByRole('radio', { name: '同意', exact: true }).check();
  await beforeVote();
  await card.getByRole('button', { name: '投票' }).click();
  await card.getByText('已投票').waitFor();
}

/**
 * The bureau moves every service's date to a day of the plan on the demo clock page (TEST_CLOCK),
 * `day` being the start of that day's label (e.g. '评审会议'); waits until all six report it.
 */
export async function moveDemoClock(page: Page, consoleUrl: string, planId: string, day: string): Promise<string> {
  await page.goto(`${consoleUrl}bureau/clock`);
  await page.getByTestId('service-clocks').getByRole('row').nth(6).waitFor();
  await choose(page, '年度计划', planId);
  const choice = page.getByRole('radio', { name: new RegExp(`^\\d{4}-\\d{2}-\\d{2} ${day}`) });
  await choice.check();
  const date = (await page.getByLabel('其他日期').inputValue()).trim();
  await page.getByRole('button', { name: '各服务移到此日' }).click();
  await page.getByText(`各服务的日期已移到 ${date}`).waitFor();
  await waitFor(`every service's clock on ${date}`, async () => (await page.getByTestId('service-clocks').getByRole('cell', { name: date, exact: true }).count()) === 6 || undefined, { timeoutMs: 10_000, intervalMs: 200 });
  return date;
}
