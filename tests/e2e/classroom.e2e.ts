/**
 * The classroom in Chromium: two games with different endings and their
 * debriefs, the class results page fed with the games' replay codes (plus a
 * damaged and a named line) and its CSV, the print views, and the teacher's guide.
 *
 * The browser's game seed is pinned (crypto.getRandomValues for the one-number
 * seed draw), so each game's replay code is computed here in Node from the seed
 * and the options clicked, with the engine, and checked against the page's ending.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import scenarioJson from '../../src/scenarios/beijing-2023.json' with { type: 'json' };
import { encodeReplay, replayGame } from '../../src/engine/replay/index.ts';
import { Scenario as ScenarioSchema, type Scenario } from '../../src/engine/schema.ts';
import { openBrowser, watchForProblems, type Browser } from './harness.ts';
import { axeSerious, expectGoodLayout, noStagePinnedSeed, SHOT_DIR, shootScreen, waitForScreen as screenIs } from './ui-helpers.ts';

// These games are Beijing's: open that chapter by name, whichever chapter the title offers first.
const BEIJING = '#/play/beijing-2023';

const scenario: Scenario = ScenarioSchema.parse(scenarioJson);
const SEED = 424242;

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser.close();
});


/** A page without the stage (a Phaser chunk that throws) and with the seed pinned. */
async function open(hash = BEIJING): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  const problems = await watchForProblems(page);
  await noStagePinnedSeed(page, SEED);
  await page.goto(`${inject('baseUrl')}${hash}`);
  return { page, problems };
}

/** Plays as the US, picking per round with `pick(roundIndex, offeredIds)`; returns the ids clicked and the ending title. */
/** A whole game as the US, from the title (or, with `fromBriefing`, from a briefing already on screen). */
async function playAsUs(
  page: Page, pick: (round: number, ids: string[]) => string, fromBriefing = false,
): Promise<{ choices: string[]; title: string }> {
  if (!fromBriefing) await page.getByRole('button', { name: 'Play as the United States' }).click();
  await screenIs(page, 'briefing');
  await page.getByRole('button', { name: 'Start the talks' }).click();
  const choices: string[] = [];
  for (let round = 0; ; round++) {
    await page.waitForFunction(() => ['round', 'ending'].includes(document.getElementById('app')?.dataset.screen ?? ''));
    if ((await page.locator('#app').getAttribute('data-screen')) === 'ending') break;
    const ids = await page.locator('[data-option]').evaluateAll((els) => els.map((e) => e.getAttribute('data-option') ?? ''));
    const id = pick(round, ids);
    choices.push(id);
    await page.locator(`[data-option="${id}"]`).click();
    await screenIs(page, 'report');
    await page.locator('[data-action="continue"]').click();
  }
  return { choices, title: (await page.getByRole('heading', { level: 1 }).textContent()) ?? '' };
}

function codeOf(choices: string[], seed = SEED): { code: string; ending: string } {
  const state = replayGame(scenario, {
    scenarioId: scenario.id, version: scenario.version, seed, mode: 'us', rounds: choices.length, choices: choices.map((us) => ({ us })),
  });
  return { code: encodeReplay(scenario, state), ending: scenario.endings.find((e) => e.id === state.ending)?.title ?? '' };
}

/** The replay link on the ending (issue 5), when that feature is built: it must carry the code computed here. */
async function checkReplayLink(page: Page, code: string): Promise<void> {
  const field = page.locator('#replay-link');
  if ((await field.count()) > 0) expect(await field.first().inputValue()).toContain(code);
}

