/**
 * The Chinese edition in Chromium: a whole chapter played by keyboard from a
 * `?lang=zh-Hans` link, every screen photographed at 1280×720 and 390×844
 * (and checked at 360 px), axe clean; then the same game's replay link opened
 * in English reaches the same ending.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, inject, test } from 'vitest';
import { openBrowser, watchForProblems, type Browser } from './harness.ts';
import { axeSerious, expectGoodLayout, noStagePinnedSeed, shootScreen, tabTo, waitForScreen } from './ui-helpers.ts';

let browser: Browser;
beforeEach(async () => {
  browser = await openBrowser();
});
afterEach(async () => {
  await browser.close();
});

async function at360(page: Page, label: string): Promise<void> {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.waitForTimeout(100);
  await expectGoodLayout(page, `${label} at 360 px`);
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** The ending a replay link reaches in the viewer, in the language of `lang`. */
async function viewerEnding(link: string, lang: string): Promise<{ id: string | null; htmlLang: string }> {
  const page = await browser.context.newPage();
  const url = new URL(link);
  url.searchParams.set('lang', lang);
  await page.goto(url.href);
  await waitForScreen(page, 'replay');
  for (let i = 0; i < 20 && (await page.locator('.ending-title').count()) === 0; i++) await page.click('[data-action="next"]');
  const result = { id: await page.locator('.ending-title').getAttribute('data-ending'), htmlLang: await page.evaluate(() => document.documentElement.lang) };
  await page.close();
  return result;
}

test('a whole chapter in Chinese by keyboard, then its replay link in English reaches the same ending', async () => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  const problems = await watchForProblems(page);
  await noStagePinnedSeed(page, 7);
  await page.goto(`${inject('baseUrl')}?lang=zh-Hans`);
  await waitForScreen(page, 'title');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
  expect(await page.getByRole('heading', { level: 2, name: '选择玩法' }).count()).toBe(1);
  expect(await page.getByLabel('语言').first().inputValue()).toBe('zh-Hans');
  await shootScreen(page, 'zh-01-title');
  await at360(page, 'title');
  expect(await axeSerious(page)).toEqual([]);

  await tabTo(page, '[data-mode="us"]');
  await page.keyboard.press('Enter');
  await waitForScreen(page, 'briefing');
  await shootScreen(page, 'zh-02-briefing');
  await tabTo(page, '[data-action="start"]');
  await page.keyboard.press('Enter');

  let round = 0;
  for (;;) {
    const screen = await waitForScreen(page, ['round', 'ending']);
    if (screen === 'ending') break;
    round += 1;
    const group = page.getByRole('group', { name: '你的选项' });
    await expect.poll(() => group.getByRole('button').count()).toBeGreaterThan(0);
    if (round === 1) {
      await shootScreen(page, 'zh-03-round');
      await at360(page, 'round');
      expect(await axeSerious(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.evaluate(() => document.querySelector('dialog')?.open)).toBe(true);
      await shootScreen(page, 'zh-04-menu');
      await page.keyboard.press('Escape');
    }
    const count = await group.getByRole('button').count();
    await page.keyboard.press(String(((round - 1) % count) + 1));
    await waitForScreen(page, 'report');
    if (round === 1) await shootScreen(page, 'zh-05-report');
    await tabTo(page, '[data-action="continue"]');
    await page.keyboard.press('Enter');
  }
  expect(round).toBeGreaterThan(1);
  await shootScreen(page, 'zh-06-ending');
  await at360(page, 'ending');
  expect(await axeSerious(page)).toEqual([]);
  const link = await page.locator('#replay-link').inputValue();
  expect(new URL(link).searchParams.has('lang')).toBe(false); // each reader opens it in their own language
  expect(problems).toEqual([]);

  const inChinese = await viewerEnding(link, 'zh-Hans');
  const inEnglish = await viewerEnding(link, 'en');
  expect(inChinese.htmlLang).toBe('zh-Hans');
  expect(inEnglish.htmlLang).toBe('en');
  expect(inChinese.id).toBeTruthy();
  expect(inEnglish.id).toBe(inChinese.id);
});

test('the class page in Chinese: headings, labels and layout', async () => {
  const page = await browser.context.newPage();
  const problems = await watchForProblems(page);
  await page.goto(`${inject('baseUrl')}?lang=zh-Hans#/class`);
  await waitForScreen(page, 'class');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('班级结果');
  await shootScreen(page, 'zh-07-class');
  await at360(page, 'class');
  expect(await axeSerious(page)).toEqual([]);
  expect(problems).toEqual([]);
});
