import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { ApiClient, decodeQrPng, expect2xx, launchBrowser, PAPER_PARTS, PRINCIPALS, reviewers, RunningSystem, sampleDeclaration, setIntakeClock, TIANJIN_2023_REVIEW_DAY, uniqueCreditCode } from '@zc/testing';
import { consoleSystemSettings, fillSampleDeclaration, inspectPage, isolatedDatabases, moveDemoClock, openConsole, openFromMenu, pickDate, PUBLICITY_PNG, reloadUntil, reviewDossier, signInAs, uploadPart } from './support/console-browser';
import { awaitStatus, loadFeed } from './support/declarations';

/** 王伟, seeded applicant 0: the person of sample declaration 0, who signs in with this identity number. */
const APPLICANT = { login: '120101195001010000', name: '王伟' };
const EMPLOYER = 'employer-91440300708461136T';
const COMMITTEE = 'tianjin-engineering-quality-metrology';
/** The seeded expert-1's subject (libs/identity seed-accounts.ts): the pool entry drawn for them. */
const EXPERT_1 = 'e0000000-0000-4000-8000-000000000001';
const PLAN = 'tianjin-2023-quality-metrology';
const MEETING_DAY = '2023-12-01';

/**
 * One declaration through the whole cycle in the console (issue 15), each person signed in as
 * themselves in headless Chromium behind the one-origin gateway: 王伟 declares and uploads; the
 * employer recommends after its unit publicity (R-RV-1); the department forwards; the committee
 * office returns it once for correction (R-RV-4), 王伟 corrects and resubmits, the office accepts;
 * the three agencies' feeds verify it; the bureau moves the demo clock to the plan's filing day, the
 * office files the review plan (R-CM-2), the inspector
 * witnesses the draw, the bureau moves the clock to the meeting day, the office opens the meeting; expert-1 commits, reads the dossier, gives an
 * opinion and votes (R-CM-5..7); the office closes the meeting; a member of the public objects
 * during publicity (R-PB-2) and the office dismisses it; 王伟 downloads the certificate, and anyone
 * opening its QR code sees it valid (R-CT-2). Outside the console: the agencies' feeds, the
 * committee's registration and pool, and the four other experts' votes (expert-1 stands for them).
 */
