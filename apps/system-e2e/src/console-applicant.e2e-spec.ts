import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { ApiClient, launchBrowser, PAPER_PARTS, PRINCIPALS, reviewers, RunningSystem, SAMPLE_PDF, sampleDeclaration, setIntakeClock, TIANJIN_2023_REVIEW_DAY, unitPublicityBefore, uploadEvidence } from '@zc/testing';
import { consoleSystemSettings, fillSampleDeclaration, inspectPage, isolatedDatabases, pickDate, PUBLICITY_PNG, signInAs, uploadPart } from './support/console-browser';
import { awaitStatus, loadFeed, passCommittee } from './support/declarations';

const APPLICANT = { login: '120101195001010000', name: '王伟' };
/** Seeded applicant 1 (李伟): the person of sample declaration 1, signed in as applicant-1. */
const SECOND = 1;
const EMPLOYER = { login: 'employer-91440300708461136T', creditCode: '91440300708461136T' };
const COMMITTEE = 'tianjin-engineering-quality-metrology';

/**
 * The applicant's and the employer's pages in headless Chromium, behind the one-origin gateway: a
 * declaration drafted from a plan, its evidence uploaded with progress, submitted; returned by the
 * employer with a reason, corrected and submitted again; recommended after a unit publicity whose
 * working days are counted as the dates are picked, with its photograph; then the office's one-time
 * correction notice (R-RV-4), corrected and resubmitted. Another applicant withdraws a draft, pays
 * the Beijing fee (R-RV-5) and downloads the certificate and evaluation form once issued. Every page
 * passes axe; screenshots in .cache/console-screenshots.
 */