async function checkDebrief(page: Page, shot: string, sameAsHistory: boolean, code: string): Promise<void> {
  await checkReplayLink(page, code);
  await page.getByRole('button', { name: 'Open the debrief' }).click();
  await screenIs(page, 'debrief');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Debrief: /);
  // Why this ending: two or three causes, each naming what moved.
  const causes = page.locator('.causes > li');
  expect(await causes.count()).toBeGreaterThanOrEqual(2);
  expect(await causes.count()).toBeLessThanOrEqual(3);
  // The chart: an SVG image with a title, all rounds labelled, a line per measure, and its table.
  const chart = page.locator('.debrief-chart svg[role="img"]');
  expect(await chart.locator('title').textContent()).toContain('chart');
  expect(await chart.locator('.chart-axis').allTextContents()).toEqual(['Start', '1', '2', '3', '4', '5', '6']);
  expect(await chart.locator('.chart-line').count()).toBe(scenario.measures.length);
  expect(await page.locator('.debrief-chart table tbody tr').count()).toBe(scenario.measures.length);
  // Path beside history: every round, with the real move, the record and its sources.
  const rounds = page.locator('.beside-round');
  expect(await rounds.count()).toBe(scenario.rounds.length);
  expect(await rounds.first().locator('a[target="_blank"][rel="noopener noreferrer"]').count()).toBeGreaterThan(0);
  const verdicts = await page.locator('.beside-verdict').allTextContents();
  if (sameAsHistory) expect(verdicts.every((v) => v.includes('Same as history'))).toBe(true);
  else expect(verdicts.some((v) => v.includes('Different from history'))).toBe(true);
  // Questions tied to concepts, and the glossary.
  const questions = await page.locator('.questions > li').count();
  expect(questions).toBeGreaterThanOrEqual(4);
  expect(questions).toBeLessThanOrEqual(6);
  expect(await page.locator('.glossary dt').allTextContents()).toEqual(expect.arrayContaining(['Export controls', 'COP28', 'Methane']));
  // The replay link and "Try a different choice here" per round, when the replay feature provides them.
  if ((await page.locator('.debrief-replay').count()) > 0) {
    await checkReplayLink(page, code);
    expect(await page.locator('.beside-branch [data-branch]').count()).toBe(scenario.rounds.length);
  }
  expect(await axeSerious(page)).toEqual([]);
  await shootScreen(page, shot);
  // The print view: no buttons, no top bar; two pages at most.
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.topbar').isVisible()).toBe(false);
  expect(await page.locator('[data-action="print"]').first().isVisible()).toBe(false);
  await page.screenshot({ path: `${SHOT_DIR}/${shot}-print.png`, fullPage: true });
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: false }).catch(() => null);
    if (pdf) {
      writeFileSync(`${SHOT_DIR}/${shot}-${format}.pdf`, pdf);
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages, `${shot} on ${format}`).toBeLessThanOrEqual(2);
    }
  }
  await page.emulateMedia({ media: 'screen' });
}

const historical = (round: number) => scenario.rounds[round]!.options.us.find((o) => o.historical)!.id;
const codes: { code: string; ending: string }[] = [];

test('two games with different endings; each debrief shows causes, chart, history and questions, and prints', { timeout: 120_000 }, async () => {
  const { page, problems } = await open();
  await screenIs(page, 'title');

  const a = await playAsUs(page, (r) => historical(r));
  const codeA = codeOf(a.choices);
  expect(a.title).toBe(codeA.ending);
  await checkDebrief(page, '20-debrief-history', true, codeA.code);

  await page.locator('[data-action="back-to-ending"]').first().click();
  await screenIs(page, 'ending');
  await page.getByRole('button', { name: 'Play again' }).click();
  // Second game: play again starts on the briefing; walk out in the last round.
  const b = await playAsUs(page, (_, ids) => (ids.includes('us-f-walk') ? 'us-f-walk' : ids[ids.length - 1]!), true);
  const codeB = codeOf(b.choices);
  expect(b.title).toBe(codeB.ending);
  expect(b.title).not.toBe(a.title);
  await checkDebrief(page, '21-debrief-walkout', false, codeB.code);
  expect(await page.locator('.cause-decisive').count()).toBeGreaterThan(0);
  codes.push(codeA, codeB);
  expect(problems).toEqual([]);
});

