/**
 * Helpers for the game's browser tests: layout checks, screenshots at two sizes,
 * the axe-core audit, and waiting for screens.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const SIZES = [
  { name: 'desktop', width: 1280, height: 720 },
  { name: 'phone', width: 390, height: 844 },
] as const;

export const SHOT_DIR = 'test-results/screenshots';
mkdirSync(SHOT_DIR, { recursive: true });

export type ScreenName = 'title' | 'briefing' | 'pass' | 'round' | 'report' | 'ending' | 'error' | 'replay' | 'compare' | 'debrief' | 'class' | 'teachers' | 'print';

export async function waitForScreen(page: Page, screen: ScreenName | ScreenName[]): Promise<ScreenName> {
  const wanted = Array.isArray(screen) ? screen : [screen];
  const handle = await page.waitForFunction(
    (names) => {
      const current = document.getElementById('app')?.dataset.screen;
      return current && (names as string[]).includes(current) ? current : null;
    },
    wanted,
    { timeout: 15_000 },
  );
  return (await handle.jsonValue()) as ScreenName;
}

export interface LayoutReport {
  blank: boolean;
  pageOverflow: number;
  outside: string[];
  clipped: string[];
  overlapping: string[];
}

/** Everything visible fits the viewport horizontally, no text is clipped, no two controls overlap. */
export async function layoutProblems(page: Page): Promise<LayoutReport> {
  return page.evaluate(() => {
    const describe = (el: Element) => {
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : ''} "${text}"`;
    };
    const visible = (el: Element) => {
      if (el.closest('.sr-only, [aria-hidden="true"], [data-allow-overflow]')) return false;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    };
    const dialog = document.querySelector('dialog[open]');
    const scope = dialog ?? document.body;
    const all = [...scope.querySelectorAll('h1, h2, h3, p, li, a, button, label, input, span, dt, dd, legend, img')].filter(visible);
    const width = document.documentElement.clientWidth;
    const outside = all.filter((el) => {
      const r = el.getBoundingClientRect();
      return r.left < -1 || r.right > width + 1;
    }).map(describe);
    const clipped = all.filter((el) => el.tagName !== 'INPUT' && el.tagName !== 'IMG' && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline').map(describe);
    const buttons = [...scope.querySelectorAll('button, a, input')].filter(visible);
    const overlapping: string[] = [];
    for (let i = 0; i < buttons.length; i++) {
      for (let j = i + 1; j < buttons.length; j++) {
        const a = buttons[i]!.getBoundingClientRect();
        const b = buttons[j]!.getBoundingClientRect();
        if (buttons[i]!.contains(buttons[j]!) || buttons[j]!.contains(buttons[i]!)) continue;
        const ix = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const iy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (ix > 1 && iy > 1) overlapping.push(`${describe(buttons[i]!)} × ${describe(buttons[j]!)}`);
      }
    }
    const text = (document.body.innerText ?? '').trim();
    return {
      blank: text.length < 20,
      pageOverflow: document.documentElement.scrollWidth - width,
      outside,
      clipped,
      overlapping,
    };
  });
}

export async function expectGoodLayout(page: Page, label: string): Promise<void> {
  const report = await layoutProblems(page);
  expect({ label, ...report }).toEqual({ label, blank: false, pageOverflow: 0, outside: [], clipped: [], overlapping: [] });
}

/** Screenshots of the current screen at 1280×720 and 390×844, each checked; returns to desktop size. */
export async function shootScreen(page: Page, name: string, options: { sizes?: readonly (typeof SIZES)[number][] } = {}): Promise<void> {
  const sizes = options.sizes ?? SIZES;
  for (const size of sizes) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.waitForTimeout(120);
    // Generous: in software WebGL a booting Phaser stage can hold the main thread for many seconds.
    await page.screenshot({ path: `${SHOT_DIR}/${name}-${size.name}.png`, fullPage: true, timeout: 90_000 });
    await expectGoodLayout(page, `${name} at ${size.width}×${size.height}`);
  }
  await page.setViewportSize({ width: SIZES[0].width, height: SIZES[0].height });
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

/** Runs axe-core (injected through CDP, so the CSP does not block it); returns serious and critical violations. */
export async function axeSerious(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.join(', ')}`);
}

/** Makes every Storage method throw, as in some private windows and locked-down profiles. */
export async function breakStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const fail = () => {
      throw new DOMException('Storage is disabled', 'SecurityError');
    };
    for (const name of ['getItem', 'setItem', 'removeItem', 'clear', 'key'] as const) {
      Object.defineProperty(Storage.prototype, name, { value: fail, configurable: true });
    }
  });
}

/** Waits until the stage has drawn (a canvas) or failed; never fails the test by itself. */
export async function settleStage(page: Page, timeout = 8_000): Promise<void> {
  await page
    .waitForFunction(() => document.querySelector('.stage-host canvas') !== null || document.querySelector('.stage-frame')?.hasAttribute('hidden'), null, { timeout })
    .catch(() => undefined);
  await page.waitForTimeout(150);
}

/** Before the page loads: the one random number the app draws for a new game's seed is `seed` (halved by the app). */
export async function pinSeed(page: Page, seed: number): Promise<void> {
  await page.addInitScript((pinned) => {
    const original = Object.getOwnPropertyDescriptor(Crypto.prototype, 'getRandomValues')?.value as (this: Crypto, array: ArrayBufferView) => ArrayBufferView;
    Object.defineProperty(Crypto.prototype, 'getRandomValues', {
      configurable: true,
      value(this: Crypto, array: ArrayBufferView) {
        if (array instanceof Uint32Array && array.length === 1) {
          array[0] = pinned * 2; // the app halves it
          return array;
        }
        return original.call(this, array);
      },
    });
  }, seed);
}

/**
 * Before the page loads: the stage never starts (as without WebGL), and the one
 * random number the app draws for a new game's seed is `seed` (halved by the app).
 */
export async function noStagePinnedSeed(page: Page, seed: number): Promise<void> {
  await page.route(/\/assets\/phaser-[^/]*\.js$/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: 'throw new Error("WebGL is not available (test)");' }));
  await pinSeed(page, seed);
}

/** The trimmed text of the focused element. */
export const focusedText = (page: Page) => page.evaluate(() => (document.activeElement?.textContent ?? '').trim());

/** Presses Tab until the focused element matches the selector (keyboard-only navigation). */
export async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}; focus is on "${await focusedText(page)}"`);
}