describe('the applicant and the employer, in the console', () => {
  const databases = isolatedDatabases('console_applicant');
  const system = new RunningSystem(consoleSystemSettings(databases.url));
  let browser: Browser;
  let applicant: Page;
  let employer: Page;
  let declarationUrl: string;
  let declarationId: string;

  beforeAll(async () => {
    await databases.prepare();
    await system.start();
    // Inside every stage window of the Tianjin 2023 plans.
    await setIntakeClock(system.url('intake'), TIANJIN_2023_REVIEW_DAY);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await databases.settle().catch((error: Error) => console.warn(error.message));
    await system.stop();
    await databases.release();
  });

  const status = (page: Page) => page.getByTestId('declaration-status');

  it('drafts a declaration from a published plan and the catalogue; intake’s field refusals show at their fields', async () => {
    applicant = await signInAs(browser, system.consoleUrl, APPLICANT.login);
    await applicant.getByRole('navigation').getByRole('link', { name: '新建申报' }).click();
    await applicant.getByRole('heading', { name: '新建职称申报' }).waitFor();
    // Name and identity number come from the sign-in.
    expect(await applicant.getByLabel('姓名').inputValue()).toBe(APPLICANT.name);
    expect(await applicant.getByLabel('证件号码').inputValue()).toBe(APPLICANT.login);

    // Longer than intake takes (64): the browser lets it through, intake's 400 names the field.
    await fillSampleDeclaration(applicant, { employerCreditCode: EMPLOYER.creditCode, department: 'x'.repeat(65) });

    await applicant.getByRole('button', { name: '保存草稿' }).click();
    await applicant.getByTestId('refusal').waitFor();
    const departmentItem = applicant.locator('.ant-form-item').filter({ has: applicant.getByLabel('业务主管部门') });
    await departmentItem.locator('.ant-form-item-explain-error').waitFor();
    expect(await inspectPage(applicant, 'applicant-new-declaration')).toEqual([]);

    await applicant.getByLabel('业务主管部门').fill('tianjin-market-regulation');
    await applicant.getByRole('button', { name: '保存草稿' }).click();
    await applicant.waitForURL(/\/console\/declarations\/[0-9a-f-]{36}$/);
    declarationUrl = applicant.url();
    declarationId = declarationUrl.slice(-36);
    expect(await status(applicant).textContent()).toBe('草稿');
  });

  it('uploads each part of the paper with its progress, and submits', async () => {
    for (const part of PAPER_PARTS) await uploadPart(applicant, part);
    expect(await inspectPage(applicant, 'applicant-declaration-draft')).toEqual([]);
    await applicant.getByRole('button', { name: '提交申报' }).click();
    await status(applicant).getByText('待单位审核').waitFor();
  });

  it('is returned by the employer with a reason, which the applicant reads on the timeline; corrected and submitted again', async () => {
    employer = await signInAs(browser, system.consoleUrl, EMPLOYER.login);
    // The employer reads the declaration and opens its files before deciding.
    await employer.goto(declarationUrl);
    await status(employer).getByText('待单位审核').waitFor();
    expect(await employer.getByRole('button', { name: /^上传|重新上传/ }).count()).toBe(0);
    const [scan] = await Promise.all([employer.waitForEvent('download'), employer.getByRole('button', { name: '查看正文' }).click()]);
    expect(readFileSync(await scan.path()).equals(SAMPLE_PDF)).toBe(true);
    expect(scan.suggestedFilename()).toMatch(/\.pdf$/);
    expect(await inspectPage(employer, 'employer-declaration')).toEqual([]);
    await employer.getByRole('navigation').getByRole('link', { name: '单位审核' }).click();
    await employer.getByRole('button', { name: `退回: ${APPLICANT.name}` }).click();
    await employer.getByLabel('退回理由').fill('论文正文扫描不清晰，请重新上传');
    await employer.getByRole('button', { name: '提交' }).click();
    await employer.getByRole('button', { name: `退回: ${APPLICANT.name}` }).waitFor({ state: 'detached' });

    await applicant.reload();
    await status(applicant).getByText('单位退回').waitFor();
    expect(await applicant.getByTestId('returned-reason').textContent()).toContain('论文正文扫描不清晰');
    expect(await applicant.getByTestId('timeline').textContent()).toContain('returned by the employer: 论文正文扫描不清晰，请重新上传');
    expect(await inspectPage(applicant, 'applicant-declaration-returned')).toEqual([]);

    await uploadPart(applicant, 'full-text');
    await applicant.getByRole('button', { name: '提交申报' }).click();
    await status(applicant).getByText('待单位审核').waitFor();
  });

  it('is recommended by the employer after a unit publicity counted in working days, with its photograph (R-RV-1)', async () => {
    await employer.reload();
    await employer.getByRole('button', { name: `推荐: ${APPLICANT.name}` }).click();
    const dialog = employer.getByRole('dialog');
    // Thursday to Friday: 2 working days, short of the plan's 5.
    await pickDate(employer, '公示开始日期', '2023-10-12');
    await pickDate(employer, '公示结束日期', '2023-10-13');
    await dialog.getByTestId('working-days').getByText('公示期共 2 个工作日').waitFor();
    await dialog.getByText('不足规定工作日').waitFor();
    // To the next Thursday: 6 working days.
    await pickDate(employer, '公示结束日期', '2023-10-19');
    await dialog.getByTestId('working-days').getByText('公示期共 6 个工作日').waitFor();
    await dialog.getByText('符合要求').waitFor();
    // Across National Day 2023 (Sep 29 – Oct 6 off, Oct 7 and 8 worked): 2023-09-28 to 10-08 holds 3.
    await pickDate(employer, '公示开始日期', '2023-09-28');
    await pickDate(employer, '公示结束日期', '2023-10-08');
    await dialog.getByTestId('working-days').getByText('公示期共 3 个工作日').waitFor();
    await pickDate(employer, '公示开始日期', '2023-10-12');
    await pickDate(employer, '公示结束日期', '2023-10-19');

    await dialog.locator('input[type=file]').setInputFiles({ name: 'publicity.png', mimeType: 'image/png', buffer: PUBLICITY_PNG });
    const sha256 = createHash('sha256').update(PUBLICITY_PNG).digest('hex');
    await dialog.getByText(`SHA-256：${sha256}`).waitFor();
    await dialog.getByText('100%').waitFor();
    expect(await inspectPage(employer, 'employer-recommend')).toEqual([]);
    await dialog.getByRole('button', { name: '推荐', exact: true }).click();
    await employer.getByRole('button', { name: `推荐: ${APPLICANT.name}` }).waitFor({ state: 'detached' });

    const asEmployer = new ApiClient(system.url('intake')).as(reviewers.employer(EMPLOYER.creditCode));
    const image = await asEmployer.download(`/declarations/${declarationId}/materials/-1/parts/unit-publicity`);
    expect({ status: image.status, sha256: createHash('sha256').update(image.body).digest('hex') }).toEqual({ status: 200, sha256 });

    await applicant.reload();
    await status(applicant).getByText('待主管部门审核').waitFor();
    await applicant.getByText('2023-10-12 ~ 2023-10-19').waitFor();
    const [photo] = await Promise.all([applicant.waitForEvent('download'), applicant.getByRole('button', { name: '查看公示照片' }).click()]);
    expect(readFileSync(await photo.path()).equals(PUBLICITY_PNG)).toBe(true);
  });

  it('shows the office’s one-time correction notice (R-RV-4); the applicant corrects and resubmits', async () => {
    const intake = new ApiClient(system.url('intake'));
    const forwarded = await intake.as(reviewers.department('tianjin-market-regulation')).post(`/declarations/${declarationId}/department-review`, { decision: 'forward' });
    expect(forwarded.status).toBe(200);
    const returned = await intake.as(reviewers.office(COMMITTEE)).post(`/declarations/${declarationId}/office-review`, { decision: 'request-correction', defects: ['期刊封面缺少刊期', '版权页不清晰'] });
    expect(returned.status).toBe(200);

    await applicant.reload();
    await status(applicant).getByText('待补正').waitFor();
    const defects = applicant.getByTestId('defects');
    expect(await defects.locator('li').allTextContents()).toEqual(['期刊封面缺少刊期', '版权页不清晰']);
    expect(await defects.textContent()).toContain('补正截止日期：2023-10-25');
    expect(await inspectPage(applicant, 'applicant-declaration-correction')).toEqual([]);

    await uploadPart(applicant, 'journal-cover');
    await uploadPart(applicant, 'copyright-page');
    await applicant.getByRole('button', { name: '补正后重新提交' }).click();
    await status(applicant).getByText('已补正').waitFor();
    // Once only: nothing more to upload, and the declaration is now the office's to accept or decline.
    expect(await applicant.getByRole('button', { name: /上传/ }).count()).toBe(0);
    expect(await inspectPage(applicant, 'applicant-declaration-resubmitted')).toEqual([]);

    await applicant.getByRole('navigation').getByRole('link', { name: '我的申报' }).click();
    await applicant.getByRole('cell', { name: APPLICANT.name }).waitFor();
    expect(await inspectPage(applicant, 'applicant-declarations')).toEqual([]);
    await applicant.getByRole('button', { name: '新建申报' }).click();
    await applicant.getByRole('heading', { name: '新建职称申报' }).waitFor();
  });

  it('withdraws a draft; pays the online fee (R-RV-5, Beijing) and downloads the certificate and the evaluation form', async () => {
    const intake = new ApiClient(system.url('intake'));
    const person = sampleDeclaration(SECOND);
    const asApplicant = intake.as(PRINCIPALS.applicant(SECOND));
    const expectOk = async <T>(call: Promise<{ status: number; body: T }>, status = 200) => {
      const response = await call;
      expect({ status: response.status, body: response.body }).toMatchObject({ status });
      return response.body;
    };
    const draft = await expectOk(asApplicant.post<{ id: string }>('/declarations', person), 201);
    const second = await signInAs(browser, system.consoleUrl, person.idNumber);
    await second.goto(`${system.consoleUrl}declarations/${draft.id}`);
    await second.getByRole('button', { name: '撤回申报' }).click();
    await second.getByRole('button', { name: '确定' }).click();
    await status(second).getByText('已撤回').waitFor();

    // Beijing 2023 charges a fee after the office's acceptance, payable within 5 days (004).
    await setIntakeClock(system.url('intake'), '2023-07-10');
    const beijing = sampleDeclaration(SECOND, { region: 'beijing', department: 'beijing-economy-and-it', employerCreditCode: '91110000600037341L' });
    await loadFeed(system, beijing);
    const { id } = await expectOk(asApplicant.post<{ id: string }>('/declarations', beijing), 201);
    await uploadEvidence(asApplicant, id, beijing);
    const { committee } = await expectOk(asApplicant.post<{ committee: string }>(`/declarations/${id}/submission`, {}));
    await expectOk(intake.as(reviewers.employer(beijing.employerCreditCode)).post(`/declarations/${id}/employer-review`, { decision: 'recommend', unitPublicity: unitPublicityBefore('2023-07-10') }));
    await expectOk(intake.as(reviewers.department(beijing.department)).post(`/declarations/${id}/department-review`, { decision: 'forward' }));
    await expectOk(intake.as(reviewers.office(committee)).post(`/declarations/${id}/office-review`, { decision: 'accept' }));

    await second.goto(`${system.consoleUrl}declarations/${id}`);
    await status(second).getByText('待缴费').waitFor();
    await second.getByText('截止日期 2023-07-15').waitFor();
    expect(await inspectPage(second, 'applicant-declaration-fee')).toEqual([]);
    await second.getByLabel('缴费凭证号').fill('PAY-2023-0001');
    await second.getByRole('button', { name: '确认缴费' }).click();
    await status(second).getByText('已受理').waitFor();

    await passCommittee(system, [id]);
    await awaitStatus(system, id, 'certificate-issued');
    await second.reload();
    await status(second).getByText('已发证').waitFor();
    for (const name of ['职称证书', '评审表']) {
      // The documents are rendered after issue; the page asks again until they are ready.
      const [download] = await Promise.all([second.waitForEvent('download'), second.getByRole('button', { name: `下载${name}` }).click()]);
      expect(readFileSync(await download.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    expect(await inspectPage(second, 'applicant-declaration-certificate')).toEqual([]);
  });
});
