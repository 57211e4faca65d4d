/**
 * Firefox ESR (Debian's firefox-esr), driven by puppeteer-core over WebDriver
 * BiDi: the title and one whole game. Headless Firefox has no WebGL here, so the
 * stage fails and the game plays from the DOM, which is what this checks too.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { smoke, wholeGame, WATCH_PROBLEMS, type Driver } from './drive.ts';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

let browser: Browser;
let page: Page;
let profile: string;

beforeAll(async () => {
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: install Debian's firefox-esr (apt-get install -y firefox-esr) or set FIREFOX_PATH.`);
  profile = mkdtempSync(join(tmpdir(), 'linkage-firefox-'));
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, userDataDir: profile });
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 720 });
  await page.evaluateOnNewDocument(WATCH_PROBLEMS);
});

afterAll(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

const driver: Driver = {
  value: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
  click: async (selector) => {
    await page.waitForSelector(selector, { visible: true, timeout: 30_000 });
    await page.click(selector);
  },
  goto: async (url) => {
    await page.goto(url);
  },
};

test('Firefox: the title', async () => {
  const title = await smoke(driver, inject('baseUrl'));
  expect(title.title).toContain('Linkage');
  expect(title.modes).toBe(3);
  expect(title.problems).toEqual([]);
});

test('Firefox: one whole game as the US, to its ending', async () => {
  const game = await wholeGame(driver);
  expect(game.rounds).toBeGreaterThanOrEqual(5);
  expect(game.ending.length).toBeGreaterThan(0);
  expect(['ready', 'failed']).toContain(game.stage);
  expect(game.problems).toEqual([]);
});
