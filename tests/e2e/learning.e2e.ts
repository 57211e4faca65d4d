/**
 * Evidence of learning and team mode in Chromium, through buttons and keys only:
 *
 * - three games with the five-question check before the briefing and after the
 *   debrief; each debrief's replay link carries the answers (checked against the
 *   code computed here in Node), and the class page shows the before and after
 *   figures of the three, per question and overall, in its table and chart;
 * - team mode played to an ending under prefers-reduced-motion, with the
 *   discussion timer set short in the title's settings (the control a teacher
 *   uses): it runs out once, is paused and resumed, and is ended early.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import scenarioJson from '../../src/scenarios/beijing-2023.json' with { type: 'json' };
import guideJson from '../../src/ui/guide/teaching-guide.en.json' with { type: 'json' };
import { encodeReplay, replayGame, type CheckAnswer } from '../../src/engine/replay/index.ts';
import { readCsv } from '../../src/engine/class/csv-read.ts';
import { Scenario as ScenarioSchema, type Scenario } from '../../src/engine/schema.ts';
import { checkQuestions, CHECK_SET } from '../../src/ui/check/questions.ts';
import { openBrowser, watchForProblems, type Browser } from './harness.ts';
import { axeSerious, noStagePinnedSeed, SHOT_DIR, shootScreen, waitForScreen as screenIs } from './ui-helpers.ts';

const scenario: Scenario = ScenarioSchema.parse(scenarioJson);
const questions = checkQuestions(guideJson);
const keys = questions.map((q) => q.answer);

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** A fresh page on `hash`: by default the title with this test's chapter chosen. */
async function open(seed: number, hash = `#/play/${scenario.id}`): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  const problems = await watchForProblems(page);
  await noStagePinnedSeed(page, seed);
  await page.goto(`${inject('baseUrl')}${hash}`);
  return { page, problems };
}

/** Sets a checkbox in the title's settings to `on` by its label. */
async function setCheckbox(page: Page, label: string, on: boolean): Promise<void> {
  const box = page.getByLabel(label).first();
  if ((await box.isChecked()) !== on) await box.click();
}

/** Answers the check on screen: `picks[i]` is the choice index for question i, or null to leave it blank. */
async function answerCheck(page: Page, phase: 'pre' | 'post', picks: ReadonlyArray<number | null>): Promise<CheckAnswer[]> {
  for (const [i, pick] of picks.entries()) {
    if (pick !== null) await page.locator(`#check-${phase}-q${i + 1}-${pick}`).check();
  }
  await page.locator(`[data-check="${phase}"] [data-action="check-done"]`).click();
  return picks.map((pick, i) => (pick === null ? 'skipped' : pick === keys[i] ? 'right' : 'wrong'));
}

/** Plays as the US from the briefing, choosing option (round + shift) mod count; returns the ids chosen. */
async function playRounds(page: Page, shift: number, beforeChoice?: (round: number) => Promise<void>): Promise<string[]> {
  await page.getByRole('button', { name: 'Start the talks' }).click();
  const choices: string[] = [];
  for (let round = 0; ; round++) {
    if ((await screenIs(page, ['round', 'ending'])) === 'ending') break;
    if (beforeChoice) await beforeChoice(round);
    const ids = await page.locator('[data-option]').evaluateAll((els) => els.map((e) => e.getAttribute('data-option') ?? ''));
    const id = ids[(round + shift) % ids.length]!;
    choices.push(id);
    // The number key of the option, as a player at the keyboard would.
    await page.keyboard.press(String(ids.indexOf(id) + 1));
    await screenIs(page, 'report');
    await page.locator('[data-action="continue"]').click();
  }
  return choices;
}

const wrongPick = (i: number) => (keys[i]! + 1) % 4;

// Three students: before the game few are right; after the debrief, more.
const STUDENTS = [
  { name: 'Ana', seed: 1101, shift: 0, pre: [keys[0]!, wrongPick(1), wrongPick(2), null, wrongPick(4)], post: [keys[0]!, keys[1]!, keys[2]!, wrongPick(3), keys[4]!] },
  { name: 'Bo', seed: 2202, shift: 1, pre: [wrongPick(0), wrongPick(1), keys[2]!, wrongPick(3), wrongPick(4)], post: [keys[0]!, wrongPick(1), keys[2]!, keys[3]!, keys[4]!] },
  { name: 'Cy', seed: 3303, shift: 2, pre: [keys[0]!, keys[1]!, wrongPick(2), wrongPick(3), null], post: [keys[0]!, keys[1]!, keys[2]!, keys[3]!, keys[4]!] },
];

