import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { CommitteeAuthorityLost, CommitteeRegistered, createEvent, Topics } from '@zc/contracts';
import { produceRaw } from '@zc/messaging/testing';
import { ApiClient, freshSampleNumber, launchBrowser, PRINCIPALS, RunningSystem, sampleDeclaration, waitFor } from '@zc/testing';
import { choose, consoleSystemSettings, inspectPage, isolatedDatabases, signInAs } from './support/console-browser';
import { awaitStatus, loadFeed, passCommittee, submit } from './support/declarations';
import { TEST_KAFKA } from './support/test-system';

/** A webhook receiver on loopback (the test system allows 127.0.0.1): answers 204 to everything and counts. */
class Receiver {
  received = 0;
  private server: Server | undefined;
  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      request.resume().on('end', () => {
        this.received += 1;
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
  }
  url(path: string): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}${path}`;
  }
  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/**
 * R-CM-8 as supervision sees it from the committee service's events: a committee of the region
 * registered, then it loses its authority; supervision raises a finding about it at once.
 */
async function raiseFinding(committeeId: string): Promise<void> {
  const source = { source: 'committee', correlationId: committeeId };
  const registered = createEvent(CommitteeRegistered, committeeId, { committeeId, name: `committee ${committeeId}`, type: 'socialised', region: 'tianjin', filingNumber: `F-${committeeId}`, filedUntil: '2035-12-31' }, source);
  const lost = createEvent(CommitteeAuthorityLost, committeeId, { committeeId, barredUntil: '2027-01-01', reason: 'a review plan lapsed at the deadline', lapsedReviewPlans: [] }, source);
  await produceRaw(TEST_KAFKA, Topics.committeeReview, [
    { key: committeeId, value: JSON.stringify(registered) },
    { key: committeeId, value: JSON.stringify(lost) },
  ]);
}

/** Opens a page of the console by its path and waits for its heading and for its spinners to go. */
async function open(page: Page, consoleUrl: string, path: string): Promise<void> {
  await page.goto(`${consoleUrl}${path.slice(1)}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' });
}

/**
 * The oversight pages in a real browser: the inspector (live findings over SSE, a finding's detail
 * and its case's timeline, the audit chain, a webhook subscription and its deliveries, witnessing a
 * draw and a spot check, the integrity archive) and the bureau (a plan edited, published and
 * compared, the statistics dashboard's charts, feeds, committees, cancellations, spot checks).
 * A little data comes by API: two declarations through a committee meeting (one passed, one
 * failed), and findings raised from committee events.
 */
