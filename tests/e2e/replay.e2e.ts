/**
 * Replays in Chromium (issue 5): the ending's replay link opened in a fresh page
 * reaches the same ending; a branch at round 3 reaches a different ending; the
 * comparison of the two; damaged codes get an alert and leave the game as it
 * was; a reload mid-game resumes at the same round. Without the stage (a Phaser
 * chunk that throws), except where the viewer's stage is photographed.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parseScenario, playGame } from '../../src/engine/index.ts';
import { encodeReplay } from '../../src/engine/replay/index.ts';
import { afterEach, beforeEach, expect, inject, test } from 'vitest';
import { openBrowser, watchForProblems, type Browser } from './harness.ts';
import { axeSerious, expectGoodLayout, shootScreen, waitForScreen as waitFor } from './ui-helpers.ts';

// These games are Beijing's: open that chapter by name, whichever chapter the title offers first.
const BEIJING = '#/play/beijing-2023';

let browser: Browser;
beforeEach(async () => {
  browser = await openBrowser();
});
afterEach(async () => {
  await browser.close();
});


async function open(options: { noStage?: boolean; hash?: string; page?: Page } = {}): Promise<{ page: Page; problems: string[] }> {
  const page = options.page ?? await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  const problems = await watchForProblems(page);
  if (options.noStage !== false) {
    await page.route(/\/assets\/phaser-[^/]*\.js$/, (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: 'throw new Error("WebGL is not available (test)");' }));
  }
  await page.goto(`${inject('baseUrl')}${options.hash ?? BEIJING}`);
  await waitFor(page, ['title', 'replay', 'compare']);
  return { page, problems };
}

/** The stage failing to load is expected in these tests: its one warning is not a problem. */
const real = (problems: string[]) => problems.filter((p) => !p.includes('WebGL is not available (test)'));

/** Picks option `pick(round, count)` (1-based round) as the US until the ending or until `stopBefore` is reached. */
async function playAsUs(page: Page, pick: (round: number, count: number) => number, stopBefore = Infinity): Promise<string[]> {
  const chosen: string[] = [];
  for (;;) {
    const screen = await waitFor(page, ['briefing', 'round', 'ending']);
    if (screen === 'ending') return chosen;
    if (screen === 'briefing') {
      await page.getByRole('button', { name: 'Start the talks' }).click();
      continue;
    }
    const round = Number((await page.locator('.round-head .eyebrow').textContent())?.match(/Round (\d+)/)?.[1]);
    if (round >= stopBefore) return chosen;
    const options = page.getByRole('group', { name: 'Your options' }).getByRole('button');
    const count = await options.count();
    const button = options.nth(pick(round, count));
    chosen.push((await button.locator('.option-label').textContent()) ?? '');
    await button.click();
    await waitFor(page, 'report');
    await page.locator('[data-action="continue"]').click();
  }
}

const endingTitle = (page: Page) => page.locator('h1').textContent();
const pathChoices = async (page: Page) => (await page.locator('.path li .path-choice.side-us').allTextContents()).map((text) => text.replace(/^[^:]+:\s*/, ''));

