import type { Browser, Page } from 'playwright-core';
import { ApiClient, expect2xx, freshSampleNumber, launchBrowser, PRINCIPALS, reviewers, RunningSystem, sampleDeclaration, setIntakeClock, TIANJIN_2023_REVIEW_DAY, uniqueCreditCode, unitPublicityBefore, uploadEvidence, waitFor } from '@zc/testing';
import { consoleSystemSettings, inspectPage, isolatedDatabases, openFromMenu, reloadUntil, reviewDossier, signInAs } from './support/console-browser';
import { awaitCheck, awaitStatus, loadFeed, readDeclaration, submit } from './support/declarations';

const PLAN = 'tianjin-2023-quality-metrology';
const COMMITTEE = 'tianjin-engineering-quality-metrology';
/** The seeded expert-1's subject (libs/identity seed-accounts.ts SEED_EXPERT_SUB): the pool entry the office adds for them. */
const EXPERT_1 = 'e0000000-0000-4000-8000-000000000001';
const FILING_DAY = '2023-11-20';
const MEETING_DAY = '2023-12-01';

type PlanDocument = Record<string, unknown> & { verification: Record<string, unknown> };

/**
 * The committee office and the expert in the console (issue 15), in headless Chromium behind the
 * gateway. By API: a plan version with reporting deadlines (R-PB-4) and a short check timeout, two
 * declarations up to verification (one waiting on a manual review), a registered committee with a
 * pool of four, and the draw an inspector witnesses. In the browser: the office adds expert-1 to
 * the pool, decides the manual review, files the review plan with its lead time shown (R-CM-2),
 * opens the meeting with everyone present; expert-1 commits (R-CM-5), opens each dossier, gives an
 * opinion and votes (R-CM-7); the office closes the meeting, dismisses a public objection (R-PB-2)
 * and records the results' report (R-PB-4). Each page passes axe and is kept as a screenshot.
 */
