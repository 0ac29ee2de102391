/**
 * 年度计划 through the console in Chromium (issue 14): a library project (seeded over the API); the bureau opens the
 * 2027 call, drafts the project into the plan and reads the totals; finance sets the envelope; the draft goes to
 * 区人民政府, the admin records its approval, the bureau issues the plan; the department reads its issued line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mintToken } from '../../packages/http/src/auth.js';
import { api, eventually } from '../support/api.js';
import { hongshanImplementationBuild } from '../support/applications.js';

// Its own name: the journeys in the same stack put a project of the default name in the library too.
const PROJECT = '红山区年度计划控制台示范系统';
import { withUploadedDocuments } from '../support/documents.js';
import { consoleUrl, expectAccessible, launch, newPage, shot, signIn } from './support.js';

const DEPT = `PLN${Date.now().toString(36).slice(-5).toUpperCase()}`;
let browser: Browser;
let libId = '';


beforeAll(async () => {
  browser = await launch();
  // A library project (入库) of the department, as the e2e suites make one.
  const http = api(consoleUrl(''));
  const dept = await mintToken({ sub: 'web-plan-dept', role: 'department', dept: DEPT, jur: 'hongshan' }, { secret: process.env.JWT_SECRET });
  const bureau = await mintToken({ sub: 'web-plan-bureau', role: 'bureau', jur: 'hongshan' }, { secret: process.env.JWT_SECRET });
  const created = await http.post('/v1/projects', await withUploadedDocuments(http, dept, hongshanImplementationBuild({ name: PROJECT })), dept);
  expect(created.status, JSON.stringify(created.body)).toBe(202);
  libId = created.body.id;
  const p = await eventually(() => http.get(`/v1/projects/${libId}`, dept), (r) => ['returned', 'rejected', 'pending_review', 'in_library'].includes(r.body?.status));
  if (p.body.status === 'pending_review') {
    const decisions = p.body.preReview.reviewerTasks.map((x: { ruleId: string }) => ({ ruleId: x.ruleId, result: 'pass' }));
    expect((await http.post(`/v1/projects/${libId}/reviews`, { decisions }, bureau)).body.status).toBe('in_library');
  } else expect(p.body.status).toBe('in_library');
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

async function plansPage(role: string, dept?: string): Promise<Page> {
  const page = await newPage(browser);
  await signIn(page, role, 'hongshan', dept);
  await page.getByRole('menuitem', { name: '年度计划' }).click();
  await page.getByRole('heading', { name: '年度计划' }).waitFor();
  return page;
}

const card = (page: Page, title: RegExp) => page.locator('.ant-card').filter({ has: page.locator('.ant-card-head-title', { hasText: title }) });

describe('年度计划 in the console', () => {
  it('bureau, finance and admin run the 2027 plan from call to issue; the department reads its line', async () => {
    let page = await plansPage('bureau');
    await expect.poll(() => page.getByText('2027年度计划尚未开始征集').count(), { timeout: 20_000 }).toBe(1);
    await page.getByRole('button', { name: '开始征集' }).click();
    await expect.poll(() => page.getByText('年度报送 2026-06-30').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByText('区人民政府', { exact: true }).count()).toBe(1);

    // A line from the library.
    await page.getByLabel('库内项目').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle(PROJECT).click();
    await page.getByLabel('计划金额(元)').fill('580000.01');
    await page.getByRole('button', { name: '列入草案' }).click();
    await expect.poll(() => page.getByTestId('plan-total').innerText(), { timeout: 20_000 }).toBe('580000.01');
    expect(await page.getByText('财政部门尚未确定资金规模').count()).toBe(1);
    // Sent up without an envelope: the API's Chinese reason on the page.
    await page.getByRole('button', { name: '报送审定' }).click();
    await expect.poll(() => page.locator('.ant-alert-error').innerText(), { timeout: 20_000 }).toContain('财政部门尚未确定资金规模,不能报送审定');
    await expectAccessible(page, 'plan draft');
    await shot(page, 'plans', '01-draft');
    await page.close();

    page = await plansPage('finance');
    await page.getByRole('button', { name: '按草案合计确定资金规模' }).click();
    await expect.poll(() => page.getByText('在资金规模 580000.01 以内').count(), { timeout: 20_000 }).toBe(1);
    await page.close();

    page = await plansPage('bureau');
    await page.getByRole('button', { name: '报送审定' }).click();
    await expect.poll(() => page.getByText(/报送审定中/).count(), { timeout: 20_000 }).toBe(1);
    await page.close();

    page = await plansPage('admin');
    await page.getByRole('button', { name: '记录「区人民政府」审定通过' }).click();
    await expect.poll(() => page.getByText(/已审定待下达/).count(), { timeout: 20_000 }).toBe(1);
    await page.close();

    page = await plansPage('bureau');
    await page.getByRole('button', { name: '下达年度计划' }).click();
    await expect.poll(() => card(page, /已下达:第1版/).count(), { timeout: 20_000 }).toBe(1);
    expect(await card(page, /已下达/).getByRole('cell', { name: '580000.01', exact: true }).count()).toBe(1);
    // The issued edition keeps finance's envelope: read against it, not "not yet set".
    expect(await card(page, /已下达/).getByText('在资金规模 580000.01 以内').count()).toBe(1);
    expect(await card(page, /已下达/).getByText('财政部门尚未确定资金规模').count()).toBe(0);
    // Departments by code, labelled as codes (the API serves no names).
    expect(await card(page, /已下达/).getByRole('columnheader', { name: '项目单位(部门编号)' }).count()).toBe(1);
    expect(await card(page, /已下达/).getByRole('cell', { name: DEPT, exact: true }).count()).toBe(1);
    expect(await card(page, /已下达/).getByText(`${DEPT} 580000.01`).count()).toBe(1);
    await expectAccessible(page, 'plan issued');
    await shot(page, 'plans', '02-issued');
    await page.close();

    page = await plansPage('department', DEPT);
    await expect.poll(() => card(page, /已下达:第1版/).count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByText('本部门列入计划的项目').count()).toBe(1);
    expect(await card(page, /已下达/).getByRole('cell', { name: PROJECT, exact: true }).count()).toBe(1);
    expect(await page.getByRole('button', { name: '下载 XLSX' }).count()).toBe(0);
    await shot(page, 'plans', '03-department');
  });
});