describe('one declaration through the whole cycle, entirely in the console', () => {
  // The result stays on display long enough for the public to object, then closes by itself (R-PB-1 shortened).
  const databases = isolatedDatabases('console_cycle');
  const system = new RunningSystem(consoleSystemSettings(databases.url), { env: { publicity: { PUBLICITY_WINDOW_MS: '20000' } } });
  const api = (service: Parameters<typeof system.url>[0]) => new ApiClient(system.url(service));
  const admin = (service: Parameters<typeof system.url>[0]) => api(service).as(PRINCIPALS.bureauAdmin);
  const status = (page: Page) => page.getByTestId('declaration-status');
  let browser: Browser;
  let applicant: Page;
  let office: Page;
  let declarationUrl = '';
  let declarationId = '';
  let reviewPlanId = '';
  let bureau: Page;

  beforeAll(async () => {
    await databases.prepare();
    await system.start();
    await setIntakeClock(system.url('intake'), TIANJIN_2023_REVIEW_DAY);
    // The agencies' data about 王伟: social security, continuing education, the degree.
    await loadFeed(system, sampleDeclaration(0));
    await expect2xx('register the committee', admin('committee').post('/committees', {
      id: COMMITTEE, name: '天津市工程技术质量计量专业评审委员会', organisingUnit: '天津市市场监管委', type: 'socialised', region: 'tianjin', series: ['engineering'],
      specialties: ['metrology'], levels: ['primary', 'intermediate', 'deputy-senior', 'senior'], filingNumber: '津职备〔2023〕12号', filedUntil: '2099-12-31', openToHighSkill: false,
    }));
    const asOffice = api('committee').as(reviewers.office(COMMITTEE));
    await expect2xx('add expert-1', asOffice.post(`/committees/${COMMITTEE}/experts`, { id: EXPERT_1, name: '评审专家', specialties: ['metrology'], titleLevel: 'senior', employerCreditCode: uniqueCreditCode(), nonPublic: false }));
    for (let i = 1; i <= 4; i += 1) {
      await expect2xx('add an expert', asOffice.post(`/committees/${COMMITTEE}/experts`, { name: `计量专家${i}`, specialties: ['metrology'], titleLevel: 'senior', employerCreditCode: uniqueCreditCode(), nonPublic: i === 1 }));
    }
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await databases.settle().catch((error: Error) => console.warn(error.message));
    await system.stop();
    await databases.release();
  });

  it('王伟 declares under a published plan, uploads the paper’s scans and submits', async () => {
    applicant = await signInAs(browser, system.consoleUrl, APPLICANT.login);
    await openFromMenu(applicant, '新建申报');
    await fillSampleDeclaration(applicant, { employerCreditCode: '91440300708461136T', department: 'tianjin-market-regulation' });
    await applicant.getByRole('button', { name: '保存草稿' }).click();
    await applicant.waitForURL(/\/console\/declarations\/[0-9a-f-]{36}$/);
    declarationUrl = applicant.url();
    declarationId = declarationUrl.slice(-36);
    for (const part of PAPER_PARTS) await uploadPart(applicant, part);
    await applicant.getByRole('button', { name: '提交申报' }).click();
    await status(applicant).getByText('待单位审核').waitFor();
    expect(await inspectPage(applicant, 'cycle-1-applicant-submitted')).toEqual([]);
  });

  it('the employer recommends after five working days of unit publicity, with its photograph; the department forwards', async () => {
    const employer = await signInAs(browser, system.consoleUrl, EMPLOYER);
    await openFromMenu(employer, '单位审核');
    await employer.getByRole('button', { name: `推荐: ${APPLICANT.name}` }).click();
    const dialog = employer.getByRole('dialog');
    await pickDate(employer, '公示开始日期', '2023-10-12');
    await pickDate(employer, '公示结束日期', '2023-10-19');
    await dialog.getByText('符合要求').waitFor();
    await dialog.locator('input[type=file]').setInputFiles({ name: 'publicity.png', mimeType: 'image/png', buffer: PUBLICITY_PNG });
    await dialog.getByText('100%').waitFor();
    await dialog.getByRole('button', { name: '推荐', exact: true }).click();
    await employer.getByRole('button', { name: `推荐: ${APPLICANT.name}` }).waitFor({ state: 'detached' });

    const department = await signInAs(browser, system.consoleUrl, 'department-tianjin');
    await openFromMenu(department, '主管部门审核');
    await department.getByRole('button', { name: `同意报送: ${APPLICANT.name}` }).click();
    await department.getByRole('button', { name: `同意报送: ${APPLICANT.name}` }).waitFor({ state: 'detached' });
    expect(await inspectPage(department, 'cycle-2-department-forwarded')).toEqual([]);
  });

  it('the office returns it once for correction; 王伟 corrects and resubmits; the office accepts (R-RV-4)', async () => {
    office = await signInAs(browser, system.consoleUrl, 'office-tianjin');
    await openFromMenu(office, '材料审查');
    await office.getByRole('button', { name: `按清单告知补正: ${APPLICANT.name}` }).click();
    const dialog = office.getByRole('dialog');
    await dialog.getByLabel('论文缺少版权页（CN/ISSN）').check();
    await dialog.getByRole('button', { name: '提交' }).click();
    await office.getByText('已办理').waitFor();

    await applicant.goto(declarationUrl);
    await status(applicant).getByText('待补正').waitFor();
    expect(await applicant.getByTestId('defects').locator('li').count()).toBe(1);
    await uploadPart(applicant, 'copyright-page');
    await applicant.getByRole('button', { name: '补正后重新提交' }).click();
    await status(applicant).getByText('已补正').waitFor();
    expect(await inspectPage(applicant, 'cycle-3-applicant-resubmitted')).toEqual([]);

    await office.reload();
    await office.getByRole('button', { name: `受理: ${APPLICANT.name}`, exact: true }).click();
    await office.getByRole('button', { name: `受理: ${APPLICANT.name}`, exact: true }).waitFor({ state: 'detached' });
    // The three feeds already hold 王伟's data: verification concludes at once.
    await awaitStatus(system, declarationId, 'verified');
  });

  it('the office files the review plan, the inspector witnesses the draw, the office opens the meeting', async () => {
    // The bureau moves the demo clock to the plan's filing day, eight days before its first meeting day (R-CM-2).
    bureau = await signInAs(browser, system.consoleUrl, 'bureau-admin');
    expect(await moveDemoClock(bureau, system.consoleUrl, PLAN, '上报评审方案')).toBe('2023-11-23');
    expect(await inspectPage(bureau, 'cycle-4-bureau-demo-clock')).toEqual([]);
    await openFromMenu(office, '评审方案');
    await reloadUntil(office, office.getByRole('cell', { name: declarationId }), 'the declaration ready for the committee');
    await office.getByLabel('评审会议日期').fill(MEETING_DAY);
    await office.getByTestId('lead-time').getByText('最迟应于 2023-11-24').waitFor();
    await office.getByLabel('候补人数').fill('0');
    await office.getByLabel('会议地点').fill('天津市人才服务中心第三会议室');
    await office.getByRole('button', { name: '上报方案' }).click();
    await office.waitForURL(/\/office\/review-plans\/[0-9a-f-]{36}$/);
    reviewPlanId = office.url().split('/').at(-1)!;

    const inspector = await signInAs(browser, system.consoleUrl, 'inspector-tianjin');
    await inspector.goto(`${system.consoleUrl}inspector/draws/${reviewPlanId}`);
    await inspector.getByLabel('现场见证抽取（输入见证数）').fill('20231120-见证');
    await inspector.getByRole('button', { name: '已抽取' }).click();
    await inspector.getByTestId('draw-verdict').waitFor();
    expect(await inspectPage(inspector, 'cycle-4-inspector-witnessed')).toEqual([]);

    await office.reload();
    await office.getByTestId('drawn-panel').getByText('评审专家').waitFor();
    expect(await moveDemoClock(bureau, system.consoleUrl, PLAN, '评审会议')).toBe(MEETING_DAY);
    await office.getByRole('button', { name: '开会' }).click();
    await office.getByText('会议已开始', { exact: true }).first().waitFor();
  });

  it('expert-1 commits, reads the dossier, gives an opinion and votes; the office closes the meeting', async () => {
    const expert = await signInAs(browser, system.consoleUrl, 'expert-1');
    await openFromMenu(expert, '我的评审');
    await expert.getByRole('link', { name: `进入评审 ${MEETING_DAY} metrology` }).click();
    await expert.getByRole('button', { name: '作出承诺' }).click();
    await reviewDossier(expert.getByTestId(`dossier-${declarationId}`));
    expect(await inspectPage(expert, 'cycle-5-expert-voted')).toEqual([]);
    // The four other experts of the panel vote by API: expert-1 has shown the browser's way.
    const sitting = (await databases.query<{ sitting: { members: string[] }[] }>('committee', 'SELECT sitting FROM "Meeting" WHERE "reviewPlanId" = $1', [reviewPlanId]))[0]!.sitting[0]!.members;
    for (const member of sitting.filter((m) => m !== EXPERT_1)) {
      const asExpert = api('committee').as(reviewers.expert(member));
      await expect2xx('commit', asExpert.post(`/review-plans/${reviewPlanId}/commitments`, { statement: '本人承诺客观公正评审，遵守回避与保密规定。' }));
      await expect2xx('vote', asExpert.post(`/review-plans/${reviewPlanId}/declarations/${declarationId}/ballot`, { choice: 'for' }));
    }
    await office.reload();
    await office.getByRole('button', { name: '结束会议并计票' }).click();
    await office.locator('.ant-popconfirm').getByRole('button', { name: '结束会议并计票' }).click();
    await office.getByRole('cell', { name: 'passed' }).first().waitFor();
  });

  it('during publicity a member of the public objects, and the office dismisses the objection (R-PB-2)', async () => {
    const visitor = await openConsole(browser, system.consoleUrl);
    await openFromMenu(visitor, '评审结果公示');
    const object = visitor.getByRole('button', { name: `提出异议: ${APPLICANT.name}` });
    await reloadUntil(visitor, object, 'the result on display');
    await object.click();
    await visitor.getByLabel('异议事项（如某篇论文、某项奖励）').fill(`代表作《计量器具检定方法研究》（${APPLICANT.name}）`);
    await visitor.getByLabel('客观证据（事实、材料及其出处）').fill('该论文与2019年另一作者发表于同一期刊的论文第2至5页内容相同，见期刊第3期。');
    await visitor.getByLabel('联系方式（仅用于答复，不公开）').fill('objector@example.cn');
    expect(await inspectPage(visitor, 'cycle-6-public-objection')).toEqual([]);
    await visitor.getByRole('button', { name: '提交' }).click();
    await visitor.getByText('异议已受理').waitFor();

    await openFromMenu(office, '异议处理');
    const dismiss = office.getByRole('button', { name: `异议不成立: 代表作《计量器具检定方法研究》（${APPLICANT.name}）` });
    await reloadUntil(office, dismiss, 'the objection at the office');
    await dismiss.click();
    await office.getByLabel('调查结论与理由').fill('经核查，两篇论文研究对象与数据均不同，不存在抄袭。');
    await office.getByRole('button', { name: '提交' }).click();
    await office.getByText('已答复异议').waitFor();
  });

  it('王伟 downloads the certificate, and its QR code opens the console’s verification page: valid (R-CT-2)', async () => {
    await awaitStatus(system, declarationId, 'certificate-issued', 90_000);
    await applicant.goto(declarationUrl);
    await status(applicant).getByText('已发证').waitFor();
    const [download] = await Promise.all([applicant.waitForEvent('download'), applicant.getByRole('button', { name: '下载职称证书' }).click()]);
    expect(readFileSync(await download.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await inspectPage(applicant, 'cycle-7-applicant-certificate')).toEqual([]);

    const certificate = await expect2xx('the certificate', admin('certificate').get<{ id: string }>(`/certificates?declarationId=${declarationId}`));
    const qr = await api('certificate').as(PRINCIPALS.applicant(0)).download(`/certificates/${certificate.id}/qr-code`);
    const scanned = decodeQrPng(qr.body)!;
    expect(scanned.startsWith(`${system.consoleUrl}certificates/${certificate.id}/verification?code=`)).toBe(true);
    const anyone = await openConsole(browser, scanned);
    await anyone.getByTestId('verification-status').waitFor();
    expect(await anyone.getByTestId('verification-status').textContent()).toBe('证书有效');
    expect(await inspectPage(anyone, 'cycle-8-public-verification')).toEqual([]);
  });
});
