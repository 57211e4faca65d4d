/**
 * Teachers' own scenario files in Chromium: a broken file's problems listed by
 * place and nothing stored; a file with other measure ids checked, kept,
 * played with the stage following its roles, and removed; a code of such a
 * file opened in a fresh profile asks for the file by name.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { parseScenario, playGame, type Scenario } from '../../src/engine/index.ts';
import { encodeReplay, replayStates } from '../../src/engine/replay/index.ts';
import { openBrowser, watchForProblems, type Browser } from './harness.ts';
import { loadTeacherFile, RENAMED, renamedScenario, storedRecords } from './teacher-files.ts';
import { pinSeed, shootScreen, waitForScreen } from './ui-helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser({ reducedMotion: 'reduce' });
});
afterAll(async () => {
  await browser.close();
});

test('a broken file is listed with the places of its problems and nothing is stored', async () => {
  const page = await browser.context.newPage();
  const problems = await watchForProblems(page);
  await page.goto(inject('baseUrl'));
  await waitForScreen(page, 'title');
  const broken = JSON.parse(renamedScenario()) as { rounds: { scene: string; options: { us: { id: string }[] } }[]; measures: { start: number }[] };
  broken.measures[0]!.start = 140;
  broken.rounds[2]!.options.us[1]!.id = broken.rounds[2]!.options.us[0]!.id;
  await page.setInputFiles('#teacher-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  const list = page.locator('.scenario-problems');
  await expect.poll(() => list.count(), { timeout: 20_000 }).toBe(1);
  expect(await list.innerText()).toContain('“broken.json” has');
  // Each problem with its place in the file, shown as the path a teacher looks up.
  const start = page.locator('.scenario-problems li[data-path="measures[0].start"]');
  expect(await start.count()).toBe(1);
  expect(await start.locator('code').innerText()).toBe('measures[0].start');
  await shootScreen(page, 'teacher-broken-file', { sizes: [{ name: 'desktop', width: 1280, height: 720 }] });

  // Schema fine, logic not: a duplicated option id, found by the check after the schema.
  broken.measures[0]!.start = 40;
  await page.setInputFiles('#teacher-file', { name: 'twice.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect.poll(() => list.innerText(), { timeout: 20_000 }).toContain('“twice.json” has');
  const paths = await page.locator('.scenario-problems li').evaluateAll((items) => items.map((li) => li.getAttribute('data-path') ?? ''));
  expect(paths.some((p) => p.startsWith('rounds[2]'))).toBe(true);

  await page.setInputFiles('#teacher-file', { name: 'not-json.json', mimeType: 'application/json', buffer: Buffer.from('{"id": ') });
  await expect.poll(() => list.innerText(), { timeout: 20_000 }).toContain('not valid JSON');
  expect(await storedRecords(page)).toEqual([]);
  await page.reload();
  await waitForScreen(page, 'title');
  expect(await page.locator('.your-scenarios li').count()).toBe(0);
  expect(await storedRecords(page)).toEqual([]);
  expect(problems).toEqual([]);
});

/** The stage's record of what it draws (the stage box's data-drawn), once it has one for `scene`. */
async function drawn(page: Page, scene: string): Promise<Record<string, number | string>> {
  const handle = await page.waitForFunction((key) => {
    const text = document.querySelector<HTMLElement>('.stage-host')?.dataset.drawn;
    const d = text ? (JSON.parse(text) as { scene: string }) : null;
    return d?.scene === key ? text : null;
  }, scene, { timeout: 60_000 });
  return JSON.parse((await handle.jsonValue()) as string) as Record<string, number | string>;
}

/** What the stage should show after `state`, by the roles the file gives its measures. */
function byRole(measures: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [id, role] of Object.entries(RENAMED)) out[role] = measures[id]!;
  return out;
}

