/**
 * The negotiation model in Chromium: a teacher sets a hard-line computer in the
 * title's settings (by keyboard), the setting is remembered, and a game as the
 * US against it shows the package per side on the ending and in the debrief,
 * with the computer's reasons; the replay code carries the setting. The game
 * is recomputed here in Node from the pinned seed and the options clicked.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import scenarioJson from '../../src/scenarios/beijing-2023.json' with { type: 'json' };
import { decodeReplay, encodeReplay, replayGame } from '../../src/engine/replay/index.ts';
import { Scenario as ScenarioSchema, type Scenario } from '../../src/engine/schema.ts';
import { packageOutcome } from '../../src/engine/model/package.ts';
import { toneFor } from '../../src/engine/types.ts';
import { openBrowser, watchForProblems, type Browser } from './harness.ts';
import { axeSerious, noStagePinnedSeed, SHOT_DIR, shootScreen, tabTo, waitForScreen as screenIs } from './ui-helpers.ts';

// These games are Beijing's: open that chapter by name, whichever chapter the title offers first.
const BEIJING = '#/play/beijing-2023';

const scenario: Scenario = ScenarioSchema.parse(scenarioJson);
const SEED = 515151;
const HARD_LINE = { temperament: 'hard-line', unpredictability: 'normal' } as const;

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser.close();
});


/** A page without the stage and with the game seed pinned. */
async function open(page: Page): Promise<void> {
  await noStagePinnedSeed(page, SEED);
  await page.goto(`${inject('baseUrl')}${BEIJING}`);
  await screenIs(page, 'title');
}

/** Tabs from the top of the page until the element with `id` has focus; fails if it is never reached. */
async function tabFromTop(page: Page, id: string): Promise<void> {
  await page.locator('body').focus();
  await tabTo(page, `#${id}`, 60);
}

/** What the debrief's print view costs in pages, on A4 and Letter. */
async function printedPages(page: Page, shot: string): Promise<number[]> {
  await page.emulateMedia({ media: 'print' });
  const counts: number[] = [];
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: false }).catch(() => null);
    if (!pdf) continue;
    writeFileSync(`${SHOT_DIR}/${shot}-${format}.pdf`, pdf);
    counts.push((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length);
  }
  await page.emulateMedia({ media: 'screen' });
  return counts;
}