describe('the committee office and the expert, in the console', () => {
  // Results stay on display long enough to object to (R-PB-1 is shortened in tests).
  const databases = isolatedDatabases('console_committee');
  const system = new RunningSystem(consoleSystemSettings(databases.url), { env: { publicity: { PUBLICITY_WINDOW_MS: '600000' } } });
  const api = (service: Parameters<typeof system.url>[0]) => new ApiClient(system.url(service));
  const admin = (service: Parameters<typeof system.url>[0]) => api(service).as(PRINCIPALS.bureauAdmin);
  const moveCommitteeClock = (date: string) => expect2xx(`committee clock to ${date}`, admin('committee').request('PUT', '/testing/clock', { now: `${date}T10:00:00+08:00` }));
  let browser: Browser;
  let office: Page;
  let expert: Page;
  const ids: string[] = [];
  let reviewPlanId = '';
  let forwarded = { id: '', name: '' };

  beforeAll(async () => {
    await databases.prepare();
    await system.start();
    browser = await launchBrowser();
    // A plan version owing the province each result's report (R-PB-4), with checks that time out to manual review at once.
    const plan = await expect2xx('read the plan', admin('intake').get<{ versions: { document: PlanDocument }[] }>(`/plans/${PLAN}`));
    const document = plan.versions.at(-1)!.document;
    const draft = await expect2xx('draft a version', admin('intake').request<{ version: number }>('PUT', `/plans/${PLAN}`, { ...document, resultReporting: { reportWithinDays: 30, fileWithinDays: 30 }, verification: { ...document.verification, pendingTimeoutSeconds: 3 } }));
    await expect2xx('publish it', admin('intake').post(`/plans/${PLAN}/publication`, {}));
    for (const [service, table] of [['verification', 'VerificationPlan'], ['publicity', 'PublicityPlan'], ['committee', 'CommitteePlan']] as const) {
      await waitFor(`${service} to know v${draft.version}`, async () => (await databases.query(service, `SELECT 1 FROM "${table}" WHERE "planId" = $1 AND version = $2`, [PLAN, draft.version])).length > 0 || undefined);
    }
    // Two declarations: one with every feed, one whose continuing education never arrives (manual review).
    for (const skip of [[], ['continuing-education' as const]]) {
      const n = freshSampleNumber();
      const declaration = sampleDeclaration(n, { employerCreditCode: uniqueCreditCode() });
      await loadFeed(system, declaration, 6, { skip });
      ids.push(await submit(system, n, declaration));
    }
    // A third, forwarded to the office: its material review asks for a correction.
    const n = freshSampleNumber();
    const declaration = sampleDeclaration(n, { employerCreditCode: uniqueCreditCode() });
    await setIntakeClock(system.url('intake'), TIANJIN_2023_REVIEW_DAY);
    const asApplicant = api('intake').as(PRINCIPALS.applicant(n, declaration));
    const { id } = await expect2xx('draft', asApplicant.post<{ id: string }>('/declarations', declaration));
    await uploadEvidence(asApplicant, id, declaration);
    await expect2xx('submit', asApplicant.post(`/declarations/${id}/submission`, {}));
    await expect2xx('employer', api('intake').as(reviewers.employer(declaration.employerCreditCode)).post(`/declarations/${id}/employer-review`, { decision: 'recommend', unitPublicity: unitPublicityBefore(TIANJIN_2023_REVIEW_DAY) }));
    await expect2xx('department', api('intake').as(reviewers.department(declaration.department)).post(`/declarations/${id}/department-review`, { decision: 'forward' }));
    forwarded = { id, name: declaration.applicantName };
    expect(((await readDeclaration(system, ids[0]!)) as unknown as { committee: string }).committee).toBe(COMMITTEE);
    await expect2xx('register the committee', admin('committee').post('/committees', {
      id: COMMITTEE, name: '天津市工程技术质量计量专业评审委员会', organisingUnit: '天津市市场监管委', type: 'socialised', region: 'tianjin', series: ['engineering'],
      specialties: ['metrology'], levels: ['primary', 'intermediate', 'deputy-senior', 'senior'], filingNumber: '津职备〔2023〕12号', filedUntil: '2099-12-31', openToHighSkill: false,
    }));
    for (let i = 1; i <= 4; i += 1) {
      await expect2xx('add an expert', api('committee').as(reviewers.office(COMMITTEE)).post(`/committees/${COMMITTEE}/experts`, { name: `计量专家${i}`, specialties: ['metrology'], titleLevel: 'senior', employerCreditCode: uniqueCreditCode(), nonPublic: i === 1 }));
    }
    office = await signInAs(browser, system.consoleUrl, 'office-tianjin');
  });
  afterAll(async () => {
    await browser?.close();
    await databases.settle().catch((error: Error) => console.warn(error.message));
    await system.stop();
    await databases.release();
  });

  it('the office adds expert-1 to its pool and reads the pool report', async () => {
    await openFromMenu(office, '评委会与专家库');
    await office.getByRole('cell', { name: '计量专家4' }).waitFor();
    await office.getByLabel('姓名', { exact: true }).fill('评审专家');
    await office.getByLabel('专业', { exact: true }).fill('metrology');
    await office.getByLabel('专业', { exact: true }).press('Enter');
    await office.getByLabel('专业', { exact: true }).press('Escape');
    await office.getByLabel('工作单位统一社会信用代码').fill(uniqueCreditCode());
    await office.getByLabel('专家登录账号标识（可选）').fill(EXPERT_1);
    await office.getByRole('button', { name: '加入专家库' }).click();
    await office.getByRole('cell', { name: '评审专家', exact: true }).waitFor();
    await office.getByText('专家库符合要求').waitFor();
    expect(await inspectPage(office, 'committee-office-committees')).toEqual([]);
  });

  it('the office asks for a correction once, by checklist, listing every defect (R-RV-4)', async () => {
    await openFromMenu(office, '材料审查');
    await office.getByRole('button', { name: `按清单告知补正: ${forwarded.name}` }).click();
    const dialog = office.getByRole('dialog');
    await dialog.getByLabel('论文缺少版权页（CN/ISSN）').check();
    await dialog.getByLabel('成果材料首页未加盖单位公章').check();
    await dialog.getByLabel('其他问题（每行一项）').fill('代表作与申报专业关联说明缺失');
    expect(await inspectPage(office, 'committee-office-correction-checklist')).toEqual([]);
    await dialog.getByRole('button', { name: '提交' }).click();
    await office.getByText('已办理').waitFor();
    await awaitStatus(system, forwarded.id, 'correction-requested');
  });

  it('the office decides the manual review, and files a review plan with the lead time shown', async () => {
    await awaitCheck(system, ids[1]!, 'continuing-education', 'manual-review', 30_000);
    await openFromMenu(office, '核验人工复核');
    const pass = office.getByRole('button', { name: `通过: continuing-education ${ids[1]}`, exact: true });
    await reloadUntil(office, pass, 'the check waiting for manual review');
    expect(await inspectPage(office, 'committee-office-manual-reviews')).toEqual([]);
    await pass.click();
    await office.getByLabel('复核意见').fill('已查验单位提供的继续教育学时证明原件。');
    await office.getByRole('button', { name: '提交' }).click();
    await office.getByText('已记录复核结果').waitFor();
    for (const id of ids) await awaitStatus(system, id, 'verified');

    await moveCommitteeClock(FILING_DAY);
    await openFromMenu(office, '评审方案');
    for (const id of ids) await reloadUntil(office, office.getByRole('cell', { name: id }), 'the declarations ready for the committee');
    await office.getByLabel('评审会议日期').fill(MEETING_DAY);
    // R-CM-2: the plan's lead time, and the last day to file for this meeting.
    await office.getByTestId('lead-time').getByText('最迟应于 2023-11-24').waitFor();
    await office.getByLabel('候补人数').fill('0');
    await office.getByLabel('会议地点').fill('天津市人才服务中心第三会议室');
    expect(await inspectPage(office, 'committee-office-review-plans')).toEqual([]);
    await office.getByRole('button', { name: '上报方案' }).click();
    await office.waitForURL(/\/office\/review-plans\/[0-9a-f-]{36}$/);
    reviewPlanId = office.url().split('/').at(-1)!;
    await office.getByText('尚未抽取').waitFor();
    expect(await office.getByText('本计划无需会议审批').count()).toBe(1);
  });

  it('the office opens the meeting with the drawn experts present', async () => {
    // An inspector of the region witnesses the draw (R-CM-2, R-SV-2): their own page, driven by API here.
    await expect2xx('draw', api('committee').as(reviewers.witness('tianjin')).post(`/review-plans/${reviewPlanId}/draw`, { witnessInput: '20231120-见证' }));
    await office.reload();
    await office.getByTestId('drawn-panel').getByText('评审专家').waitFor();
    expect(await inspectPage(office, 'committee-office-review-plan-drawn')).toEqual([]);
    await moveCommitteeClock(MEETING_DAY);
    await office.getByRole('button', { name: '开会' }).click();
    await office.getByText('会议已开始', { exact: true }).first().waitFor();
    await office.getByText('就座专家：metrology').waitFor();
    expect(await inspectPage(office, 'committee-office-meeting-open')).toEqual([]);
  });

  it('expert-1 commits, opens each dossier, gives an opinion and votes', async () => {
    expert = await signInAs(browser, system.consoleUrl, 'expert-1');
    await openFromMenu(expert, '我的评审');
    const enter = expert.getByRole('link', { name: `进入评审 ${MEETING_DAY} metrology` });
    await enter.waitFor();
    expect(await inspectPage(expert, 'expert-panels')).toEqual([]);
    await enter.click();
    await expert.getByRole('heading', { name: `评审会议 ${MEETING_DAY}` }).waitFor();
    expect(await inspectPage(expert, 'expert-commitment')).toEqual([]);
    await expert.getByRole('button', { name: '作出承诺' }).click();
    for (const id of ids) {
      await reviewDossier(expert.getByTestId(`dossier-${id}`), async () => {
        if (id === ids[0]) expect(await inspectPage(expert, 'expert-panel-dossier')).toEqual([]);
      });
    }
    expect(await inspectPage(expert, 'expert-panel-voted')).toEqual([]);
    // The other four vote by API.
    const sitting = (await databases.query<{ sitting: { members: string[] }[] }>('committee', 'SELECT sitting FROM "Meeting" WHERE "reviewPlanId" = $1', [reviewPlanId]))[0]!.sitting[0]!.members;
    expect(sitting).toContain(EXPERT_1);
    for (const member of sitting.filter((m) => m !== EXPERT_1)) {
      const asExpert = api('committee').as(reviewers.expert(member));
      await expect2xx('commit', asExpert.post(`/review-plans/${reviewPlanId}/commitments`, { statement: '本人承诺客观公正评审，遵守回避与保密规定。' }));
      for (const id of ids) await expect2xx('vote', asExpert.post(`/review-plans/${reviewPlanId}/declarations/${id}/ballot`, { choice: 'for' }));
    }
  });

  it('the office closes the meeting and reads the results', async () => {
    await office.reload();
    await office.getByRole('button', { name: '结束会议并计票' }).click();
    await office.locator('.ant-popconfirm').getByRole('button', { name: '结束会议并计票' }).click();
    await office.getByText('会议已于 2023-12-01 结束').waitFor();
    await office.getByRole('cell', { name: 'passed' }).first().waitFor();
    expect(await office.getByRole('cell', { name: 'passed' }).count()).toBe(2);
    expect(await inspectPage(office, 'committee-office-meeting-closed')).toEqual([]);
  });

  it('the office dismisses a public objection and records the results’ report to the province', async () => {
    const name = ((await readDeclaration(system, ids[0]!)) as unknown as { applicantName: string }).applicantName;
    const windowId = await waitFor('the result on display', async () => (await api('publicity').get<{ windowId: string; name: string }[]>('/publicity')).body.find((w) => w.name === name)?.windowId);
    const target = `代表作《计量器具检定方法研究》（${name}）`;
    await expect2xx('object', api('publicity').post(`/publicity/${windowId}/objections`, { target, evidence: '该论文与2019年另一作者发表于同一期刊的论文第2至5页内容相同，见期刊第3期。', contact: 'objector@example.cn' }));

    await openFromMenu(office, '异议处理');
    const dismiss = office.getByRole('button', { name: `异议不成立: ${target}` });
    await reloadUntil(office, dismiss, 'the objection at the office');
    expect(await inspectPage(office, 'committee-office-objections')).toEqual([]);
    await dismiss.click();
    await office.getByLabel('调查结论与理由').fill('经核查，两篇论文研究对象与数据均不同，不存在抄袭。');
    await office.getByRole('button', { name: '提交' }).click();
    await office.getByText('已答复异议').waitFor();

    await openFromMenu(office, '结果报送');
    for (const id of ids) await reloadUntil(office, office.getByRole('checkbox', { name: `结果报送 ${id}` }), 'the reporting duty');
    for (const id of ids) await office.getByRole('checkbox', { name: `结果报送 ${id}` }).check();
    await office.getByLabel('报送文号').fill('津职称报〔2023〕12号');
    expect(await inspectPage(office, 'committee-office-reporting-duties')).toEqual([]);
    await office.getByRole('button', { name: '登记报送' }).click();
    await office.getByText('已登记报送').waitFor();
    await office.getByRole('cell', { name: '津职称报〔2023〕12号' }).first().waitFor();
  });
});
