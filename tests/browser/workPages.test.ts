/**
 * The console on the API of issue 10, in Chromium: a returned project says what to fix and where (remedies, rule id,
 * article, 已满足); a reviewer records an authority's opinion and reopens a closed review, each refused first with
 * the API's Chinese message at the field and nothing typed lost; 预警 and 即将到期 list what the API answers for
 * the filters chosen, per role, the auditor read-only. Projects are set up over HTTP (the department's own journey
 * through the form is journeys.test.ts).
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { api, eventually, token } from '../support/api.js';
import { pdfBytes, sha256Of, uploadDocument, withUploadedDocuments } from '../support/documents.js';
import { hongshanSmallBuild, shandongBuild } from '../support/applications.js';
import { BROWSER_PORTS } from '../setup/ports.js';
import { consoleUrl, expectAccessible, launch, newPage, pickOption, shot, signIn } from './support.js';

const RUN = Date.now().toString(36).slice(-5).toUpperCase();
const HS_DEPT = `WR${RUN}`;
const SD_DEPT = `SD-WP${RUN}`;
const OPINION = '省政务服务管理办公室审核意见';
const SETTLED = ['returned', 'rejected', 'pending_review', 'in_library'];

let browser: Browser;
/** The shandong project of the reviewer's journey, in the library with its opinion recorded. */
let sdProject = '';
const http = () => api(consoleUrl(''));

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function submit(body: Record<string, unknown>, tok: string) {
  const created = await http().post('/v1/projects', await withUploadedDocuments(http(), tok, body), tok);
  expect(created.status, JSON.stringify(created.body)).toBe(202);
  const done = await eventually(() => http().get(`/v1/projects/${created.body.id}`, tok), (r) => SETTLED.includes(r.body?.status));
  return done.body as { id: string; status: string; preReview: { findings: { ruleId: string; satisfied?: boolean }[]; reviewerTasks: { ruleId: string }[] } };
}

/** The message antd shows under a form field (`<form>_<field>_help`), once it is there. */
async function helpOf(page: Page, id: string): Promise<string> {
  await expect.poll(() => page.locator(`#${id}_help`).innerText().catch(() => ''), { timeout: 15_000 }).not.toBe('');
  return page.locator(`#${id}_help`).innerText();
}

