/**
 * The four journeys of issue 11 through the console in Chromium, one project carried from one role to the next:
 * a department submits an incomplete application, reads what is missing, fixes it and resubmits; a reviewer decides
 * the checklist and the project enters the library; finance asks the gate (allow, then deny with reasons); an
 * auditor reads the timeline and exports the library, and the chain check is verified.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mintToken } from '../../packages/http/src/auth.js';
import { consoleUrl, expectAccessible, launch, newPage, shot, signIn } from './support.js';

const DEPT = `WEB${Date.now().toString(36).slice(-5).toUpperCase()}`;
const STATEMENTS: Record<string, string> = {
  升级改造原有系统不能满足需求的说明: '现有事项清单以Excel台账管理,无系统可供升级改造。',
  共享共用其他系统情况说明: '省一体化政务服务平台事项库不支持区级实施清单要素管理,不能共享共用。',
  系统接口: '对接省一体化政务服务平台事项库、区政务数据共享交换平台。',
  数据共享方案: '区级事项实施清单通过区政务数据共享交换平台无条件共享。',
  项目需求: '建设区级政务服务事项实施清单标准化管理系统。',
  绩效目标: '区级事项实施清单要素完整率达到100%。',
};

/** A small real PDF (magic bytes %PDF-), as a department picks it from disk. */
const pdf = (name: string, text: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`, 'utf8') });
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Picks the file at the document row and waits until the API has verified it (已校验 at the row). */
async function uploadAtRow(page: Page, row: number, file: ReturnType<typeof pdf>) {
  await page.getByLabel(`材料 ${row + 1} 文件`).setInputFiles(file);
  await expect.poll(() => page.getByTestId(`document-${row}-status`).innerText(), { timeout: 30_000 }).toContain('已校验');
  expect(await page.locator(`#documents_${row}_sha256`).inputValue()).toBe(sha256(file.buffer));
}

let browser: Browser;
let projectId = '';

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function statusTag(page: Page, text: RegExp) {
  await expect.poll(async () => (await page.locator('.ant-tag').allInnerTexts()).join(' '), { timeout: 60_000, interval: 500 }).toMatch(text);
}

