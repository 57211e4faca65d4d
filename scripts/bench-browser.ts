/**
 * The game's browser figures (issue 4), in headless Chromium:
 * - time from navigation to the first round on screen (4x CPU slowdown, median of 3),
 * - the 95th-percentile frame time while a round's changes animate (4x slowdown),
 * - heap growth over 50 complete games in one page, after a warm-up.
 * Played as a person would: through the game's own buttons.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { openBrowser } from './chromium.ts';
import { median } from './bench/support.ts';

// Poll on a timer: with the CPU slowed, animation-frame polling can starve behind the stage.
const POLL = { polling: 50 } as const;

type Screen = 'title' | 'briefing' | 'pass' | 'round' | 'report' | 'ending';

async function screen(page: Page): Promise<Screen> {
  const handle = await page.waitForFunction(() => {
    const name = document.getElementById('app')?.dataset.screen;
    return name && name !== 'loading' ? name : null;
  }, undefined, POLL);
  return (await handle.jsonValue()) as Screen;
}

async function waitFor(page: Page, wanted: Screen): Promise<void> {
  await page.waitForFunction((name) => document.getElementById('app')?.dataset.screen === name, wanted, { ...POLL, timeout: 60_000 });
}

async function slowDown(context: BrowserContext, page: Page): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return cdp;
}

/**
 * From the click on "Start the talks" to the first round on screen with its
 * stage drawn (the app marks #app[data-stage=ready] once the first scene is up).
 * Returns that and the time from navigation, which adds the title and briefing.
 */
async function roundOnScreen(context: BrowserContext, url: string): Promise<{ fromStart: number; fromNavigation: number }> {
  const page = await context.newPage();
  await slowDown(context, page);
  await page.goto(url);
  await page.locator('[data-mode="us"]').click();
  await waitFor(page, 'briefing');
  const clickedAt = await page.evaluate(() => performance.now());
  await page.locator('[data-action="start"]').click();
  await waitFor(page, 'round');
  await page.waitForFunction(() => document.getElementById('app')?.dataset.stage === 'ready', undefined, { ...POLL, timeout: 60_000 });
  const at = await page.evaluate(() => performance.now());
  await page.close();
  return { fromStart: Math.round(at - clickedAt), fromNavigation: Math.round(at) };
}

/**
 * Records every frame's duration in the page until stopped. Each recording has
 * its own generation, so a loop from an earlier round that has not yet seen its
 * stop can never add its frames to the next round's.
 */
const FRAME_RECORDER = `
window.__frames = [];
window.__frameGeneration = (window.__frameGeneration || 0) + 1;
(() => {
  const generation = window.__frameGeneration;
  let last = performance.now();
  const tick = (now) => {
    if (generation !== window.__frameGeneration) return;
    window.__frames.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();
`;

async function roundAnimationFrames(context: BrowserContext, url: string): Promise<{ p95: number; frames: number }> {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('[data-mode="us"]').click();
  await page.locator('[data-action="start"]').click();
  await waitFor(page, 'round');
  await page.waitForSelector('canvas');
  await page.waitForTimeout(1500); // the stage settles
  await slowDown(context, page);
  const durations: number[] = [];
  for (let round = 0; round < 3; round++) {
    await page.evaluate(FRAME_RECORDER);
    await page.locator('[data-option]').first().click();
    await waitFor(page, 'report');
    await page.waitForTimeout(2000); // the changes animate
    durations.push(...(await page.evaluate(() => {
      const win = window as unknown as { __frames: number[]; __frameGeneration: number };
      win.__frameGeneration++; // stops the recording
      return win.__frames.slice(2); // the first frames measure the click, not the animation
    })));
    await page.locator('[data-action="continue"]').click();
    await waitFor(page, 'round');
    // As before the first round (and as a reader would): the next room fades in before the
    // choice; the scene change is not a round's change animation.
    await page.waitForTimeout(1000);
  }
  await page.close();
  const sorted = durations.sort((a, b) => a - b);
  return { p95: Math.round(sorted[Math.floor(sorted.length * 0.95)] ?? 0), frames: sorted.length };
}

/** One whole game as the US, always the first option, from the title or an ending's "Play again". */
async function playOneGame(page: Page): Promise<void> {
  for (;;) {
    const now = await screen(page);
    if (now === 'title') await page.locator('[data-mode="us"]').click();
    else if (now === 'briefing') await page.locator('[data-action="start"]').click();
    else if (now === 'round') await page.locator('[data-option]:not([disabled])').first().click();
    else if (now === 'report') await page.locator('[data-action="continue"]').click();
    else if (now === 'ending') return;
    await page.waitForFunction((was) => document.getElementById('app')?.dataset.screen !== was, now, POLL);
  }
}

async function heapGrowth(context: BrowserContext, url: string, games: number): Promise<{ growthBytes: number; games: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const heap = async (): Promise<number> => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usage.usedSize;
  };
  await page.goto(url);
  for (let i = 0; i < 5; i++) {
    await playOneGame(page);
    await page.locator('[data-action="again"]').click();
  }
  const before = await heap();
  for (let i = 0; i < games; i++) {
    await playOneGame(page);
    await page.locator('[data-action="again"]').click();
  }
  const after = await heap();
  await page.close();
  return { growthBytes: after - before, games };
}

export async function benchBrowser(url: string): Promise<Record<string, number>> {
  const browser = await openBrowser();
  try {
    const samples: { fromStart: number; fromNavigation: number }[] = [];
    for (let i = 0; i < 3; i++) samples.push(await roundOnScreen(browser.context, url));
    const frames = await roundAnimationFrames(browser.context, url);
    const reduced = await openBrowser({ reducedMotion: 'reduce' });
    let heap: { growthBytes: number };
    try {
      // Reduced motion: 50 games of animations would take many minutes; the scenes,
      // textures and DOM are rebuilt all the same.
      heap = await heapGrowth(reduced.context, url, 50);
    } finally {
      await reduced.close();
    }
    return {
      firstRoundOnScreenFromStartMs: median(samples.map((s) => s.fromStart)),
      firstRoundOnScreenFromNavigationMs: median(samples.map((s) => s.fromNavigation)),
      roundAnimationFrameP95Ms: frames.p95,
      roundAnimationFramesSampled: frames.frames,
      heapGrowthOver50GamesBytes: heap.growthBytes,
    };
  } finally {
    await browser.close();
  }
}