test('three games with the check before and after: the codes carry the answers, and the class page shows before and after', { timeout: 170_000 }, async () => {
  const codes: string[] = [];
  const marks: Array<{ pre: CheckAnswer[]; post: CheckAnswer[] }> = [];
  for (const [n, student] of STUDENTS.entries()) {
    const { page, problems } = await open(student.seed);
    await screenIs(page, 'title');
    await setCheckbox(page, 'Five-question check before and after', true);
    await page.getByRole('button', { name: 'Play as the United States' }).click();
    await page.waitForSelector('[data-check="pre"]');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Before you play: five questions');
    if (n === 0) {
      expect(await axeSerious(page)).toEqual([]);
      await shootScreen(page, '60-check-before');
    }
    const pre = await answerCheck(page, 'pre', student.pre);
    await screenIs(page, 'briefing');
    const choices = await playRounds(page, student.shift);
    const state = replayGame(scenario, { scenarioId: scenario.id, version: scenario.version, seed: student.seed, mode: 'us', rounds: choices.length, choices: choices.map((us) => ({ us })) });
    if (n === 0) {
      // A reload on the ending keeps the answers given before the game: the ending's address carries them.
      expect(page.url().endsWith(`#/replay/${encodeReplay(scenario, state, { set: CHECK_SET, pre })}`)).toBe(true);
      await page.reload();
      await screenIs(page, 'ending');
    }
    await page.getByRole('button', { name: 'Open the debrief' }).click();
    await screenIs(page, 'debrief');
    await page.waitForSelector('[data-check="post"]');
    if (n === 0) await page.locator('.check-post').screenshot({ path: `${SHOT_DIR}/61-check-after-form.png` });
    const post = await answerCheck(page, 'post', student.post);
    await expect.poll(() => page.locator('.check-score').textContent())
      .toBe(`You got ${post.filter((a) => a === 'right').length} of 5 right; before the game, ${pre.filter((a) => a === 'right').length} of 5.`);
    if (n === 0) {
      await page.locator('.check-result').scrollIntoViewIfNeeded();
      await shootScreen(page, '61-check-after-debrief', { sizes: [{ name: 'desktop', width: 1280, height: 720 }] });
    }
    // The link in the debrief now carries both checks: the code computed here from the seed, the choices and the marks.
    const expected = encodeReplay(scenario, state, { set: CHECK_SET, pre, post });
    const link = await page.locator('#replay-link').inputValue();
    expect(link.endsWith(`#/replay/${expected}`)).toBe(true);
    // Shared as a student would: copied from the field.
    codes.push(`${student.name}: ${link}`);
    marks.push({ pre, post });
    expect(problems).toEqual([]);
    await page.close();
  }

  const { page, problems } = await open(1, '#/class');
  await screenIs(page, 'class');
  await page.getByLabel('Replay codes or links, one per line').fill(codes.join('\n'));
  await page.getByRole('button', { name: 'Show results' }).click();
  await expect.poll(() => page.locator('[data-class-status]').textContent()).toBe('3 games counted.');
  const section = page.locator('[data-check-summary]');
  expect(await section.locator('[data-check-counts]').getAttribute('data-check-counts')).toBe('3/3/3');
  // Per question: "right of taken (percent)" before and after, as computed from the marks.
  for (let q = 0; q < 5; q++) {
    const before = marks.filter((m) => m.pre[q] === 'right').length;
    const after = marks.filter((m) => m.post[q] === 'right').length;
    const cells = await section.locator(`tr[data-question="${q + 1}"] td`).allTextContents();
    expect(cells.slice(0, 2)).toEqual([`${before} of 3 (${Math.round((100 * before) / 3)}%)`, `${after} of 3 (${Math.round((100 * after) / 3)}%)`]);
  }
  const rightBefore = marks.flatMap((m) => m.pre).filter((a) => a === 'right').length;
  const rightAfter = marks.flatMap((m) => m.post).filter((a) => a === 'right').length;
  expect(rightAfter).toBeGreaterThan(rightBefore);
  const overall = await section.locator('tr[data-question="all"] td').allTextContents();
  expect(overall.slice(0, 2)).toEqual([`${rightBefore} of 15 (${Math.round((100 * rightBefore) / 15)}%)`, `${rightAfter} of 15 (${Math.round((100 * rightAfter) / 15)}%)`]);
  // The chart: a pair of bars per question and overall, each labelled with its percentage.
  expect(await section.locator('svg.check-chart .bar-pair').count()).toBe(6);
  expect(await section.locator('svg.check-chart .bar-value').count()).toBe(12);
  expect(await section.locator('svg.check-chart title').textContent()).toMatch(/before .* after/);
  expect(await axeSerious(page)).toEqual([]);
  await section.scrollIntoViewIfNeeded();
  await shootScreen(page, '62-class-check');
  await section.screenshot({ path: `${SHOT_DIR}/62-class-check-section.png` });
  // The CSV: each student's score before and after, and each answer.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  const rows = readCsv(readFileSync(await download.path(), 'utf8').slice(1)).map((r) => r.fields);
  const col = (name: string) => rows[0]!.indexOf(name);
  expect(rows.slice(1).map((r) => [r[0], r[col('check before')], r[col('check after')], r[col('q1 before')], r[col('q5 after')]])).toEqual(
    STUDENTS.map((st, i) => [st.name, String(marks[i]!.pre.filter((a) => a === 'right').length), String(marks[i]!.post.filter((a) => a === 'right').length), marks[i]!.pre[0], marks[i]!.post[4]]));
  expect(problems).toEqual([]);
  await page.close();
});

