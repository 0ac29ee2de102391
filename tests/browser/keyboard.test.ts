/** The console without a mouse: sign in, reach the list and open the application form with the keyboard only. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { consoleUrl, expectAccessible, launch, newPage, shot } from './support.js';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe('keyboard', () => {
  it('signs in as a department and opens 项目申报 with Tab and Enter', async () => {
    const page = await newPage(browser);
    await page.goto(consoleUrl('/login'));
    await page.getByRole('heading', { name: /开发登录/ }).waitFor();
    // Defaults are 项目单位 / D001 / 红山区: Tab to the department field, type another, Enter submits the form.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dept');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('KB01');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '我的项目' }).waitFor();

    let reached = false;
    for (let i = 0; i < 15 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = (await page.evaluate(() => document.activeElement?.textContent?.replace(/\s/g, ''))) === '新建申报';
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '项目申报' }).waitFor();
    // The first field takes focus by Tab from the steps; the user can type straight away.
    await page.locator('#name').focus();
    await page.keyboard.type('键盘录入的项目');
    expect(await page.locator('#name').inputValue()).toBe('键盘录入的项目');
    await expectAccessible(page, 'form by keyboard');
    await shot(page, 'keyboard', '01-form');
  });
});
