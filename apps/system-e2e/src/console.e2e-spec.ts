import type { Browser, Page } from 'playwright-core';
import { launchBrowser, RunningSystem } from '@zc/testing';
import { consoleSystemSettings, inspectPage, openConsole, signInAs } from './support/console-browser';

/** Each seeded person, the menu entries they should see (besides the public ones) and the page they land on. */
const PEOPLE = [
  { who: 'applicant', login: '120101195001010000', name: '王伟', own: ['我的申报', '新建申报'], lands: '/applicant/declarations' },
  { who: 'employer', login: 'employer-91440300708461136T', name: '用人单位 91440300708461136T', own: ['单位审核'], lands: '/employer/reviews' },
  { who: 'department', login: 'department-tianjin', name: '天津市市场监管委', own: ['主管部门审核'], lands: '/department/reviews' },
  { who: 'committee-office', login: 'office-tianjin', name: '评委会办公室', own: ['材料审查', '评委会与专家库', '核验人工复核', '评审方案', '异议处理', '结果报送'], lands: '/office/reviews' },
  { who: 'expert', login: 'expert-1', name: '评审专家', own: ['我的评审'], lands: '/expert/panels' },
  { who: 'inspector', login: 'inspector-tianjin', name: '天津市监督员', own: ['实时监督', '案件时间线', '专家抽取见证', '抽查见证', '审计链核验', '订阅与推送', '诚信档案', '统计分析'], lands: '/inspector/findings' },
  { who: 'bureau-admin', login: 'bureau-admin', name: '人社局管理员', own: ['年度计划', '评委会管理', '会议审批', '取消申报资格', '抽查', '数据对接', '统计分析', '演示时钟'], lands: '/bureau/plans' },
] as const;
const PUBLIC_MENU = ['评审结果公示', '证书查验'];

/**
 * The web console in headless Chromium, behind the one-origin gateway as people reach it: every
 * role signs in through the identity provider's page, sees its own pages and no other role's, and
 * every page passes axe (no serious or critical WCAG 2.1 AA violation). Screenshots of each page
 * land in .cache/console-screenshots.
 */
describe('the web console, in a real browser', () => {
  const system = new RunningSystem(consoleSystemSettings());
  let browser: Browser;

  beforeAll(async () => {
    await system.start();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await system.stop();
  });

  const menuOf = async (page: Page) => (await page.getByRole('navigation').getByRole('menuitem').allTextContents()).map((text) => text.trim());

  it('opens to anyone at one address: the home page, the publicity list and the verification form, without signing in', async () => {
    const page = await openConsole(browser, system.consoleUrl);
    expect(await menuOf(page)).toEqual(PUBLIC_MENU);
    expect(await inspectPage(page, 'public-home')).toEqual([]);

    await page.getByRole('navigation').getByRole('link', { name: '评审结果公示' }).click();
    await page.getByRole('heading', { name: '评审结果公示' }).waitFor();
    await page.getByRole('table').waitFor();
    expect(await inspectPage(page, 'public-publicity')).toEqual([]);

    await page.getByRole('navigation').getByRole('link', { name: '证书查验' }).click();
    await page.getByLabel('证书编号').fill('00000000-0000-4000-8000-000000000001');
    await page.getByLabel('查验码').fill('WRONGCODE');
    await page.getByRole('button', { name: '查验' }).click();
    // An unknown certificate is refused as the service says it, never shown as valid.
    await page.getByTestId('refusal').waitFor();
    expect(await page.getByTestId('refusal').textContent()).toContain('no certificate with that id and check code');
    expect(await inspectPage(page, 'public-verification-refused')).toEqual([]);
  });

  it('switches to English and back', async () => {
    const page = await openConsole(browser, system.consoleUrl);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Welcome to the professional title evaluation platform' }).waitFor();
    expect(await menuOf(page)).toEqual(['Results on publicity', 'Verify a certificate']);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await inspectPage(page, 'public-home-en')).toEqual([]);
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { name: '欢迎使用职称评审服务平台' }).waitFor();
  });

  it.each(PEOPLE.map((person) => [person.who, person] as const))('%s signs in as themselves, sees only their own pages, and is refused every other role’s', async (who, person) => {
    const page = await signInAs(browser, system.consoleUrl, person.login);
    expect(await page.getByTestId('signed-in-as').textContent()).toBe(person.name);
    expect(await menuOf(page)).toEqual([...PUBLIC_MENU, ...person.own]);

    await page.getByRole('navigation').getByRole('link', { name: person.own[0] }).click();
    await page.waitForURL(`**/console${person.lands}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // Loaded: no spinner left (the inspector's page keeps its findings stream open, so the network never idles).
    await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
    expect(await page.getByTestId('refusal').count()).toBe(0);
    expect(await inspectPage(page, `${who}-home`)).toEqual([]);

    // Every other role's landing page, reached by its address, is refused (and calls nothing).
    for (const other of PEOPLE.filter((candidate) => candidate.who !== who)) {
      await page.goto(`${system.consoleUrl}${other.lands.slice(1)}`);
      await page.getByTestId('forbidden').waitFor();
    }
    expect(await inspectPage(page, `${who}-forbidden`)).toEqual([]);
  });
});