describe('console pages on the issue 10 API', () => {
  it('a returned project tells the department what to fix and where, with rule id and article; satisfied findings say 已满足', async () => {
    const dept = await token({ sub: 'wp-hs-dept', role: 'department', dept: HS_DEPT, jur: 'hongshan' });
    const app = hongshanSmallBuild({ name: `红山区事项清单管理系统(补正${RUN})` });
    app.documents = app.documents.filter((d) => d.type !== '实施方案'); // 第八条: below 60万 the 实施方案 is required
    const p = await submit(app, dept);
    expect(p.status).toBe('returned');
    const satisfied = p.preReview.findings.filter((f) => f.satisfied).length;

    const page = await newPage(browser);
    await signIn(page, 'department', 'hongshan', HS_DEPT);
    await page.goto(consoleUrl(`/projects/${p.id}`));
    const fixes = page.getByRole('region', { name: '需要补正的内容' });
    await expect.poll(() => fixes.innerText().catch(() => ''), { timeout: 30_000 }).toContain('在 申报材料 中添加 实施方案');
    const text = await fixes.innerText();
    expect(text).toContain('HS-08-docs-below-600k');
    expect(text).toContain('第八条');
    expect(text).toContain('项目单位');
    expect(text).not.toContain('documents[].type'); // the API's path is for programs, not people
    expect(satisfied, 'the pre-review answers satisfied REQUIRE findings').toBeGreaterThan(0);
    const all = page.locator('.ant-table').filter({ hasText: '全部规则结论' });
    await expect.poll(() => all.getByText('已满足', { exact: true }).count()).toBe(satisfied);
    await expectAccessible(page, 'project with remedies');
    await shot(page, 'work', '01-remedies');
  });

  it('a reviewer records an authority opinion and reopens a closed review, refused first with the API message at the field', async () => {
    const dept = await token({ sub: 'wp-sd-dept', role: 'department', dept: SD_DEPT, jur: 'shandong' });
    const bureau = await token({ sub: 'wp-sd-bureau', role: 'bureau', jur: 'shandong' });
    const p = await submit(shandongBuild({ name: `山东省人社一体化公共服务平台(机关意见${RUN})` }), dept);
    if (p.status === 'pending_review') {
      const r = await http().post(`/v1/projects/${p.id}/reviews`, { decisions: p.preReview.reviewerTasks.map((t) => ({ ruleId: t.ruleId, result: 'pass' })) }, bureau);
      expect(r.body.status).toBe('in_library');
    }
    const bytes = pdfBytes(`${OPINION} ${p.id}`);
    expect((await uploadDocument(http(), dept, { type: OPINION, title: '关于人社一体化公共服务平台(二期)的审核意见', projectId: p.id }, bytes)).complete.status).toBe(200);
    sdProject = p.id;
    const decided = Object.keys((await http().get(`/v1/projects/${p.id}`, bureau)).body.lifecycle.status.decisions ?? {});
    expect(decided.length).toBeGreaterThan(0);

    const page = await newPage(browser);
    await signIn(page, 'bureau', 'shandong');
    await page.goto(consoleUrl(`/projects/${p.id}`));
    const panel = page.getByRole('region', { name: '机关意见' });
    await panel.getByText('尚无机关记录').waitFor();
    await page.locator('#authority_name').fill(OPINION);
    await pickOption(page, '记录类型', '意见');
    await page.locator('#authority_date').fill('2099-01-01');
    await page.locator('#authority_document_sha256').fill(sha256Of(bytes));
    await page.getByRole('button', { name: '登 记' }).or(page.getByRole('button', { name: '登记', exact: true })).click();
    expect(await helpOf(page, 'authority_date')).toMatch(/[\u4e00-\u9fa5]/);
    expect(await page.locator('#authority_name').inputValue()).toBe(OPINION);
    expect(await page.locator('#authority_document_sha256').inputValue()).toBe(sha256Of(bytes));
    await expectAccessible(page, 'authority record refused');
    await shot(page, 'work', '02-authority-refused');

    await page.locator('#authority_date').fill('2026-02-20');
    await page.getByRole('button', { name: '登 记' }).or(page.getByRole('button', { name: '登记', exact: true })).click();
    await expect.poll(() => panel.locator('.ant-table').innerText(), { timeout: 15_000 }).toContain('省政务服务管理办公室');
    expect(await panel.locator('.ant-table').innerText()).toContain('2026-02-20');
    const records = (await http().get(`/v1/projects/${p.id}/authority-records`, dept)).body.items;
    expect(records).toEqual([expect.objectContaining({ name: OPINION, kind: 'opinion', date: '2026-02-20', document: expect.objectContaining({ sha256: sha256Of(bytes) }) })]);
    await shot(page, 'work', '03-authority-recorded');

    const reopen = page.getByRole('region', { name: '重新打开审核事项' });
    await pickOption(page, '审核事项', decided[0]);
    await reopen.getByRole('button', { name: '重新打开' }).click();
    expect(await helpOf(page, 'reopen_reason')).toMatch(/[\u4e00-\u9fa5]/);
    await page.locator('#reopen_reason').fill('复核评审材料');
    await reopen.getByRole('button', { name: '重新打开' }).click();
    await expect.poll(() => reopen.innerText(), { timeout: 15_000 }).toContain('复核评审材料');
    const seen = (await http().get(`/v1/projects/${p.id}`, dept)).body;
    expect(seen.reopenedReviews[decided[0]].reason).toBe('复核评审材料');
    await expectAccessible(page, 'review reopened');
    await shot(page, 'work', '04-reopened');

    // The reopened item is decided again with the checklist; the project stays in the library.
    await page.getByText('审核清单').waitFor();
    await page.getByRole('radio', { name: '通过', exact: true }).first().check();
    await page.getByLabel('审核意见(理由)').fill('复核通过');
    await page.getByRole('button', { name: '提交审核决定' }).click();
    await expect.poll(async () => Object.keys((await http().get(`/v1/projects/${p.id}`, dept)).body.reopenedReviews ?? {}), { timeout: 15_000 }).toEqual([]);
    expect((await http().get(`/v1/projects/${p.id}`, dept)).body.status).toBe('in_library');
    await page.getByText('审核清单').waitFor({ state: 'detached' });
  });

  it('即将到期 and 预警 list what the API answers for the chosen filters; the auditor reads 预警 only', async () => {
    expect(sdProject).not.toBe('');
    const dept = await token({ sub: 'wp-sd-dept', role: 'department', dept: SD_DEPT, jur: 'shandong' });
    const bureau = await token({ sub: 'wp-sd-bureau', role: 'bureau', jur: 'shandong' });
    // Approved, contract signed today: the contract filing (SD 第十三条, 5 working days) falls due soon.
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    expect((await http().post(`/v1/projects/${sdProject}/milestones`, { type: 'approval', date: '2026-03-02', approvedEstimate: '8600000.00' }, bureau)).status).toBe(201);
    expect((await http().post(`/v1/projects/${sdProject}/milestones`, { type: 'contract_signed', date: today }, dept)).status).toBe(201);

    const page = await newPage(browser);
    await signIn(page, 'bureau', 'shandong');
    const menu = page.getByRole('navigation', { name: '主菜单' });
    const shown = async () => page.locator('tbody tr[data-row-key]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-key')));
    await menu.getByText('即将到期', { exact: true }).click();
    await page.getByRole('heading', { name: '即将到期' }).waitFor();
    await page.getByLabel('部门编号').fill(SD_DEPT);
    await page.getByLabel('部门编号').press('Enter');
    await expect.poll(() => page.locator('tbody').innerText(), { timeout: 15_000 }).toContain('SD-13-contract-5wd');
    const due = (await http().get(`/v1/deadlines?limit=20&department=${SD_DEPT}`, bureau)).body;
    expect(await shown()).toEqual(due.items.map((i: { subjectId: string; key: string }) => `${i.subjectId}-${i.key}`));
    expect(await page.locator('tbody').innerText()).toContain(sdProject);
    expect(await page.getByText(`${due.on} 至 ${due.until} 到期`).count()).toBe(1);
    await expectAccessible(page, 'due soon');
    await shot(page, 'work', '05-due-soon');

    // The scheduled filing scan of 2027-01-05 (pnpm scan, the schedule's own code path) flags the filing overdue.
    const scan = await promisify(execFile)('pnpm', ['--silent', 'scan', 'filing', '--date', '2027-01-05'], {
      cwd: resolve(import.meta.dirname, '../..'), env: { ...process.env, LAMBDA_PORT: String(BROWSER_PORTS.lambda) }, timeout: 150_000,
    });
    expect(JSON.parse(scan.stdout).flagsRaised).toBeGreaterThanOrEqual(1);

    await menu.getByText('预警', { exact: true }).click();
    await page.getByRole('heading', { name: '预警' }).waitFor();
    const asked = page.waitForRequest((r) => r.url().includes('/v1/flags') && r.url().includes('type=overdue_filing'));
    await pickOption(page, '预警类型', '逾期备案');
    expect(new URL((await asked).url()).searchParams.get('status')).toBe('open'); // the default filter stays
    await page.getByLabel('部门编号').fill(SD_DEPT);
    await page.getByLabel('部门编号').press('Enter');
    await expect.poll(() => page.locator('tbody').innerText(), { timeout: 15_000 }).toContain('SD-13-contract-5wd');
    const flags = (await http().get(`/v1/flags?limit=20&status=open&type=overdue_filing&department=${SD_DEPT}`, bureau)).body.items;
    expect(flags.length).toBeGreaterThan(0);
    expect(await shown()).toEqual(flags.map((f: { id: string }) => f.id));
    expect(await page.locator('tbody').innerText()).toContain('逾期备案');
    // Another type: none of ours.
    await pickOption(page, '预警类型', '疑似僵尸系统');
    await expect.poll(() => page.locator('tbody').innerText()).not.toContain('SD-13-contract-5wd');
    await pickOption(page, '预警类型', '逾期备案');
    await expectAccessible(page, 'flags');
    await shot(page, 'work', '06-flags');

    const auditor = await newPage(browser);
    await signIn(auditor, 'auditor', 'shandong');
    const auditorMenu = auditor.getByRole('navigation', { name: '主菜单' });
    await auditorMenu.getByText('预警', { exact: true }).waitFor();
    const items = await auditorMenu.getByRole('menuitem').allInnerTexts();
    expect(items).toContain('预警');
    expect(items).not.toContain('即将到期');
    await auditorMenu.getByText('预警', { exact: true }).click();
    await auditor.getByRole('heading', { name: '预警' }).waitFor();
    await auditor.getByLabel('部门编号').fill(SD_DEPT);
    await auditor.getByLabel('部门编号').press('Enter');
    await expect.poll(() => auditor.locator('tbody').innerText(), { timeout: 15_000 }).toContain('SD-13-contract-5wd');
    // Read-only: filters and paging, nothing that changes a flag.
    const buttons = (await auditor.locator('main button').allInnerTexts()).map((t) => t.replace(/\s/g, ''));
    expect(buttons.filter((t) => !['上一页', '下一页', ''].includes(t))).toEqual([]);
    await expectAccessible(auditor, 'flags (auditor)');
    await shot(auditor, 'work', '07-flags-auditor');
  });

  it('reaches 预警 from the menu with the keyboard', async () => {
    const page = await newPage(browser);
    await signIn(page, 'department', 'hongshan', HS_DEPT);
    await page.getByRole('heading', { name: '我的项目' }).waitFor();
    await page.getByRole('navigation', { name: '主菜单' }).getByText('预警', { exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
    // The menu is one Tab stop; its items are reached with the arrow keys (antd Menu).
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.getAttribute('role') === 'menu')); i++) await page.keyboard.press('Tab');
    let reached = false;
    for (let i = 0; i < 8 && !reached; i++) {
      await page.keyboard.press('ArrowRight');
      reached = (await page.evaluate(() => document.activeElement?.textContent?.trim())) === '预警';
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '预警' }).waitFor();
  });
});
