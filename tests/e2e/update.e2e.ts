/**
 * A new build deployed while a game is in progress: the game says a new
 * version is ready, goes on to the end of the round, and after the update it
 * carries on from the same round with the same game. Screenshots of the notice
 * at 1280×720 and 390×844.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { openBrowser, watchForProblems, type Browser } from './harness.ts';
import { playRound, roundLabel, serveCopy, startAsUs, waitForWorker, type Site } from './offline-helpers.ts';
import { SHOT_DIR, waitForScreen } from './ui-helpers.ts';

let browser: Browser;
let site: Site;
beforeEach(async () => {
  browser = await openBrowser();
  site = await serveCopy();
});
afterEach(async () => {
  await browser.close();
  site.remove();
});

test('a new version is announced mid-game and applied at the next round, which carries on', async () => {
  const page = await browser.context.newPage();
  const problems = await watchForProblems(page);
  await page.goto(site.url);
  await waitForScreen(page, 'title');
  await startAsUs(page);
  await waitForWorker(page);
  expect(await playRound(page)).toBe('report');
  await page.locator('[data-action="continue"]').click();
  await waitForScreen(page, 'round');
  expect(await roundLabel(page)).toContain('Round 2 of');

  site.redeploy('2');
  // The game looks for a new version at screen changes, at most every 10 s.
  await page.waitForTimeout(10_500);
  expect(await playRound(page)).toBe('report');
  const notice = page.locator('[data-update="ready"]');
  await notice.waitFor({ state: 'visible', timeout: 30_000 });
  expect(await notice.getAttribute('role')).toBe('status');
  // Still the old version, in the middle of the game: nothing reloads until the player moves on.
  expect(await page.evaluate(() => document.querySelector('meta[name="linkage-build"]'))).toBeNull();
  await page.screenshot({ path: `${SHOT_DIR}/update-notice-desktop.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOT_DIR}/update-notice-phone.png` });
  await page.setViewportSize({ width: 1280, height: 720 });

  const codeOf = async () => (JSON.parse((await page.evaluate(() => localStorage.getItem('linkage.save.v1'))) ?? '{}') as { code?: string }).code;
  const before = await codeOf();
  expect(before).toBeTruthy();
  await page.locator('[data-action="continue"]').click();
  await page.waitForFunction(() => document.querySelector('meta[name="linkage-build"]')?.getAttribute('content') === '2', undefined, { timeout: 30_000 });
  await waitForScreen(page, 'round');
  expect(await roundLabel(page)).toContain('Round 3 of');
  expect(await page.locator('[data-update]').getAttribute('data-update')).toBe('none');
  // The same game: the same seed and choices (its replay code), now in the new version.
  expect(await codeOf()).toBe(before);
  expect(problems).toEqual([]);
});