test('as the US against a hard-line computer set on the title: the package per side on the ending and in the debrief', { timeout: 150_000 }, async () => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  const problems = await watchForProblems(page);
  await open(page);

  // The teacher's settings: labelled selects, reached and changed with the keyboard.
  const temperament = page.getByLabel('Temperament', { exact: true });
  await tabFromTop(page, 'title-temperament');
  await page.keyboard.press('ArrowDown'); // drawn → hard-line
  await expect.poll(() => temperament.inputValue()).toBe('hard-line');
  await tabFromTop(page, 'title-unpredictability');
  expect(await page.getByLabel('Unpredictability').inputValue()).toBe('normal');
  expect(await axeSerious(page)).toEqual([]);
  await shootScreen(page, '40-title-teacher-settings');
  await page.getByRole('group', { name: 'For teachers: the computer' }).screenshot({ path: `${SHOT_DIR}/40-title-teacher-settings-close.png` });
  // Remembered across a reload.
  await page.reload();
  await screenIs(page, 'title');
  expect(await temperament.inputValue()).toBe('hard-line');

  // A game as the US, taking what the real delegation did.
  await page.getByRole('button', { name: 'Play as the United States' }).click();
  await screenIs(page, 'briefing');
  await page.getByRole('button', { name: 'Start the talks' }).click();
  const choices: string[] = [];
  for (;;) {
    await page.waitForFunction(() => ['round', 'ending'].includes(document.getElementById('app')?.dataset.screen ?? ''));
    if ((await page.locator('#app').getAttribute('data-screen')) === 'ending') break;
    const round = scenario.rounds[choices.length]!;
    const id = round.options.us.find((o) => o.historical)!.id;
    choices.push(id);
    await page.locator(`[data-option="${id}"]`).click();
    await screenIs(page, 'report');
    await page.locator('[data-action="continue"]').click();
  }

  // The same game in Node: its ending, package and code, with the hard-line setting.
  const state = replayGame(scenario, {
    scenarioId: scenario.id, version: scenario.version, seed: SEED, mode: 'us', settings: HARD_LINE,
    rounds: choices.length, choices: choices.map((us) => ({ us })),
  });
  const ending = scenario.endings.find((e) => e.id === state.ending)!;
  const outcome = packageOutcome(scenario, state.model);
  const label = (id: string) => scenario.package!.items.find((i) => i.id === id)!.label;
  const code = encodeReplay(scenario, state);
  expect(decodeReplay(code, new Map([[scenario.id, scenario]])).settings).toEqual(HARD_LINE);

  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(ending.title);
  expect(await page.locator('.ending > .tone').getAttribute('data-tone')).toBe(toneFor(ending, 'us'));
  expect(await page.locator('#replay-link').inputValue()).toContain(code);
  const checkPackage = async (scope: string) => {
    const pkg = page.locator(`${scope} .package`);
    await expect.poll(() => pkg.count()).toBe(1);
    const us = pkg.locator('.package-side[data-side="us"]');
    expect(await us.getByRole('heading', { name: 'What the US secured' }).count()).toBe(1);
    expect(await us.getByRole('heading', { name: 'What the US gave up' }).count()).toBe(1);
    expect(await us.locator('.is-secured li').allTextContents()).toEqual(outcome.us.secured.map(label));
    expect(await us.locator('.is-gave-up li').allTextContents()).toEqual(outcome.us.gaveUp.map(label));
    const china = pkg.locator('.package-side[data-side="china"]');
    expect(await china.getByRole('heading', { name: 'What China secured' }).count()).toBe(1);
    expect(await china.locator('.is-secured li').allTextContents()).toEqual(outcome.china.secured.map(label));
    expect(await pkg.getByRole('heading', { name: 'What it means for the climate' }).count()).toBe(1);
  };
  await checkPackage('.ending');
  expect(await axeSerious(page)).toEqual([]);
  await shootScreen(page, '41-ending-hard-line');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator('.ending .package').screenshot({ path: `${SHOT_DIR}/41-ending-hard-line-package-phone.png` });
  await page.setViewportSize({ width: 1280, height: 720 });

  // The debrief: the package, the computer's reasons round by round, the model explained.
  await page.getByRole('button', { name: 'Open the debrief' }).click();
  await screenIs(page, 'debrief');
  await checkPackage('.debrief');
  const reasons = page.locator('.reasons .reason');
  expect(await reasons.count()).toBe(scenario.rounds.length);
  expect(await reasons.first().textContent()).toMatch(/Chose: .+For it: /);
  expect(await page.locator('.model-explained [data-temperament]').getAttribute('data-temperament')).toBe('hard-line');
  expect(await page.locator('.model-explained').textContent()).toContain('Hard-line');
  expect(await axeSerious(page)).toEqual([]);
  await shootScreen(page, '42-debrief-hard-line');
  // Close-ups of the new sections, for reading them at full size.
  for (const part of ['package', 'reasons', 'model-explained']) {
    await page.locator(`.debrief .${part}`).screenshot({ path: `${SHOT_DIR}/42-debrief-hard-line-${part}.png` });
  }
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 703, height: 1032 }); // an A4 page's printable width at 96 dpi
  await page.screenshot({ path: `${SHOT_DIR}/42-debrief-hard-line-print.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ media: 'screen' });
  for (const pages of await printedPages(page, '42-debrief-hard-line')) expect(pages).toBeLessThanOrEqual(2);
  expect(problems).toEqual([]);
});
