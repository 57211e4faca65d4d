/**
 * Saves per game in Chromium: two tabs playing at once keep both games; a reload
 * on the ending shows the same ending and link; a full quota shows the notice
 * and play goes on; a full quota with an unreadable save does not lose it; a
 * branch keeps the game in progress; a tampered finished save is reported.
 * Also the figures: save and restore times with 20 games in progress. Without
 * the stage (a Phaser chunk that throws), as in replay.e2e.ts.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, expect, inject, test } from 'vitest';
import { parseScenario, playGame } from '../../src/engine/index.ts';
import { encodeReplay, inputsOfGame, replayGame, truncateInputs } from '../../src/engine/replay/index.ts';
import { openBrowser, watchForProblems, type Browser } from './harness.ts';
import { axeSerious, shootScreen, waitForScreen as waitFor } from './ui-helpers.ts';

// These games are Beijing's: open that chapter by name, whichever chapter the title offers first.
const BEIJING = '#/play/beijing-2023';

const scenario = parseScenario(JSON.parse(readFileSync('src/scenarios/beijing-2023.json', 'utf8')));
const NOT_KEPT = 'This browser is not keeping your progress; keep the replay link.';

let browser: Browser;
beforeEach(async () => {
  browser = await openBrowser();
});
afterEach(async () => {
  await browser.close();
});


/** A page without the stage; `before` runs in the page before the app (storage seeded or broken). */
async function open(context: BrowserContext = browser.context, options: { hash?: string; before?: (() => void) | string } = {}): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  const problems = await watchForProblems(page);
  await page.route(/\/assets\/phaser-[^/]*\.js$/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: 'throw new Error("WebGL is not available (test)");' }));
  if (options.before) await page.addInitScript(options.before);
  await page.goto(`${inject('baseUrl')}${options.hash ?? BEIJING}`);
  await waitFor(page, ['title', 'replay', 'ending']);
  return { page, problems };
}

const real = (problems: string[]) => problems.filter((p) => !p.includes('WebGL is not available (test)'));

/** Plays the first option each round until round `stopAt` is on screen (or the ending). */
async function playTo(page: Page, stopAt = Infinity): Promise<void> {
  for (;;) {
    const screen = await waitFor(page, ['briefing', 'round', 'ending']);
    if (screen === 'ending') return;
    if (screen === 'briefing') {
      await page.getByRole('button', { name: 'Start the talks' }).click();
      continue;
    }
    const round = Number((await page.locator('.round-head .eyebrow').textContent())?.match(/Round (\d+)/)?.[1]);
    if (round >= stopAt) return;
    await page.getByRole('group', { name: 'Your options' }).getByRole('button').first().click();
    await waitFor(page, 'report');
    await page.locator('[data-action="continue"]').click();
  }
}

