import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { openBrowser, watchForProblems, type Browser } from './harness.ts';
import { axeSerious, shootScreen, waitForScreen } from './ui-helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser.close();
});

test('the title shows each chapter as a card; the chapter data is not in the first script', async () => {
  const page = await browser.context.newPage();
  const problems = await watchForProblems(page);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.js')) scripts.push(new URL(r.url()).pathname);
  });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(inject('baseUrl'));
  await waitForScreen(page, 'title');
  const card = page.locator('.chapter-card[data-chapter="beijing-2023"]');
  expect(await card.locator('h3').innerText()).toBe('Beijing, July 2023');
  expect(await card.innerText()).toContain('Can climate talks be kept apart from everything else?');
  expect(await card.innerText()).toContain('15–25 minutes');
  expect(await card.innerText()).toContain('Not played yet');
  // The first script is the interface alone; the chapter comes in its own chunk.
  expect(scripts[0]).toMatch(/\/assets\/index-/);
  expect(scripts.filter((s) => s.includes('beijing-2023')).length).toBeLessThanOrEqual(1);
  expect(await axeSerious(page)).toEqual([]);
  await shootScreen(page, 'title-chapters');

  await page.evaluate(() => localStorage.setItem('linkage.played.v1', '["beijing-2023"]'));
  await page.reload();
  await waitForScreen(page, 'title');
  expect(await card.innerText()).toContain('Played');
  expect(problems).toEqual([]);
});

test('#/play/ID opens that chapter, ready to play; an unknown id says so', async () => {
  const page = await browser.context.newPage();
  const problems = await watchForProblems(page);
  await page.goto(`${inject('baseUrl')}#/play/beijing-2023`);
  await waitForScreen(page, 'title');
  expect(await page.locator('.chapter-card.chosen').getAttribute('data-chapter')).toBe('beijing-2023');
  await page.locator('[data-mode="china"]').click();
  await waitForScreen(page, 'briefing');
  expect(await page.locator('main, #app').first().innerText()).toContain('Kerry');

  const other = await browser.context.newPage();
  await other.goto(`${inject('baseUrl')}#/play/atlantis-1999`);
  await waitForScreen(other, 'title');
  expect(await other.getByRole('alert').filter({ hasText: 'atlantis-1999' }).innerText()).toContain('There is no chapter called');
  expect(problems).toEqual([]);
});
