/**
 * Every chapter in the registry (src/scenarios/chapters.json) played to an
 * ending in Chromium, as a person plays: the mode by its button, options by
 * number keys, the report by its button, the pass screens of two players. The
 * modes rotate over the chapters (US, China, two players, …), and while there
 * are fewer than three chapters the first ones are played again, so each mode is
 * played at least once; new chapters join when their card is in the registry.
 * Each ending is checked against the engine: the replay code on the ending names
 * the chapter and mode, and replayed in Node it ends where the page says.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { parseScenario, type Scenario } from '../../src/engine/index.ts';
import { decodeReplay, replayGame } from '../../src/engine/replay/index.ts';
import type { ChapterCard } from '../../src/scenarios/chapters.ts';
import { openBrowser, watchForProblems, type Browser } from './harness.ts';
import { noStagePinnedSeed, waitForScreen } from './ui-helpers.ts';

const MODES = ['us', 'china', 'two'] as const;

const cards = JSON.parse(readFileSync('src/scenarios/chapters.json', 'utf8')) as ChapterCard[];
const scenarios = new Map<string, Scenario>(cards.map((c) => [c.id, parseScenario(JSON.parse(readFileSync(`src/scenarios/${c.id}.json`, 'utf8')))]));
/** Chapter i in mode i mod 3, for at least three games. */
const plan = Array.from({ length: Math.max(cards.length, MODES.length) }, (_, i) => ({ chapter: cards[i % cards.length]!, mode: MODES[i % MODES.length]! }));

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser.close();
});

test('the plan plays every chapter and every mode', () => {
  expect(cards.length).toBeGreaterThanOrEqual(1);
  expect(new Set(plan.map((p) => p.chapter.id))).toEqual(new Set(cards.map((c) => c.id)));
  for (const mode of MODES) expect(plan.filter((p) => p.mode === mode).length).toBeGreaterThanOrEqual(1);
});

/** From the chapter's briefing to its ending; returns how many choices this browser's people made. */
async function playToEnding(page: Page, rounds: number): Promise<number> {
  await page.locator('[data-action="start"]').click();
  let picks = 0;
  for (;;) {
    const screen = await waitForScreen(page, ['round', 'pass', 'ending']);
    if (screen === 'ending') return picks;
    if (screen === 'pass') {
      await page.locator('[data-action="ready"]').click();
      continue;
    }
    const options = page.getByRole('group', { name: 'Your options' }).getByRole('button');
    await expect.poll(() => options.count()).toBeGreaterThan(0);
    // A different option each time, by its number key, as the round screen offers.
    await page.keyboard.press(String((picks % (await options.count())) + 1));
    picks++;
    expect(picks).toBeLessThanOrEqual(2 * rounds);
    if ((await waitForScreen(page, ['report', 'pass'])) === 'report') await page.locator('[data-action="continue"]').click();
  }
}

test.each(plan.map((p, i) => ({ ...p, i, name: `${p.chapter.id} as ${p.mode}` })))('$name: played to an ending, which the engine confirms from its code', async ({ chapter, mode, i }) => {
  const scenario = scenarios.get(chapter.id)!;
  const page = await browser.context.newPage();
  const problems = await watchForProblems(page);
  await noStagePinnedSeed(page, 9000 + i);
  await page.goto(`${inject('baseUrl')}#/play/${chapter.id}`);
  await waitForScreen(page, 'title');
  expect(await page.locator('.chapter-card.chosen').getAttribute('data-chapter')).toBe(chapter.id);
  await page.locator(`[data-mode="${mode}"]`).click();
  await waitForScreen(page, 'briefing');
  expect(await page.locator('#app').textContent()).toContain(scenario.title);

  const picks = await playToEnding(page, scenario.rounds.length);
  expect(picks).toBe(scenario.rounds.length * (mode === 'two' ? 2 : 1));
  const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  const code = await page.locator('#replay-link').inputValue();
  const inputs = decodeReplay(code, scenarios);
  expect(inputs).toMatchObject({ scenarioId: chapter.id, mode, seed: 9000 + i, rounds: scenario.rounds.length });
  const ending = scenario.endings.find((e) => e.id === replayGame(scenario, inputs).ending)!;
  expect(heading).toContain(ending.title);

  // Back on the title, the chapter's card says it was played.
  await page.goto(inject('baseUrl'));
  await waitForScreen(page, 'title');
  expect(await page.locator(`.chapter-card[data-chapter="${chapter.id}"]`).innerText()).toContain('Played');
  expect(problems).toEqual([]);
  await page.close();
});
