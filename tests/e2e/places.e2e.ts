/**
 * A scenario set in the other chapters' places, loaded as a teacher's file: the
 * stage draws the first place's own art (not the neutral room nor the drawn
 * backdrop that stands in while art loads), and fetches the art of the
 * scenario's places and of no other.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { SCENE_KEYS } from '../../src/engine/stage-roles.ts';
import { openBrowser, watchForProblems, type Browser } from './harness.ts';
import { settleStage, waitForScreen } from './ui-helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser.close();
});

const SCENES = ['filoli', 'sunnylands', 'bali', 'filoli', 'cop-hall', 'un-summit'];

/** Beijing 2023 moved, round by round, to the places of SCENES. */
function movedScenario(): string {
  const json = JSON.parse(readFileSync('src/scenarios/beijing-2023.json', 'utf8')) as { id: string; title: string; rounds: { scene: string }[] };
  json.id = 'other-places';
  json.title = 'Beijing, staged elsewhere';
  json.rounds.forEach((r, i) => (r.scene = SCENES[i % SCENES.length]!));
  return JSON.stringify(json);
}

/**
 * The mean colour of a part of the stage's canvas (fractions of its box), read from a
 * screenshot decoded in a blank page (the game's page has a CSP; the canvas is WebGL).
 */
async function stageColour(page: Page, box: { x: number; y: number; w: number; h: number }): Promise<[number, number, number]> {
  // A clip of the page, not the element's own screenshot: that waits for the canvas to hold still.
  const clip = await page.locator('.stage-host canvas').boundingBox();
  if (!clip) throw new Error('no stage canvas');
  const png = (await page.screenshot({ clip })).toString('base64');
  const blank = await browser.context.newPage();
  try {
    return await blank.evaluate(async ({ png, box }) => {
      const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const g = canvas.getContext('2d')!;
      g.drawImage(bitmap, 0, 0);
      const data = g.getImageData(Math.round(box.x * bitmap.width), Math.round(box.y * bitmap.height), Math.round(box.w * bitmap.width), Math.round(box.h * bitmap.height)).data;
      const sum = [0, 0, 0];
      for (let i = 0; i < data.length; i += 4) for (let c = 0; c < 3; c++) sum[c]! += data[i + c]!;
      const n = data.length / 4;
      return sum.map((v) => Math.round(v / n)) as [number, number, number];
    }, { png, box });
  } finally {
    await blank.close();
  }
}

test('the stage draws a new place\'s art and fetches only the scenario\'s places', { timeout: 180_000 }, async () => {
  const page = await browser.context.newPage();
  const problems = await watchForProblems(page);
  const fetched = new Set<string>();
  page.on('request', (request) => {
    const name = /\/art\/([a-z0-9-]+)\.svg$/.exec(request.url())?.[1];
    if (name) fetched.add(name);
  });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(inject('baseUrl'));
  await waitForScreen(page, 'title');
  await page.setInputFiles('#teacher-file', { name: 'other-places.json', mimeType: 'application/json', buffer: Buffer.from(movedScenario()) });
  await expect.poll(() => page.locator('.your-scenarios li[data-scenario="other-places"]').count(), { timeout: 30_000 }).toBe(1);
  await page.goto(`${inject('baseUrl')}#/play/other-places`);
  await page.reload();
  await waitForScreen(page, 'title');
  await page.locator('[data-mode="us"]').click();
  await waitForScreen(page, 'briefing');
  await page.locator('[data-action="start"]').click();
  await waitForScreen(page, 'round');
  await settleStage(page, 60_000);
  // The canvas comes before the frame shows (once the first art is in): on a busy machine, a while before.
  await page.locator('.stage-frame').waitFor({ state: 'visible', timeout: 60_000 });

  // Filoli's brick wall, right of the gateway, between the delegations: red. The neutral
  // room is dark blue there, and Filoli's drawn stand-in blue-green.
  await expect.poll(async () => {
    const [r, g, b] = await stageColour(page, { x: 0.58, y: 0.37, w: 0.08, h: 0.07 });
    return r - g > 25 && r - b > 25;
  }, { timeout: 30_000, interval: 1_000 }).toBe(true);

  // Every place of the scenario, the figures, flags and the neutral room; no other place.
  const places = [...new Set(SCENES)];
  await expect.poll(() => places.every((p) => fetched.has(p)), { timeout: 30_000 }).toBe(true);
  const others = SCENE_KEYS.filter((k) => k !== 'neutral' && !places.includes(k));
  expect(others.length).toBeGreaterThan(5);
  expect(others.filter((p) => fetched.has(p))).toEqual([]);
  expect(fetched.has('neutral')).toBe(true);
  expect(problems).toEqual([]);
});
