/**
 * Class results with games of two chapters, in Chromium: the first two chapters
 * of the registry, or (while it holds one) the first and a teacher's own
 * scenario kept in this browser. Each chapter's games are counted under its own
 * heading, with its own CSV; the page is opened straight from its link, so it
 * must wait for the teachers' files to be read.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { parseScenario, playGame, type Scenario } from '../../src/engine/index.ts';
import { encodeReplay } from '../../src/engine/replay/index.ts';
import type { ChapterCard } from '../../src/scenarios/chapters.ts';
import { openBrowser, watchForProblems, type Browser } from './harness.ts';
import { loadTeacherFile, renamedScenario } from './teacher-files.ts';
import { axeSerious, noStagePinnedSeed, shootScreen, waitForScreen } from './ui-helpers.ts';

const cards = JSON.parse(readFileSync('src/scenarios/chapters.json', 'utf8')) as ChapterCard[];
const builtIn = cards.slice(0, 2).map((c) => parseScenario(JSON.parse(readFileSync(`src/scenarios/${c.id}.json`, 'utf8'))));
const teacherText = renamedScenario('class-beijing', 'Beijing, the class version');
/** The two chapters, in the order the page lists them (built-in chapters first). */
const chapters: Scenario[] = builtIn.length >= 2 ? builtIn : [builtIn[0]!, parseScenario(JSON.parse(teacherText))];

/** `n` games of a chapter, each from its own seed and choices, as the US or China. */
function games(scenario: Scenario, n: number, from: number): string[] {
  return Array.from({ length: n }, (_, g) => {
    const side = g % 2 === 0 ? 'us' : 'china';
    const choices = scenario.rounds.map((r, i) => ({ [side]: r.options[side][(g + i) % r.options[side].length]!.id }));
    return encodeReplay(scenario, playGame(scenario, from + g, side, choices));
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser.close();
});

test('codes of two chapters: each counted under its own heading, with its own CSV', { timeout: 120_000 }, async () => {
  if (builtIn.length < 2) {
    const title = await browser.context.newPage();
    await title.goto(inject('baseUrl'));
    await waitForScreen(title, 'title');
    await loadTeacherFile(title, 'class-beijing.json', teacherText, 'class-beijing');
    await title.close();
  }
  const first = games(chapters[0]!, 3, 100);
  const second = games(chapters[1]!, 2, 200);
  const page = await browser.context.newPage();
  const problems = await watchForProblems(page);
  await noStagePinnedSeed(page, 1);
  await page.goto(`${inject('baseUrl')}#/class`);
  await waitForScreen(page, 'class');
  // Interleaved, as a class hands them in.
  const lines = [first[0], `Team B: ${second[0]}`, first[1], second[1], `Team C: ${first[2]}`];
  await page.getByLabel('Replay codes or links, one per line').fill(lines.join('\n'));
  await page.getByRole('button', { name: 'Show results' }).click();
  await expect.poll(() => page.locator('[data-class-status]').textContent()).toBe('5 games counted.');

  const sections = page.locator('section.class-chapter');
  expect(await sections.evaluateAll((els) => els.map((e) => e.getAttribute('data-chapter')))).toEqual(chapters.map((s) => s.id));
  for (const [i, scenario] of chapters.entries()) {
    const section = sections.nth(i);
    expect(await section.locator('h2').textContent()).toBe(scenario.title);
    const counted = await section.locator('.class-endings tbody tr').evaluateAll((rows) => rows.reduce((sum, r) => sum + Number(r.querySelector('td')?.textContent ?? 0), 0));
    expect(counted).toBe(i === 0 ? first.length : second.length);
    expect(await section.locator('.class-round').count()).toBe(scenario.rounds.length);
  }
  // One CSV per chapter, holding that chapter's games only.
  expect(await page.locator('[data-action="download-csv"]:visible').count()).toBe(2);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Download CSV: ${chapters[1]!.title}` }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`linkage-class-results-${chapters[1]!.id}.csv`);
  const csv = readFileSync(await download.path(), 'utf8').slice(1).trim().split('\r\n');
  expect(csv).toHaveLength(second.length + 1);
  for (const code of second) expect(csv.join('\n')).toContain(code);
  for (const code of first) expect(csv.join('\n')).not.toContain(code);
  expect(await axeSerious(page)).toEqual([]);
  await shootScreen(page, 'class-two-chapters');
  expect(problems).toEqual([]);
});