test('a finished game\'s replay link reaches the same ending in a fresh page; a branch at round 3 ends differently; the two compare side by side', { timeout: 120_000 }, async () => {
  const { page, problems } = await open();
  await page.getByRole('button', { name: 'Play as the United States' }).click();
  await playAsUs(page, () => 0);
  await waitFor(page, 'ending');
  const original = await endingTitle(page);
  const originalPath = await pathChoices(page);

  // The replay link: a read-only field labelled "Replay link", and a copy button that says what it did.
  const field = page.getByLabel('Replay link');
  expect(await field.getAttribute('readonly')).not.toBeNull();
  const link = await field.inputValue();
  expect(link).toMatch(/#\/replay\/[A-Za-z0-9_-]{10,120}$/);
  await page.getByRole('button', { name: 'Copy' }).click();
  await expect.poll(() => page.locator('#live').textContent()).toMatch(/Link copied|press Ctrl\+C/);
  await shootScreen(page, 'replay-01-ending');

  // A fresh page (a new context: no shared storage) opens the link in the viewer and steps to the same ending.
  const context = await browser.context.browser()!.newContext();
  const fresh = await open({ page: await context.newPage(), hash: `#${link.split('#')[1]}` });
  await waitFor(fresh.page, 'replay');
  expect(await fresh.page.locator('.viewer-position').textContent()).toBe('Before the first round');
  for (let i = 0; i < 6; i++) await fresh.page.getByRole('button', { name: 'Next round' }).click();
  expect(await fresh.page.getByRole('button', { name: 'Next round' }).isDisabled()).toBe(true);
  expect(await fresh.page.locator('.viewer-ending .ending-title').textContent()).toBe(original);
  await fresh.page.getByRole('button', { name: 'Previous round' }).click();
  expect(await fresh.page.locator('.viewer-position').textContent()).toMatch(/^Round 5 of 6/);
  // The same choices as the original, round by round.
  expect(await fresh.page.locator('.answer.side-us .answer-label').textContent()).toBe(originalPath[4]);
  await shootScreen(fresh.page, 'replay-02-viewer');
  expect(await axeSerious(fresh.page)).toEqual([]);
  expect(real(fresh.problems)).toEqual([]);
  await context.close();

  // Branch at round 3 from the ending's path list: rounds 1–2 kept, then the last option each time.
  await page.locator('[data-branch="2"]').click();
  const branchChoices = await playAsUs(page, (_round, count) => count - 1);
  expect(branchChoices).toHaveLength(4); // rounds 3 to 6
  await waitFor(page, 'ending');
  const branched = await endingTitle(page);
  expect(branched).not.toBe(original);
  const branchPath = await pathChoices(page);
  expect(branchPath.slice(0, 2)).toEqual(originalPath.slice(0, 2));
  expect(branchPath.slice(2)).not.toEqual(originalPath.slice(2));

  // The comparison: choices per round with differences in words, six charts each with a table, both endings.
  await page.getByRole('link', { name: 'Compare with the original' }).click();
  await waitFor(page, 'compare');
  const marks = await page.locator('.cmp-choices .cmp-mark').allTextContents();
  expect(marks.slice(0, 2)).toEqual(['= same', '= same']);
  expect(marks.slice(2).every((m) => m === '≠ differs')).toBe(true);
  expect(await page.locator('.cmp-ending .ending-title').allTextContents()).toEqual([original, branched]);
  expect(await page.locator('.cmp-chart svg.chart polyline').count()).toBeGreaterThanOrEqual(2);
  expect(await page.locator('.cmp-chart svg.chart[role="img"][aria-labelledby]').count()).toBe(await page.locator('.cmp-table').count());
  await shootScreen(page, 'replay-03-compare');
  expect(await axeSerious(page)).toEqual([]);
  expect(real(problems)).toEqual([]);
});

test('a truncated, altered, newer-format or too long code gets an alert that names the problem, and the game in progress stays as it was; a reload resumes at the same round', { timeout: 90_000 }, async () => {
  const { page, problems } = await open();
  await page.getByRole('button', { name: 'Play as the United States' }).click();
  await playAsUs(page, () => 1, 3);
  await waitFor(page, 'round');
  expect(await page.locator('.round-head .eyebrow').textContent()).toMatch(/^Round 3 of 6/);
  const heading = await page.locator('h1').textContent();

  // A damaged link while playing: an alert on the round screen; the round is untouched.
  await page.evaluate(() => {
    location.hash = '#/replay/AQ8Bxxxxxxxxxxxxxxxxxxxxxxxx';
  });
  await expect.poll(() => page.getByRole('alert').first().textContent()).toBeTruthy();
  expect(await page.evaluate(() => document.getElementById('app')?.dataset.screen)).toBe('round');
  expect(await page.locator('h1').textContent()).toBe(heading);

  // Reload mid-game (at the chapter's own address, as before the damaged link): the title offers to resume at round 3.
  await page.evaluate((hash) => history.replaceState(null, '', location.pathname + hash), BEIJING);
  await page.reload();
  await waitFor(page, 'title');
  const resume = page.getByRole('button', { name: 'Resume (round 3 of 6)' });
  await resume.waitFor();

  // Bad codes pasted on the title: each says what is wrong, and the saved game is still offered.
  const input = page.getByLabel('Replay code or link');
  const openButton = page.getByRole('button', { name: 'Open', exact: true });
  const alert = page.locator('#open-replay-alert');
  await input.fill('AQ8BAAAAAAAAAAAAAAAAAAAAAAA');
  await openButton.click();
  await expect.poll(() => alert.textContent()).not.toBe('');
  // The game in progress's own code, from its save: truncated, altered, and from a "newer" format.
  const code = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('linkage.game.v2.') && !k.endsWith(':bad'));
    return (JSON.parse(localStorage.getItem(key ?? '') ?? '{}') as { code: string }).code;
  });
  const newer = await page.evaluate((text) => {
    const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)), (ch) => ch.charCodeAt(0));
    bytes[0] = 9;
    // Re-sealed with a valid CRC-32 (big-endian, last 4 bytes), as a future version would write it.
    let crc = 0xffffffff;
    for (let i = 0; i < bytes.length - 4; i++) {
      crc ^= bytes[i]!;
      for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
    }
    crc = (crc ^ 0xffffffff) >>> 0;
    bytes.set([crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff], bytes.length - 4);
    return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }, code);
  const middle = Math.floor(code.length / 2);
  const swapped = code.slice(0, middle) + (code[middle] === 'A' ? 'B' : 'A') + code.slice(middle + 1);
  for (const [text, message] of [
    [code.slice(0, -4), /missing|changed/],
    [`${inject('baseUrl')}#/replay/${swapped}`, /changed or mistyped|missing/],
    [newer, /newer version/],
  ] as const) {
    await input.fill(text);
    await openButton.click();
    await expect.poll(() => alert.textContent()).toMatch(message);
    expect(await page.evaluate(() => document.getElementById('app')?.dataset.screen)).toBe('title');
  }
  await input.fill('x'.repeat(9000));
  await openButton.click();
  await expect.poll(() => alert.textContent()).toMatch(/too long/);
  expect(await page.evaluate(() => document.getElementById('app')?.dataset.screen)).toBe('title');
  await shootScreen(page, 'replay-04-title-alert');
  expect(await axeSerious(page)).toEqual([]);

  await resume.click();
  await waitFor(page, 'round');
  expect(await page.locator('.round-head .eyebrow').textContent()).toMatch(/^Round 3 of 6/);
  expect(await page.locator('h1').textContent()).toBe(heading);
  expect(real(problems)).toEqual([]);
});

