/**
 * For the offline and update tests: a build of their own to serve (and to
 * redeploy), the service worker's readiness, and one whole game by mouse.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../scripts/test-server.ts';
import { waitForScreen } from './ui-helpers.ts';

export interface Site extends RunningServer {
  dir: string;
  /** Deploys "a new build": index.html changes (it carries `build`), and so does its revision in sw.js. */
  redeploy(build: string): void;
  remove(): void;
}

/** A copy of dist/ served on a port of its own. */
export async function serveCopy(): Promise<Site> {
  const dir = mkdtempSync(join(tmpdir(), 'linkage-site-'));
  cpSync('dist', dir, { recursive: true });
  const server = await startServer(dir);
  return {
    ...server,
    dir,
    redeploy(build) {
      const html = readFileSync(join(dir, 'index.html'), 'utf8');
      writeFileSync(join(dir, 'index.html'), html.replace('</head>', `<meta name="linkage-build" content="${build}"></head>`));
      const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
      const next = sw.replace(/(\{url:"index\.html",revision:")[0-9a-f]+"/, `$1${build}"`);
      if (next === sw) throw new Error('sw.js has no revision for index.html: the precache manifest changed shape');
      writeFileSync(join(dir, 'sw.js'), next);
    },
    remove() {
      server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until the service worker controls the page, which means the whole build is precached. */
export async function waitForWorker(page: Page, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ready = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
    });
    if (ready) return;
    await page.waitForTimeout(200);
  }
  throw new Error('The service worker did not take control of the page.');
}

/** From the title, the US, the first option each round. */
export async function startAsUs(page: Page): Promise<void> {
  await page.locator('[data-mode="us"]').click();
  await waitForScreen(page, 'briefing');
  await page.locator('[data-action="start"]').click();
  await waitForScreen(page, 'round');
}

export async function playRound(page: Page): Promise<'report' | 'ending'> {
  await page.locator('[data-option]:not([disabled])').first().click();
  const next = await waitForScreen(page, ['report', 'ending']);
  return next as 'report' | 'ending';
}

/** Plays on from a round to the game's ending. */
export async function playToEnding(page: Page): Promise<void> {
  for (;;) {
    if ((await playRound(page)) === 'ending') return;
    await page.locator('[data-action="continue"]').click();
    await waitForScreen(page, ['round', 'ending']);
    if ((await page.evaluate(() => document.getElementById('app')?.dataset.screen)) === 'ending') return;
  }
}

export async function roundLabel(page: Page): Promise<string> {
  return (await page.locator('#screen .eyebrow').first().textContent()) ?? '';
}