describe('console journeys', () => {
  it('a department submits an incomplete application, reads what is missing, fixes it and resubmits', async () => {
    const page = await newPage(browser);
    await signIn(page, 'department', 'hongshan', DEPT);
    await page.getByRole('heading', { name: '我的项目' }).waitFor();
    await expectAccessible(page, 'my projects');
    await shot(page, 'department', '01-my-projects');

    await page.getByRole('button', { name: '新建申报' }).click();
    await page.getByRole('heading', { name: '项目申报' }).waitFor();
    await page.locator('#name').fill('红山区政务服务事项标准化管理系统');
    await page.locator('#applicant_type').fill('区直部门');
    await page.locator('#implementingBody').fill('区政务服务中心信息科');
    await page.locator('#responsiblePerson').fill('张三');
    await expectAccessible(page, 'application form');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.locator('#amounts_total').fill('58万元'); // not 元 with two decimals: the API says so at the field
    await page.getByRole('button', { name: '下一步' }).click();
    await page.locator('#documents_0_title').fill('关于申请纳入政务信息化项目库的函');
    // A file that claims to be a PDF but is not: the API's reason at the row, no sha256 taken from it.
    await page.getByLabel('材料 1 文件').setInputFiles({ name: '扫描件.pdf', mimeType: 'application/pdf', buffer: Buffer.from('不是PDF文件的内容') });
    await expect.poll(() => page.getByTestId('document-0-status').innerText(), { timeout: 30_000 }).toContain('文件内容不是');
    expect(await page.locator('#documents_0_sha256').inputValue()).toBe('');
    // The reason in Chinese, field by field, no raw API path; the filled 材料标题 is not shown as an error.
    const status = await page.getByTestId('document-0-status').innerText();
    expect(status).toContain('文件格式:文件内容不是');
    expect(status).not.toMatch(/contentType|sha256|\bsize\b|\btitle\b/);
    const title = page.locator('#documents_0_title');
    expect(await title.getAttribute('aria-invalid')).not.toBe('true');
    expect(await title.getAttribute('class')).not.toContain('status-error');
    expect(await title.evaluate((el) => el === document.activeElement)).toBe(false);
    await expectAccessible(page, 'document rejected');
    await shot(page, 'department', '01b-document-rejected');
    const letter = pdf('申请入库文件.pdf', '关于申请纳入政务信息化项目库的函');
    await uploadAtRow(page, 0, letter);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '提交申报' }).click();

    // The API's Chinese message at amounts.total, the form back on that step, nothing typed lost.
    await expect.poll(() => page.locator('#amounts_total_help').innerText().catch(() => ''), { timeout: 15_000 }).toContain('金额应为以元为单位');
    expect(await page.locator('#amounts_total').inputValue()).toBe('58万元');
    expect(await page.locator('#name').inputValue()).toBe('红山区政务服务事项标准化管理系统');
    expect(await page.locator('#documents_0_sha256').inputValue()).toBe(sha256(letter.buffer));
    await expectAccessible(page, 'form with errors');
    await shot(page, 'department', '02-field-error');

    await page.locator('#amounts_total').fill('580000.00');
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '提交申报' }).click();
    await page.waitForURL(/\/projects\/p-/);
    projectId = page.url().split('/projects/')[1];
    await statusTag(page, /退回补正/);
    const fixes = page.getByRole('region', { name: '需要补正的内容' });
    await expect.poll(() => fixes.innerText()).toContain('实施方案');
    expect(await fixes.innerText()).toContain('HS-08-docs-below-600k');
    expect(await fixes.innerText()).toContain('第八条');
    await expectAccessible(page, 'returned project');
    await shot(page, 'department', '03-returned');

    await page.getByRole('button', { name: '修改后重新提交' }).click();
    await page.getByRole('heading', { name: '修改后重新提交:红山区政务服务事项标准化管理系统' }).waitFor();
    await expect.poll(() => page.locator('#name').inputValue()).toBe('红山区政务服务事项标准化管理系统');
    expect(await page.locator('#amounts_total').inputValue()).toBe('580000.00');
    let row = 0;
    for (const [key, text] of Object.entries(STATEMENTS)) {
      await page.getByRole('button', { name: `添加说明事项:${key}` }).click();
      expect(await page.locator(`#fieldList_${row}_key`).inputValue()).toBe(key);
      await page.locator(`#fieldList_${row}_value`).fill(text);
      row++;
    }
    await page.getByRole('button', { name: '添加材料', exact: true }).first().click(); // beside 实施方案, the first missing item
    const doc = 1;
    expect(await page.locator(`#documents_${doc}_type`).inputValue()).toBe('实施方案');
    await page.locator(`#documents_${doc}_title`).fill('政务服务事项标准化管理系统实施方案(三合一)');
    await uploadAtRow(page, doc, pdf('实施方案.pdf', '政务服务事项标准化管理系统实施方案(三合一)'));
    const chapters = page.getByLabel(`材料 ${doc + 1} 篇章`);
    for (const c of ['财政资金保障篇(章)', '数据资源共享分析篇(章)', '网络和数据安全保障措施']) {
      await chapters.click();
      await page.keyboard.type(c);
      await page.keyboard.press('Enter');
    }
    await shot(page, 'department', '04-fixing');
    await page.getByText('确认提交', { exact: true }).click();
    await page.getByRole('button', { name: '重新提交' }).click();
    await page.waitForURL(new RegExp(`/projects/${projectId}$`));
    await statusTag(page, /待审核|已入库/);
    await page.getByText(/与第 \d+ 版相比的修改/).waitFor();
    await expectAccessible(page, 'resubmitted project');
    await shot(page, 'department', '05-resubmitted');
  });

  it('a reviewer decides the checklist and the project enters the library', async () => {
    expect(projectId).not.toBe('');
    const page = await newPage(browser);
    await signIn(page, 'bureau', 'hongshan');
    await page.getByRole('heading', { name: /审核队列/ }).waitFor();
    await page.getByRole('link', { name: '红山区政务服务事项标准化管理系统' }).first().waitFor();
    await expectAccessible(page, 'review queue');
    await shot(page, 'reviewer', '01-queue');
    await page.goto(consoleUrl(`/projects/${projectId}`));
    await page.getByText('审核清单').waitFor();
    const radios = page.getByRole('radio', { name: '通过', exact: true });
    const n = await radios.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) await radios.nth(i).check();
    await page.getByLabel('审核意见(理由)').fill('第六条各项说明充分,材料齐全,同意入库。');
    await expectAccessible(page, 'review checklist');
    await shot(page, 'reviewer', '02-checklist');
    await page.getByRole('button', { name: '提交审核决定' }).click();
    await statusTag(page, /已入库/);
    await page.getByRole('heading', { name: '红山区政务服务事项标准化管理系统' }).waitFor();
    await shot(page, 'reviewer', '03-in-library');

    await page.goto(consoleUrl('/dashboard'));
    await page.getByRole('heading', { name: '统计看板' }).waitFor();
    await expect.poll(() => page.getByRole('img', { name: /按状态:.*已入库 \d+ 个/ }).count(), { timeout: 20_000 }).toBe(1);
    await expectAccessible(page, 'dashboard');
    await shot(page, 'reviewer', '04-dashboard');
  });

  it('finance asks the gate and sees allow, then deny with reasons', async () => {
    expect(projectId).not.toBe('');
    // The approval (批复) is the bureau's milestone; the console has no milestone page yet, so it is recorded here.
    const bureau = await mintToken({ sub: 'web-bureau', role: 'bureau', jur: 'hongshan' }, { secret: process.env.JWT_SECRET });
    const approval = await fetch(consoleUrl(`/v1/projects/${projectId}/milestones`), {
      method: 'POST', headers: { authorization: `Bearer ${bureau}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'approval', date: '2026-11-20', approvedEstimate: '580000.00' }),
    });
    expect(approval.status).toBe(201);

    const page = await newPage(browser);
    await signIn(page, 'finance', 'hongshan');
    await page.getByRole('heading', { name: /资金闸口/ }).waitFor();
    await expectAccessible(page, 'gate');
    await page.locator('#projectId').fill(projectId);
    await page.locator('#amount').fill('100000.00');
    await page.locator('#fiscalYear').fill('2026');
    await page.getByRole('button', { name: '查 询' }).or(page.getByRole('button', { name: '查询' })).click();
    await expect.poll(() => page.getByTestId('gate-answer').innerText().catch(() => '')).toBe('结论:允许');
    await expectAccessible(page, 'gate allow');
    await shot(page, 'finance', '01-allow');

    await page.locator('#channel').fill(''); // no treasury channel: 第二十二条
    await page.getByRole('button', { name: '查 询' }).or(page.getByRole('button', { name: '查询' })).click();
    await expect.poll(() => page.getByTestId('gate-answer').innerText().catch(() => '')).toBe('结论:不允许');
    const reasons = await page.locator('.ant-table').innerText();
    expect(reasons).toContain('HS-22-treasury');
    expect(reasons).toContain('第二十二条');
    expect(reasons).toContain('国库集中支付');
    await expectAccessible(page, 'gate deny');
    await shot(page, 'finance', '02-deny');
  });

  it('an auditor reads the timeline and exports the library; the hash chain verifies', async () => {
    expect(projectId).not.toBe('');
    const page = await newPage(browser);
    await signIn(page, 'auditor', 'hongshan');
    await page.getByRole('heading', { name: '项目库' }).waitFor();
    await page.getByRole('link', { name: '红山区政务服务事项标准化管理系统' }).first().waitFor();
    await expectAccessible(page, 'library');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 CSV' }).click();
    const csv = await (await download).path().then((p) => import('node:fs').then((fs) => fs.readFileSync(p!, 'utf8')));
    expect(csv.split('\r\n')[0]).toBe('\uFEFF项目编号,项目名称,申报部门,辖区,状态,版本,更新时间');
    expect(csv).toContain(`${projectId},红山区政务服务事项标准化管理系统,${DEPT},hongshan,已入库`);
    await shot(page, 'auditor', '01-library');

    await page.goto(consoleUrl(`/projects/${projectId}`));
    await page.getByText('事件时间线').waitFor();
    const timeline = page.locator('.ant-timeline');
    await expect.poll(() => timeline.innerText()).toContain('修改后重新提交');
    for (const step of ['提交申报', '完成分类', '完成预审']) expect(await timeline.innerText()).toContain(step);
    await expectAccessible(page, 'timeline');
    await shot(page, 'auditor', '02-timeline');

    // Auditors verify the chains of their own jurisdiction (read-only); an admin too.
    await page.goto(consoleUrl('/chains'));
    await page.locator('input').first().fill(projectId);
    await page.getByRole('button', { name: '校 验' }).or(page.getByRole('button', { name: '校验' })).click();
    await expect.poll(() => page.getByTestId('chain-result').innerText().catch(() => '')).toBe('哈希链校验通过');
    await shot(page, 'auditor', '03-chain-verified');

    const admin = await newPage(browser);
    await signIn(admin, 'admin', 'hongshan');
    await admin.goto(consoleUrl('/chains'));
    await admin.locator('input').first().fill(projectId);
    await admin.getByRole('button', { name: '校 验' }).or(admin.getByRole('button', { name: '校验' })).click();
    await expect.poll(() => admin.getByTestId('chain-result').innerText().catch(() => '')).toBe('哈希链校验通过');
    await expectAccessible(admin, 'chain check');
    await shot(admin, 'auditor', '04-chain-verified');
  });
});
