/**
 * Drives Debian's Chromium (/usr/bin/chromium, installed by scripts/setup.sh) with playwright-core: no browser is
 * ever downloaded. Screenshots go to .local/screenshots/; axe-core runs in the page after each step.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const SCREENSHOTS = resolve(import.meta.dirname, '../../.local/screenshots');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export function consoleUrl(path = '/'): string {
  return inject('consoleUrl') + path;
}

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
  return context.newPage();
}

export async function shot(page: Page, journey: string, step: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOTS, `${journey}-${step}.png`), fullPage: true });
}

/** No serious or critical axe violations on the page as it is now. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.help} @ ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  expect(violations, `axe on ${where}`).toEqual([]);
}

/** 开发登录 through the page, as a user does it. */
export async function signIn(page: Page, role: string, jur: string, dept?: string): Promise<void> {
  await page.goto(consoleUrl('/login'));
  await page.getByRole('heading', { name: /开发登录/ }).waitFor();
  await expectAccessible(page, 'login');
  await pickOption(page, '角色', ROLE_TEXT[role]);
  if (dept) await page.getByLabel('部门编号').fill(dept);
  await pickOption(page, '辖区', JUR_TEXT[jur]);
  await page.getByRole('button', { name: '登 录' }).or(page.getByRole('button', { name: '登录' })).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

const ROLE_TEXT: Record<string, string> = { department: '项目单位(部门)', bureau: '数据局审核人员', finance: '财政部门', auditor: '审计人员', admin: '系统管理员' };
const JUR_TEXT: Record<string, string> = { hongshan: '红山区', bijie: '毕节市', jinjiang: '锦江区', shandong: '山东省', xichuan: '淅川县' };

/** Chooses an option of an antd Select by keyboard: focus, type, Enter. */
export async function pickOption(page: Page, label: string, text: string): Promise<void> {
  const box = page.getByLabel(label, { exact: true });
  await box.click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(text, { exact: true }).click();
}