/** The title's list: each game's button text, newest first. */
async function listed(page: Page): Promise<string[]> {
  await page.locator('.saved-list').first().waitFor({ timeout: 10_000 });
  return (await page.locator('.saved-game-btn').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
}

/** A Storage whose setItem throws as a full quota does; reads still work. */
function fullQuota(): void {
  Object.defineProperty(Storage.prototype, 'setItem', {
    configurable: true,
    value() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
  });
}

test('two tabs playing at once keep both games, and finishing one leaves the other', { timeout: 150_000 }, async () => {
  const a = await open();
  const b = await open();
  await a.page.getByRole('button', { name: 'Play as the United States' }).click();
  await playTo(a.page, 3);
  await b.page.getByRole('button', { name: 'Play as China' }).click();
  await playTo(b.page, 2);
  await a.page.reload();
  await waitFor(a.page, 'title');
  const games = await listed(a.page);
  expect(games).toHaveLength(2);
  expect(games[0]).toMatch(/^Resume \(round 2 of 6\) Playing as China · saved /);
  expect(games[1]).toMatch(/^Resume \(round 3 of 6\) Playing as the United States · saved /);
  await shootScreen(a.page, 'saves-01-title-two-games');

  // B plays its game to the end: A's game is still there, B's is in the finished games.
  await playTo(b.page);
  await waitFor(b.page, 'ending');
  await a.page.reload();
  await waitFor(a.page, 'title');
  expect(await listed(a.page)).toEqual([expect.stringMatching(/^Resume \(round 3 of 6\) Playing as the United States/)]);
  expect(await a.page.locator('.finished-list li').count()).toBe(1);
  expect(await a.page.locator('.finished-list a').getAttribute('href')).toMatch(/^#\/replay\/[A-Za-z0-9_-]+$/);
  await shootScreen(a.page, 'saves-06-title-finished');
  await a.page.getByRole('button', { name: /Resume \(round 3 of 6\)/ }).click();
  await waitFor(a.page, 'round');
  expect(await a.page.locator('.round-head .eyebrow').textContent()).toMatch(/^Round 3 of 6/);
  expect(real(a.problems)).toEqual([]);
  expect(real(b.problems)).toEqual([]);
});

test('the same game resumed in two tabs: each goes on, and neither overwrites the other', { timeout: 120_000 }, async () => {
  const a = await open();
  await a.page.getByRole('button', { name: 'Play as the United States' }).click();
  await playTo(a.page, 2);
  const b = await open();
  await b.page.getByRole('button', { name: /Resume \(round 2 of 6\)/ }).click();
  await a.page.reload();
  await waitFor(a.page, 'title');
  await a.page.getByRole('button', { name: /Resume \(round 2 of 6\)/ }).click();
  // B plays two rounds, then A one: A's tab was told (storage event) and writes a key of its own.
  await playTo(b.page, 4);
  await playTo(a.page, 3);
  const c = await open();
  expect(await listed(c.page)).toEqual([
    expect.stringMatching(/^Resume \(round 3 of 6\) Playing as the United States/),
    expect.stringMatching(/^Resume \(round 4 of 6\) Playing as the United States/),
  ]);
  expect(real(a.problems)).toEqual([]);
  expect(real(b.problems)).toEqual([]);
});

test('a reload on the ending shows the same ending with the same replay link', { timeout: 120_000 }, async () => {
  const { page, problems } = await open();
  await page.getByRole('button', { name: 'Play as China' }).click();
  await playTo(page);
  await waitFor(page, 'ending');
  const title = await page.locator('h1').textContent();
  const link = await page.getByLabel('Replay link').inputValue();
  const code = link.split('#/replay/')[1]!;
  expect(await page.evaluate(() => location.hash)).toBe(`#/replay/${code}`);
  await page.reload();
  expect(await waitFor(page, ['ending', 'replay'])).toBe('ending');
  expect(await page.locator('h1').textContent()).toBe(title);
  expect(await page.getByLabel('Replay link').inputValue()).toBe(link);
  // The ending is recorded once, however often it is reloaded.
  await page.reload();
  await waitFor(page, 'ending');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('linkage.finished.v2.')).length)).toBe(1);
  // "Watch the replay" still opens the viewer, though the address already names the code.
  await page.getByRole('link', { name: 'Watch this replay' }).click();
  await waitFor(page, 'replay');
  // The same link opened in another tab is the viewer, not an ending.
  const other = await open(browser.context, { hash: `#/replay/${code}` });
  expect(await waitFor(other.page, ['replay', 'ending'])).toBe('replay');
  expect(real(problems)).toEqual([]);
});