test('a teacher\'s file with other measure ids is checked in a worker, kept, played with the stage following its roles, and removed', async () => {
  const SEED = 31337;
  const scenario: Scenario = parseScenario(JSON.parse(renamedScenario()));
  const page = await browser.context.newPage();
  const problems = await watchForProblems(page);
  await pinSeed(page, SEED);
  await page.goto(inject('baseUrl'));
  await waitForScreen(page, 'title');
  // The bar is shown while the worker checks, and its value moves before the result.
  const seen: number[] = [];
  await page.exposeFunction('__linkageSawProgress', (v: number) => void seen.push(v));
  await page.evaluate(() => {
    const bar = document.getElementById('teacher-progress') as HTMLProgressElement;
    new MutationObserver(() => (window as unknown as { __linkageSawProgress: (v: number) => void }).__linkageSawProgress(bar.value / bar.max))
      .observe(bar, { attributes: true, attributeFilter: ['value'] });
  });
  await loadTeacherFile(page, 'my-beijing.json', renamedScenario(), 'my-beijing');
  expect(await page.locator('.teacher-found').innerText()).toContain('passed the check and is kept');
  expect(new Set(seen.filter((v) => v > 0.1 && v < 0.9)).size).toBeGreaterThan(3);
  await shootScreen(page, 'title-your-scenarios');

  // Kept: still there after a reload, and a link opens it.
  await page.goto(`${inject('baseUrl')}#/play/my-beijing`);
  await page.reload();
  await waitForScreen(page, 'title');
  expect(await page.locator('#scenario-title').innerText()).toBe('Beijing, adapted by a teacher');
  await page.locator('[data-mode="us"]').click();
  await waitForScreen(page, 'briefing');
  expect(await page.locator('#app').innerText()).toContain('Adapted for my class.');
  await page.locator('[data-action="start"]').click();

  // Two rounds: the stage shows each round's place and moves its chain and glows with the renamed measures.
  const picks: string[] = [];
  let before = byRole(scenario.measures.reduce<Record<string, number>>((m, x) => ({ ...m, [x.id]: x.start }), {}));
  for (let r = 0; r < 2; r++) {
    await waitForScreen(page, 'round');
    const round = scenario.rounds[r]!;
    expect(await drawn(page, round.scene)).toMatchObject({ scene: round.scene, ...before });
    const options = await page.locator('[data-option]').evaluateAll((els) => els.map((e) => e.getAttribute('data-option') ?? ''));
    picks.push(options[options.length - 1 - r]!);
    await page.locator(`[data-option="${picks[r]}"]`).click();
    await waitForScreen(page, 'report');
    const after = replayStates(scenario, { scenarioId: scenario.id, version: scenario.version, seed: SEED, mode: 'us', rounds: r + 1, choices: picks.map((us) => ({ us })) })[r + 1]!;
    const expected = byRole(after.measures);
    expect(expected).not.toEqual(before);
    await expect.poll(async () => JSON.stringify(await drawn(page, round.scene)), { timeout: 20_000 }).toBe(JSON.stringify({ scene: round.scene, ...expected }));
    if (r === 0) await shootScreen(page, 'teacher-scenario-stage', { sizes: [{ name: 'desktop', width: 1280, height: 720 }] });
    before = expected;
    await page.locator('[data-action="continue"]').click();
  }

  // Back to the title, remove it: gone after a reload too, and from IndexedDB.
  await page.goto(inject('baseUrl'));
  await page.reload();
  await waitForScreen(page, 'title');
  const item = page.locator('.your-scenarios li[data-scenario="my-beijing"]');
  await page.locator('[data-scenario="my-beijing"] [data-action="remove-scenario"]').click();
  await expect.poll(() => item.count()).toBe(0);
  await page.reload();
  await waitForScreen(page, 'title');
  expect(await item.count()).toBe(0);
  expect(await storedRecords(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('a file that passes but misses balance targets is kept, its warnings listed by place', async () => {
  const page = await browser.context.newPage();
  const problems = await watchForProblems(page);
  await page.goto(inject('baseUrl'));
  await waitForScreen(page, 'title');
  await loadTeacherFile(page, 'tiny.json', readFileSync('tests/engine/fixtures/tiny.json', 'utf8'), 'tiny-talks');
  const found = page.locator('.teacher-found');
  expect(await found.innerText()).toContain('passed the check and is kept');
  expect(await found.innerText()).toMatch(/It has \d+ balance warnings?;/);
  const warnings = page.locator('.scenario-warnings li[data-path="balance"]');
  expect(await warnings.count()).toBeGreaterThan(0);
  await shootScreen(page, 'teacher-warnings', { sizes: [{ name: 'phone', width: 390, height: 844 }] });
  await page.locator('[data-scenario="tiny-talks"] [data-action="remove-scenario"]').click();
  await expect.poll(() => page.locator('.your-scenarios li').count()).toBe(0);
  expect(problems).toEqual([]);
});

test('a replay of a teacher\'s scenario, opened in a fresh profile, asks for the file by name', async () => {
  const scenario = parseScenario(JSON.parse(renamedScenario()));
  const code = encodeReplay(scenario, playGame(scenario, 5, 'us', scenario.rounds.map((r) => ({ us: r.options.us[0]!.id }))));
  const fresh = await openBrowser();
  try {
    const page = await fresh.context.newPage();
    const problems = await watchForProblems(page);
    await page.goto(`${inject('baseUrl')}#/replay/${code}`);
    await waitForScreen(page, 'title');
    const alert = page.locator('#open-replay-alert');
    await expect.poll(() => alert.innerText(), { timeout: 20_000 }).toContain('“my-beijing”, which this browser does not have');
    expect(await alert.innerText()).toContain('load it under “Your scenarios”');
    expect(await storedRecords(page)).toEqual([]);
    // Loading the file it names, then opening the same link again (in a new tab), shows the replay.
    await loadTeacherFile(page, 'my-beijing.json', renamedScenario(), 'my-beijing');
    const again = await fresh.context.newPage();
    await again.goto(`${inject('baseUrl')}#/replay/${code}`);
    await waitForScreen(again, 'replay');
    expect(await again.locator('#app').textContent()).toContain('Beijing, adapted by a teacher');
    expect(problems).toEqual([]);
  } finally {
    await fresh.close();
  }
});
