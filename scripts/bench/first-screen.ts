/**
 * Time from navigation to the first interactive control, and the JS loaded before
 * it, in headless Chromium with a 4x CPU slowdown (a school Chromebook, roughly).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { gzipSize } from './sizes.ts';
import { median } from './support.ts';

export interface FirstScreen {
  /** Median of the loads, milliseconds. */
  interactiveMs: number;
  samplesMs: number[];
  /** gzip bytes of the JS files fetched before the first control was interactive. */
  jsBeforeInteractiveGzip: number;
  jsBeforeInteractiveFiles: string[];
}

/**
 * Records, in the page, when the first enabled, visible control appears. A string,
 * not a function: tsx would wrap a function's inner names in a helper the page lacks.
 */
export const MARK_FIRST_CONTROL = `
(() => {
  const check = () => {
    const control = [...document.querySelectorAll('button, a[href], input, select')].find((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && !el.disabled;
    });
    if (control && window.__firstControlAt === undefined) window.__firstControlAt = performance.now();
    return control !== undefined;
  };
  const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
  document.addEventListener('DOMContentLoaded', () => {
    if (!check()) observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  });
})();
`;

export async function measureFirstScreen(context: BrowserContext, url: string, loads = 5): Promise<FirstScreen> {
  const samples: number[] = [];
  let files: string[] = [];
  for (let i = 0; i < loads; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(MARK_FIRST_CONTROL);
    const fetched: { url: string; at: number }[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.js')) fetched.push({ url: response.url(), at: Date.now() });
    });
    const start = Date.now();
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __firstControlAt?: number }).__firstControlAt !== undefined);
    const at = await page.evaluate(() => (window as unknown as { __firstControlAt: number }).__firstControlAt);
    samples.push(Math.round(at));
    files = fetched.filter((f) => f.at - start <= at + 50).map((f) => new URL(f.url).pathname.replace(/^\//, ''));
    await page.close();
  }
  const jsBeforeInteractiveGzip = files.reduce((sum, file) => sum + gzipSize(readFileSync(join('dist', file))), 0);
  return { interactiveMs: median(samples), samplesMs: samples, jsBeforeInteractiveGzip, jsBeforeInteractiveFiles: files };
}