describe('the console for oversight: inspector and bureau', () => {
  const databases = isolatedDatabases('console_oversight');
  const system = new RunningSystem(consoleSystemSettings(databases.url));
  const receiver = new Receiver();
  const run = randomUUID().slice(0, 8);
  let browser: Browser;
  /** Two declarations taken through one meeting: made while the first test runs, awaited where needed. */
  let meeting: Promise<{ reviewPlanId: string; ids: string[]; planId: string }>;

  async function prepareDeclarations(): Promise<{ reviewPlanId: string; ids: string[]; planId: string }> {
    const applicants = [freshSampleNumber(), freshSampleNumber()];
    const ids: string[] = [];
    for (const [i, n] of applicants.entries()) {
      // The first promises its continuing education (R-VF-1), so a spot check has someone to draw.
      const declaration = sampleDeclaration(n, { continuingEducationPromise: i === 0 });
      await loadFeed(system, declaration);
      ids.push(await submit(system, n, declaration));
    }
    const [passing] = ids;
    const { reviewPlanId } = await passCommittee(system, ids, (id) => (id === passing ? 'for' : 'against'));
    await awaitStatus(system, ids[1]!, 'committee-failed');
    const { planId } = (await new ApiClient(system.url('intake')).as(PRINCIPALS.bureauAdmin).get<{ planId: string }>(`/declarations/${passing}`)).body;
    return { reviewPlanId, ids, planId };
  }

  beforeAll(async () => {
    await databases.prepare();
    await receiver.start();
    await system.start();
    browser = await launchBrowser();
    meeting = prepareDeclarations();
    meeting.catch(() => undefined); // awaited (and failing) in the tests that need it
  });
  afterAll(async () => {
    await browser?.close();
    await databases.settle().catch((error: Error) => console.warn(error.message));
    await system.stop();
    await databases.release();
    await receiver.stop();
  });

  it('inspector: a finding arrives live, its detail and timeline, the audit chain, a webhook subscription with deliveries, the witness pages and the archive', async () => {
    const page = await signInAs(browser, system.consoleUrl, 'inspector-tianjin');
    const url = system.consoleUrl;
    await open(page, url, '/inspector/findings');
    await waitFor('the findings stream to open', async () => ((await page.getByTestId('live-state').textContent())?.startsWith('实时') ? true : undefined));

    // Raised after the page opened: it appears without a reload, from the stream.
    const committee = `CON-${run}-1`;
    await raiseFinding(committee);
    await page.getByRole('link', { name: committee }).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('live-state').textContent()).not.toContain('已收到 0 条');
    expect(await inspectPage(page, 'inspector-findings-live')).toEqual([]);

    await page.getByRole('row', { name: new RegExp(committee) }).getByRole('link').first().click();
    await page.getByRole('heading', { name: /监督发现详情/ }).waitFor();
    await page.getByText('raised').first().waitFor();
    expect(await inspectPage(page, 'inspector-finding-detail')).toEqual([]);

    await page.getByRole('link', { name: '查看案件时间线' }).click();
    await page.waitForURL(`**/inspector/timelines/${committee}`);
    await page.getByTestId('case-timeline').getByText('committee.committee.registered.v1').waitFor();
    expect(await inspectPage(page, 'inspector-timeline')).toEqual([]);

    await page.getByRole('navigation').getByRole('link', { name: '审计链核验' }).click();
    await page.getByTestId('audit-verdict').waitFor();
    expect(await page.getByTestId('audit-verdict').getAttribute('data-ok')).toBe('true');
    expect(await page.getByTestId('audit-verdict').textContent()).toContain('审计链完整');
    expect(await inspectPage(page, 'inspector-audit')).toEqual([]);

    // A webhook for one committee's findings; a finding raised afterwards is delivered to it.
    const watched = `CON-${run}-2`;
    await page.getByRole('navigation').getByRole('link', { name: '订阅与推送' }).click();
    await page.getByLabel('回调地址').fill(receiver.url('/hook'));
    await page.getByLabel('评委会（逗号分隔）').fill(watched);
    await page.getByRole('button', { name: '创建' }).click();
    await page.getByTestId('subscription-created').waitFor();
    expect(await page.getByTestId('subscription-created').textContent()).toContain('签名密钥只显示这一次');
    expect(await inspectPage(page, 'inspector-subscriptions')).toEqual([]);
    await page.getByTestId('subscription-created').getByRole('link').click();
    await page.getByRole('heading', { name: /订阅与推送/ }).waitFor();
    await raiseFinding(watched);
    await page.getByTestId('deliveries').getByText('delivered').waitFor({ timeout: 30_000 });
    expect(receiver.received).toBeGreaterThan(0);
    // A replay from the first seq sends the watched committee's change again.
    await page.getByRole('button', { name: '重新推送' }).click();
    await page.getByText('已重新排队 1 条').waitFor();
    expect(await inspectPage(page, 'inspector-subscription-deliveries')).toEqual([]);

    await open(page, url, '/inspector/integrity-records');
    expect(await inspectPage(page, 'inspector-integrity-records')).toEqual([]);
    await open(page, url, '/inspector/spot-checks');
    expect(await inspectPage(page, 'inspector-spot-checks')).toEqual([]);

    // The meeting's draw, recomputed from its public inputs (unsealed now the meeting is over).
    const { reviewPlanId } = await meeting;
    await open(page, url, '/inspector/draws');
    await page.getByLabel('评审方案编号').fill(reviewPlanId);
    await page.getByRole('button', { name: '核验抽取' }).click();
    await page.getByTestId('draw-verdict').waitFor();
    expect(await page.getByTestId('draw-verdict').getAttribute('data-ok')).toBe('true');
    await page.getByText('公开的种子').waitFor();
    expect(await inspectPage(page, 'inspector-draw')).toEqual([]);

    await open(page, url, '/bureau/statistics');
    await page.locator('[data-testid="chart-by-stage"] svg').waitFor();
    expect(await page.getByText('申报总数 · tianjin').count()).toBe(1);
    expect(await inspectPage(page, 'inspector-statistics')).toEqual([]);
  });

  it('bureau: edits, publishes and compares a plan version, reads the dashboard, the feeds and the other pages', async () => {
    // A plan of its own (copied from the seeded one), published once, so the browser makes version 2.
    const intake = new ApiClient(system.url('intake')).as(PRINCIPALS.bureauAdmin);
    const seeded = await intake.get<{ versions: { status: string; document: Record<string, unknown> }[] }>('/plans/tianjin-2023');
    const planId = `console-${run}`;
    const document: Record<string, unknown> = { ...seeded.body.versions.filter((version) => version.status === 'published').at(-1)!.document, id: planId, year: 2031 };
    expect((await intake.post('/plans', document)).status).toBe(201);
    expect((await intake.post(`/plans/${planId}/publication`, {})).status).toBe(200);

    const page = await signInAs(browser, system.consoleUrl, 'bureau-admin');
    const url = system.consoleUrl;
    await open(page, url, '/bureau/plans');
    await page.getByRole('link', { name: planId }).click();
    await page.getByRole('heading', { name: new RegExp(planId) }).waitFor();
    const editor = page.getByLabel('计划文件（JSON）');
    await waitFor('the editor to hold the plan', async () => ((await editor.inputValue()).includes(planId) ? true : undefined));

    // A field the plan schema refuses comes back named.
    await editor.fill(JSON.stringify({ ...document, year: 'next year' }, null, 2));
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByTestId('refusal').waitFor();
    expect(await page.getByTestId('refusal').textContent()).toContain('year');

    const leadDays = Number(document['extractionLeadDays']);
    await editor.fill(JSON.stringify({ ...document, extractionLeadDays: leadDays + 2 }, null, 2));
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByTestId('plan-saved').waitFor();
    await page.getByRole('button', { name: '发布最新草稿' }).click();
    await page.getByRole('button', { name: '确定' }).click();
    await page.getByTestId('plan-published').waitFor();
    // Version 1 against version 2: the one field changed, before and after.
    const diff = page.getByTestId('plan-diff');
    await diff.getByText('extractionLeadDays').waitFor();
    expect(await diff.getByRole('row').count()).toBe(2);
    expect(await diff.getByRole('row').nth(1).textContent()).toContain(`${leadDays}${leadDays + 2}`);
    expect(await inspectPage(page, 'bureau-plan-detail')).toEqual([]);

    // The dashboard after the meeting: a pass and a failure, so a pass rate to chart.
    await meeting;
    await open(page, url, '/bureau/statistics');
    for (const chart of ['chart-by-stage', 'chart-by-region', 'chart-by-series', 'chart-pass-rates', 'chart-time-per-stage']) await page.locator(`[data-testid="${chart}"] svg`).waitFor();
    expect(await page.locator('[data-testid^="chart-"] svg').count()).toBe(5);
    expect(await page.getByTestId('chart-pass-rates').getAttribute('aria-label')).toBeTruthy();
    expect(await inspectPage(page, 'bureau-statistics')).toEqual([]);

    await open(page, url, '/bureau/feeds');
    const batches = page.getByTestId('feed-batches');
    await batches.getByRole('link').first().waitFor();
    expect(await inspectPage(page, 'bureau-feeds')).toEqual([]);
    await batches.getByRole('link').first().click();
    await page.getByRole('heading', { name: /批次/ }).waitFor();
    expect(await inspectPage(page, 'bureau-feed-batch')).toEqual([]);

    await open(page, url, '/bureau/committees');
    await page.getByRole('cell', { name: 'tianjin-engineering-quality-metrology' }).first().waitFor();
    expect(await inspectPage(page, 'bureau-committees')).toEqual([]);
    // The committee's review plans with their approval state (R-CM-1): Tianjin's need none.
    await open(page, url, '/bureau/meeting-applications');
    await choose(page, '评委会', 'tianjin-engineering-quality-metrology');
    await page.locator('tbody tr.ant-table-row').first().waitFor();
    expect(await inspectPage(page, 'bureau-meeting-applications')).toEqual([]);
    await open(page, url, '/bureau/cancellations');
    expect(await inspectPage(page, 'bureau-cancellations')).toEqual([]);
    // A spot check of the plan's promises, announced here and witnessed by the inspector (R-VF-1).
    const { planId: declaredUnder } = await meeting;
    await open(page, url, '/bureau/spot-checks');
    await page.getByLabel('年度计划编号').fill(declaredUnder);
    await page.getByLabel('抽查比例（0–1，留空按计划）').fill('1');
    await page.getByRole('button', { name: '公布抽查' }).click();
    await page.waitForURL(/\/bureau\/spot-checks\/[0-9a-f-]{36}$/);
    await page.getByText('等待监督人员见证抽取').waitFor();
    expect(await inspectPage(page, 'bureau-spot-check')).toEqual([]);
    const spotCheckId = page.url().split('/').at(-1)!;

    const inspector = await signInAs(browser, url, 'inspector-tianjin');
    await open(inspector, url, `/inspector/spot-checks/${spotCheckId}`);
    await inspector.getByLabel('见证人输入（如当日开奖号码）').fill('lottery 0815');
    await inspector.getByRole('button', { name: '见证抽取' }).click();
    await inspector.getByTestId('spot-verdict').waitFor();
    expect(await inspector.getByTestId('spot-verdict').getAttribute('data-ok')).toBe('true');
    expect(await inspectPage(inspector, 'inspector-spot-check-drawn')).toEqual([]);
  });
});