test('a damaged replay link opened directly, and an unreadable save, are reported on the title; the save is kept aside and a new game can start', async () => {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('linkage.save.v1', '{"format":1,"code":"not a code"');
    }
  });
  const { problems } = await open({ page, hash: '#/replay/AQ8' });
  await waitFor(page, 'title');
  await expect.poll(() => page.locator('#open-replay-alert').textContent()).not.toBe('');
  await expect.poll(() => page.locator('.resume-slot [role="alert"]').textContent()).toMatch(/saved game could not be read/);
  expect(await page.evaluate(() => [localStorage.getItem('linkage.save.v1'), localStorage.getItem('linkage.save.v1:bad')]))
    .toEqual([null, '{"format":1,"code":"not a code"']);
  await page.getByRole('button', { name: 'Play as China' }).click();
  await waitFor(page, 'briefing');
  await expectGoodLayout(page, 'briefing after a bad link');
  expect(real(problems)).toEqual([]);
});

test('a replay link opened directly plays on the stage: "Play through" advances round by round (reduced motion) and pauses', { timeout: 120_000 }, async () => {
  // A code made in Node by the same engine: a whole game as the US, first option each round.
  const scenario = parseScenario(JSON.parse(readFileSync('src/scenarios/beijing-2023.json', 'utf8')));
  const game = playGame(scenario, 12345, 'us', scenario.rounds.map((round) => ({ us: round.options.us[0]!.id })));
  const ending = scenario.endings.find((e) => e.id === game.ending)!.title;
  const page = await browser.context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const { problems } = await open({ page, noStage: false, hash: `#/replay/${encodeReplay(scenario, game)}` });
  await waitFor(page, 'replay');
  await page.waitForFunction(() => document.getElementById('app')?.dataset.stage !== undefined, null, { timeout: 90_000 });
  const play = page.getByRole('button', { name: 'Play through' });
  await play.click();
  expect(await page.getByRole('button', { name: 'Pause' }).getAttribute('aria-pressed')).toBe('true');
  await expect.poll(() => page.locator('.viewer-position').textContent(), { timeout: 20_000 }).toMatch(/^Round 2 of 6/);
  await page.getByRole('button', { name: 'Pause' }).click();
  expect(await page.getByRole('button', { name: 'Play through' }).getAttribute('aria-pressed')).toBe('false');
  // Keyboard: Next to the end; focus stays on a control when Next becomes disabled.
  const next = page.getByRole('button', { name: 'Next round' });
  await next.focus();
  for (let i = 0; i < 6; i++) if (!(await next.isDisabled())) await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Previous round');
  expect(await page.locator('.viewer-ending .ending-title').textContent()).toBe(ending);
  await shootScreen(page, 'replay-05-viewer-stage', { sizes: [{ name: 'phone', width: 390, height: 844 }] });
  expect(real(problems)).toEqual([]);
});