test('a full quota: a polite notice with the replay link so far, and play goes on; Dismiss removes it', { timeout: 120_000 }, async () => {
  const { page, problems } = await open(browser.context, { before: fullQuota });
  // Everything said in the live region, in order.
  await page.evaluate(() => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    const live = document.getElementById('live')!;
    new MutationObserver(() => {
      if (live.textContent) said.push(live.textContent);
    }).observe(live, { childList: true, characterData: true, subtree: true });
  });
  const said = () => page.evaluate(() => (window as unknown as { said: string[] }).said);
  await page.getByRole('button', { name: 'Play as the United States' }).click();
  await playTo(page, 2);
  const notice = page.locator('.save-notice[data-notice="not-kept"]');
  await notice.waitFor();
  expect(await notice.locator('.save-notice-text').textContent()).toBe(NOT_KEPT);
  await expect.poll(async () => (await said()).filter((text) => text.includes(NOT_KEPT)).length, { timeout: 5_000 }).toBe(1);
  // Said after the screen's own announcement, not instead of it.
  expect((await said()).find((text) => text.includes(NOT_KEPT))).toMatch(new RegExp(`.{20,} ${NOT_KEPT.replace(/[.;]/g, '.')}$`));
  const soFar = await page.getByLabel('Replay link of the game so far').inputValue();
  expect(soFar).toMatch(/#\/replay\/[A-Za-z0-9_-]+$/);
  expect(await page.evaluate(() => document.getElementById('app')?.dataset.screen)).toBe('round');
  await shootScreen(page, 'saves-02-notice');
  expect(await axeSerious(page)).toEqual([]);
  // Play goes on; the link follows the game, and the notice is not announced again.
  await playTo(page, 3);
  expect(await page.getByLabel('Replay link of the game so far').inputValue()).not.toBe(soFar);
  expect(await page.locator('.save-notice').count()).toBe(1);
  expect((await said()).filter((text) => text.includes(NOT_KEPT))).toHaveLength(1);
  const dismiss = page.getByRole('button', { name: 'Dismiss this notice' });
  await dismiss.focus();
  await page.keyboard.press('Enter');
  expect(await page.locator('.save-notice').count()).toBe(0);
  expect(await page.evaluate(() => document.activeElement?.tagName)).toMatch(/^H[12]$/);
  await playTo(page, 4);
  expect(await page.locator('.save-notice').count()).toBe(0);
  expect(real(problems)).toEqual([]);
});

test('a full quota with an unreadable save: it is not lost silently, its text is shown to copy, and removing it is a choice', { timeout: 60_000 }, async () => {
  const { page, problems } = await open(browser.context, {
    before: () => {
      // Seeded once (the marker survives reloads), then the quota is full for good.
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('linkage.game.v2.broken', '{"format":2,"code":"not a code"');
      }
      Object.defineProperty(Storage.prototype, 'setItem', {
        configurable: true,
        value() {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
      });
    },
  });
  const box = page.locator('[data-unreadable="linkage.game.v2.broken"]');
  await box.waitFor();
  expect(await box.getByRole('alert').textContent()).toMatch(/could not be read.*could not set it aside/);
  expect(await page.getByLabel('The saved game\'s text').inputValue()).toBe('{"format":2,"code":"not a code"');
  expect(await page.evaluate(() => localStorage.getItem('linkage.game.v2.broken'))).toBe('{"format":2,"code":"not a code"');
  await shootScreen(page, 'saves-03-unreadable-full');
  expect(await axeSerious(page)).toEqual([]);
  await page.reload();
  await box.waitFor();
  await page.getByRole('button', { name: 'Remove this saved game' }).click();
  expect(await page.evaluate(() => localStorage.getItem('linkage.game.v2.broken'))).toBeNull();
  expect(real(problems)).toEqual([]);
});

test('branching from the replay viewer keeps the game in progress in the list', { timeout: 120_000 }, async () => {
  const game = playGame(scenario, 4321, 'china', scenario.rounds.map((round) => ({ china: round.options.china[0]!.id })));
  const { page, problems } = await open();
  await page.getByRole('button', { name: 'Play as the United States' }).click();
  await playTo(page, 3);
  await page.evaluate((code) => {
    location.hash = `#/replay/${code}`;
  }, encodeReplay(scenario, game));
  await waitFor(page, 'replay');
  await page.getByRole('button', { name: 'Next round' }).click();
  await page.getByRole('button', { name: 'Next round' }).click();
  await page.locator('[data-branch]').click();
  await waitFor(page, ['briefing', 'round']);
  await page.locator('.save-notice[data-notice="kept"]').waitFor();
  await playTo(page, 3);
  // The title lists the chosen chapter's games: come back at Beijing's own address.
  await page.evaluate((hash) => history.replaceState(null, '', location.pathname + hash), BEIJING);
  await page.reload();
  await waitFor(page, 'title');
  const games = await listed(page);
  expect(games).toHaveLength(2);
  expect(games.some((g) => /round 3 of 6\) Playing as the United States/.test(g))).toBe(true);
  expect(games.some((g) => /Playing as China/.test(g))).toBe(true);
  expect(real(problems)).toEqual([]);
});