test('class results: codes, a named line and a damaged line; counts, the damaged line reported, CSV rows match the games', { timeout: 60_000 }, async () => {
  expect(codes).toHaveLength(2);
  // A third game, named with a comma and non-Latin letters, from another seed.
  const third = codeOf(scenario.rounds.map((_, r) => historical(r)), 777);
  const { page, problems } = await open('#/class');
  await screenIs(page, 'class');
  const text = [
    codes[0]!.code,
    `Team Red: ${codes[1]!.code}`,
    'this is not a replay code',
    `Li, Wei 李伟: ${third.code}`,
  ].join('\n');
  await page.getByLabel('Replay codes or links, one per line').fill(text);
  await page.getByRole('button', { name: 'Show results' }).click();
  await expect.poll(() => page.locator('[data-class-status]').textContent()).toBe('3 games counted. 1 line could not be read.');
  expect(await page.locator('.class-problems li').allTextContents()).toEqual([expect.stringMatching(/^Line 3: /)]);
  const endingRows = page.locator('.class-endings tbody tr');
  expect(await endingRows.count()).toBe(scenario.endings.length);
  const counted = await endingRows.evaluateAll((rows) => rows.reduce((sum, r) => sum + Number(r.querySelector('td')?.textContent ?? 0), 0));
  expect(counted).toBe(3);
  expect(await page.locator('.class-round').count()).toBe(scenario.rounds.length);
  expect(await page.locator('.class-closest li').count()).toBe(3);
  expect(await axeSerious(page)).toEqual([]);
  await shootScreen(page, '22-class-results');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('linkage-class-results.csv');
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = csv.slice(1).trim().split('\r\n');
  expect(rows).toHaveLength(4);
  expect(rows[0]).toMatch(/^"name","ending"/);
  const body = rows.slice(1).join('\n');
  expect(rows[2]).toContain('Team Red');
  expect(body).toContain('"Li, Wei 李伟"');
  for (const game of [...codes, third]) expect(body).toContain(game.code);

  // A CSV file with a header loads the same way; a file over 1 MB is refused with a message.
  await page.getByLabel('Or load a text or CSV file').setInputFiles({
    name: 'class.csv', mimeType: 'text/csv', buffer: Buffer.from(`name,code\n"Blue, team",${codes[0]!.code}\nGreen,${codes[1]!.code}\n`),
  });
  await expect.poll(() => page.locator('[data-class-status]').textContent()).toBe('2 games counted.');
  await page.getByLabel('Or load a text or CSV file').setInputFiles({ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(1024 * 1024 + 10, 'a') });
  await expect.poll(() => page.locator('#class-file-message').textContent()).toContain('larger than 1 MB');

  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.class-form').isVisible()).toBe(false);
  await page.screenshot({ path: `${SHOT_DIR}/22-class-results-print.png`, fullPage: true });
  // A teacher prints the summary: it stays a short handout (the tables are per round, not per game).
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(3);
  await page.emulateMedia({ media: 'screen' });
  expect(problems).toEqual([]);
});

test('for teachers: the guide from the title, with contents, tables, answers and a link to the class page', { timeout: 60_000 }, async () => {
  const { page, problems } = await open();
  await screenIs(page, 'title');
  await page.getByRole('link', { name: 'For teachers' }).click();
  await screenIs(page, 'teachers');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('guide');
  const contents = page.getByRole('navigation', { name: 'Contents' }).getByRole('link');
  expect(await contents.count()).toBeGreaterThanOrEqual(7);
  await contents.nth(2).click();
  expect(await page.evaluate(() => location.hash)).toBe('#/teachers');
  expect(await page.locator('.guide-table th[scope="col"]').count()).toBeGreaterThan(0);
  expect(await page.locator('.guide-qa > li').count()).toBeGreaterThanOrEqual(5);
  expect(await axeSerious(page)).toEqual([]);
  await shootScreen(page, '23-teachers');
  await page.getByRole('link', { name: 'Class results' }).first().click();
  await screenIs(page, 'class');
  await expectGoodLayout(page, 'class page, empty');
  await page.getByRole('button', { name: 'Back to the title' }).click();
  await screenIs(page, 'title');
  expect(problems).toEqual([]);
});