test('team mode plays to an ending with the discussion timer, under reduced motion', { timeout: 170_000 }, async () => {
  const { page, problems } = await open(4404);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await screenIs(page, 'title');
  await setCheckbox(page, 'Five-question check before and after', false);
  await setCheckbox(page, 'Team mode: three students per side', true);
  await page.getByLabel('Discussion time').first().selectOption({ label: '10 seconds' });
  await page.locator('.settings-classroom').first().scrollIntoViewIfNeeded();
  // Desktop only: the title at phone width is photographed by the chapters' own test.
  await shootScreen(page, '64-title-lesson-settings', { sizes: [{ name: 'desktop', width: 1280, height: 720 }] });
  await page.locator('.settings-classroom').first().screenshot({ path: `${SHOT_DIR}/64-title-lesson-settings-part.png` });
  await page.getByRole('button', { name: 'Play as the United States' }).click();
  await screenIs(page, 'briefing');
  const live = page.locator('#live');
  const choices = await playRounds(page, 0, async (round) => {
    const box = page.locator('[data-team]');
    await box.waitFor();
    expect(await box.locator('.team-role').count()).toBe(3);
    // Reduced motion: the time in words, no moving bar.
    expect(await box.locator('.team-bar').count()).toBe(0);
    expect(await page.locator('[data-option]').first().isDisabled()).toBe(true);
    if (round === 0) {
      await expect.poll(() => live.textContent()).toContain('Team discussion for');
      expect(await axeSerious(page)).toEqual([]);
      await shootScreen(page, '63-team-discussion');
      // Let the timer run out: the options unlock and the end is said.
      await expect.poll(() => live.textContent(), { timeout: 15_000 }).toContain('Time is up');
    } else if (round === 1) {
      await box.getByRole('button', { name: 'Pause the timer' }).click();
      await expect.poll(() => live.textContent()).toContain('Timer paused.');
      const held = await page.locator('[role="timer"]').getAttribute('data-seconds');
      await page.waitForTimeout(1500);
      expect(await page.locator('[role="timer"]').getAttribute('data-seconds')).toBe(held);
      expect(await page.locator('[data-option]').first().isDisabled()).toBe(true);
      await box.getByRole('button', { name: 'Resume the timer' }).click();
      await box.getByRole('button', { name: 'End the discussion now' }).click();
    } else {
      await box.getByRole('button', { name: 'End the discussion now' }).click();
      await expect.poll(() => live.textContent()).toContain('Discussion ended');
      // Focus moved to the options, where the envoy enters the choice.
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-option'))).toBe(true);
    }
    expect(await page.locator('[data-option]').first().isEnabled()).toBe(true);
  });
  expect(choices).toHaveLength(scenario.rounds.length);
  await screenIs(page, 'ending');
  expect(problems).toEqual([]);
  await page.close();
});