test('a tampered save of a finished game is reported as unreadable, set aside, and does not come back', { timeout: 60_000 }, async () => {
  const full = playGame(scenario, 77, 'us', scenario.rounds.map((round) => ({ us: round.options.us[0]!.id })));
  const raw = JSON.stringify({ format: 2, code: encodeReplay(scenario, full), mode: 'us', scenarioId: scenario.id, savedAt: 1 });
  const { page, problems } = await open(browser.context, {
    before: `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem('linkage.game.v2.tampered', ${JSON.stringify(raw)}); }`,
  });
  const alert = page.locator('[data-unreadable="linkage.game.v2.tampered"]');
  await alert.waitFor();
  expect(await alert.textContent()).toMatch(/after its last round.*set aside/);
  expect(await page.getByRole('button', { name: /round 7 of 6/ }).count()).toBe(0);
  expect(await page.evaluate(() => [localStorage.getItem('linkage.game.v2.tampered'), localStorage.getItem('linkage.game.v2.tampered:bad')])).toEqual([null, raw]);
  await page.reload();
  await waitFor(page, 'title');
  await page.waitForTimeout(500);
  expect(await page.locator('[data-unreadable]').count()).toBe(0);
  expect(real(problems)).toEqual([]);
});

test('figures: save and restore times with 20 games in progress (real localStorage)', { timeout: 90_000 }, async () => {
  const saves = Array.from({ length: 20 }, (_, i) => {
    const mode = i % 2 ? 'china' : 'us';
    const full = playGame(scenario, 1000 + i, mode, scenario.rounds.map((round) => ({ us: round.options.us[i % 2]!.id, china: round.options.china[i % 3]!.id })));
    const game = replayGame(scenario, truncateInputs(inputsOfGame(full), i % scenario.rounds.length));
    return [`linkage.game.v2.fig${i}`, JSON.stringify({ format: 2, code: encodeReplay(scenario, game), mode, scenarioId: scenario.id, savedAt: 1_764_600_000_000 + i * 60_000 })];
  });
  const seed = `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); for (const [k, v] of ${JSON.stringify(saves)}) localStorage.setItem(k, v); }`;
  const { page, problems } = await open(browser.context, { before: seed });
  expect(await listed(page)).toHaveLength(3);
  expect(await page.locator('.saved-more summary').textContent()).toBe('17 more games in progress');
  await shootScreen(page, 'saves-04-title-20-games');
  await page.locator('.saved-more summary').click();
  await expect.poll(() => page.locator('.saved-more .saved-game-btn').count()).toBe(17);
  await shootScreen(page, 'saves-05-title-20-games-open');
  const restores: number[] = [];
  for (let i = 0; i < 7; i++) {
    await page.reload();
    await waitFor(page, 'title');
    await page.locator('.saved-list').first().waitFor();
    restores.push(await page.evaluate(() => performance.getEntriesByName('linkage:restore-games')[0]!.duration));
  }
  // Resume the newest (round 2, as China) and play three rounds: each save is one write to this game's own key.
  await page.locator('.saved-game-btn').first().click();
  await playTo(page, 5);
  const saveTimes = await page.evaluate(() => performance.getEntriesByName('linkage:save-game').map((e) => e.duration));
  expect(saveTimes.length).toBeGreaterThan(0);
  const median = (v: number[]) => [...v].sort((x, y) => x - y)[Math.floor(v.length / 2)]!;
  console.log(`saves with 20 games in progress: restore the list ${median(restores).toFixed(2)} ms (median of ${restores.length}, max ${Math.max(...restores).toFixed(2)}), save one ${median(saveTimes).toFixed(2)} ms (median of ${saveTimes.length})`);
  expect(median(restores)).toBeLessThan(100);
  expect(real(problems)).toEqual([]);
});
