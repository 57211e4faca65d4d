/**
 * Offline after one visit: the service worker precaches the whole build, so
 * with the server gone and the browser offline, a reload still opens the game,
 * a whole game plays to its ending with the stage and the sound, and the
 * teacher's guide and the class page open.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { openBrowser, watchForProblems, type Browser } from './harness.ts';
import { playToEnding, serveCopy, startAsUs, waitForWorker, type Site } from './offline-helpers.ts';
import { waitForScreen } from './ui-helpers.ts';

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

async function openPage(page: Page, hash: string, screen: string): Promise<void> {
  await page.evaluate((to) => { location.hash = to; }, hash);
  await page.waitForFunction((name) => document.getElementById('app')?.dataset.screen === name, screen, { timeout: 15_000 });
  expect((await page.locator('#screen h1').first().textContent())?.trim()).toBeTruthy();
}

test('after one visit the whole game, the guide and the class page work offline', async () => {
  const page = await browser.context.newPage();
  await page.goto(site.url);
  await waitForScreen(page, 'title');
  // Nothing of the service worker before the player goes past the title: the first page stays light.
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  await startAsUs(page);
  await waitForWorker(page);

  // The network goes away: the browser is offline, and the server stops too.
  await browser.context.setOffline(true);
  site.stop();
  const problems = await watchForProblems(page);
  await page.reload();
  await waitForScreen(page, 'title');
  await startAsUs(page);
  await page.waitForFunction(() => document.getElementById('app')?.dataset.stage === 'ready', undefined, { timeout: 30_000 });
  await playToEnding(page);
  await waitForScreen(page, 'ending');
  // The sound sprite came from the precache too (howler fetched it; it would have failed offline otherwise).
  const sprite = await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/audio\/sprite\.(mp3|webm)$/.test(e.name)));
  expect(sprite).toBe(true);

  await openPage(page, '#/teachers', 'teachers');
  await openPage(page, '#/class', 'class');

  // Offline, the worker's update checks fail; the browser may log that (a failed request), the game must not.
  expect(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED|Failed to update a ServiceWorker/.test(p))).toEqual([]);
});
