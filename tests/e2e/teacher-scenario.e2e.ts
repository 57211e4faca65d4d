import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { parseScenario, playGame } from '../../src/engine/index.ts';
import { encodeReplay } from '../../src/engine/replay/index.ts';
import { openBrowser, watchForProblems, type Browser } from './harness.ts';
import { shootScreen, waitForScreen } from './ui-helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Beijing 2023 with every measure renamed, the stage roles said in the file, and an id of its own. */
function renamedScenario(): string {
  const ids: Record<string, string> = { trust: 'confidence', climate: 'emissions-deal', 'us-home': 'congress', 'china-home': 'politburo' };
  const text = readFileSync('src/scenarios/beijing-2023.json', 'utf8').replace(/"(trust|climate|us-home|china-home)"/g, (_, id: string) => `"${ids[id]}"`);
  const json = JSON.parse(text) as { id: string; title: string; measures: { id: string; role?: string }[]; briefing: { intro: string } };
  json.id = 'my-beijing';
  json.briefing.intro = `Adapted for my class. ${json.briefing.intro}`;
  json.title = 'Beijing, adapted by a teacher';
  for (const m of json.measures) if (m.id === 'confidence' || m.id === 'emissions-deal') m.role = m.id === 'confidence' ? 'trust' : 'climate';
  return JSON.stringify(json);
}

test('a broken file is listed with the places of its problems and not kept', async () => {
  const page = await browser.context.newPage();
  const problems = await watchForProblems(page);
  await page.goto(inject('baseUrl'));
  await waitForScreen(page, 'title');
  const broken = JSON.parse(renamedScenario()) as { rounds: { scene: string }[]; measures: { start: number }[] };
  broken.rounds[1]!.scene = 'moon-base';
  broken.measures[0]!.start = 140;
  await page.setInputFiles('#teacher-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  const list = page.locator('.scenario-problems');
  await expect.poll(() => list.count(), { timeout: 20_000 }).toBe(1);
  expect(await list.innerText()).toContain('“broken.json” has');
  expect(await page.locator('.scenario-problems li[data-path="measures[0].start"]').count()).toBe(1);
  await page.setInputFiles('#teacher-file', { name: 'not-json.json', mimeType: 'application/json', buffer: Buffer.from('{"id": ') });
  await expect.poll(() => list.innerText(), { timeout: 20_000 }).toContain('not valid JSON');
  await page.reload();
  await waitForScreen(page, 'title');
  expect(await page.locator('.your-scenarios li').count()).toBe(0);
  expect(problems).toEqual([]);
});

test('a teacher\'s file with other measure ids is checked in a worker, kept, listed, played and removed', async () => {
  const page = await browser.context.newPage();
  const problems = await watchForProblems(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(inject('baseUrl'));
  await waitForScreen(page, 'title');
  await page.setInputFiles('#teacher-file', { name: 'my-beijing.json', mimeType: 'application/json', buffer: Buffer.from(renamedScenario()) });
  const item = page.locator('.your-scenarios li[data-scenario="my-beijing"]');
  await expect.poll(() => item.count(), { timeout: 30_000 }).toBe(1);
  expect(await page.locator('.teacher-found').innerText()).toContain('passed the check and is kept');
  await shootScreen(page, 'title-your-scenarios');
  // Kept: still there after a reload, and a link opens it.
  await page.goto(`${inject('baseUrl')}#/play/my-beijing`);
  await page.reload();
  await waitForScreen(page, 'title');
  expect(await page.locator('#scenario-title').innerText()).toBe('Beijing, adapted by a teacher');
  await page.locator('[data-mode="us"]').click();
  await waitForScreen(page, 'briefing');
  expect(await page.locator('#app').innerText()).toContain('Adapted for my class.');
  // Back to the title, remove it: gone after a reload too.
  await page.goto(inject('baseUrl'));
  await page.reload();
  await waitForScreen(page, 'title');
  await page.locator('[data-scenario="my-beijing"] [data-action="remove-scenario"]').click();
  await expect.poll(() => item.count()).toBe(0);
  await page.reload();
  await waitForScreen(page, 'title');
  expect(await item.count()).toBe(0);
  expect(problems).toEqual([]);
});

test('a replay of a teacher\'s scenario, opened where the file was never loaded, asks for the file by name', async () => {
  const scenario = parseScenario(JSON.parse(renamedScenario()));
  const code = encodeReplay(scenario, playGame(scenario, 5, 'us', scenario.rounds.map((r) => ({ us: r.options.us[0]!.id }))));
  const page = await browser.context.newPage();
  await page.goto(`${inject('baseUrl')}#/replay/${code}`);
  await waitForScreen(page, 'title');
  const alert = page.locator('#open-replay-alert');
  await expect.poll(() => alert.innerText(), { timeout: 20_000 }).toContain('“my-beijing”, which this browser does not have');
  expect(await alert.innerText()).toContain('load it under “Your scenarios”');
});
