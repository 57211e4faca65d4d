/**
 * Lighthouse 12.2.3 (13 needs Node 22) on the built site, in the system
 * Chromium driven by the puppeteer-core Lighthouse itself uses, mobile (its
 * default: a mid-range phone on simulated Slow 4G) and desktop:
 * - the title, a cold navigation: all four categories;
 * - a round: a user flow from the title, clicking a mode and "Start the talks"
 *   (a timespan: the performance of reaching the round) and then a snapshot of
 *   the round on screen (accessibility, best practices, SEO).
 * Lighthouse 12 dropped its installability audit, so the installability checks
 * are Chromium's own (Page.getInstallabilityErrors, what that audit printed),
 * read after a first visit has registered the service worker.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { desktopConfig, startFlow, type Config, type Result } from 'lighthouse';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_FLAGS, findChromium } from '../chromium.ts';

type Scores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number | null>;

export interface LighthouseFigures {
  title: { mobile: Scores; desktop: Scores };
  round: { mobile: Scores; desktop: Scores };
  installability: { errors: string[]; manifestUrl: string | null; serviceWorker: boolean };
}

function scores(...results: (Result | undefined)[]): Scores {
  const pick = (id: keyof Scores): number | null => {
    for (const lhr of results) {
      const score = lhr?.categories[id]?.score;
      if (typeof score === 'number') return Math.round(score * 100);
    }
    return null;
  };
  return { performance: pick('performance'), accessibility: pick('accessibility'), 'best-practices': pick('best-practices'), seo: pick('seo') };
}

async function withBrowser<T>(task: (browser: Browser) => Promise<T>): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'linkage-lighthouse-'));
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS, userDataDir: profile });
  try {
    return await task(browser);
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const MOBILE: Config = { extends: 'lighthouse:default' };
const DESKTOP: Config = desktopConfig;

async function title(url: string, config: Config): Promise<Scores> {
  return withBrowser(async (browser) => {
    const page = await browser.newPage();
    const result = await lighthouse(url, { output: 'json', logLevel: 'error' }, config, page);
    return scores(result?.lhr);
  });
}

async function screenIs(page: Page, name: string): Promise<void> {
  await page.waitForFunction((wanted: string) => document.getElementById('app')?.dataset.screen === wanted, { timeout: 120_000, polling: 50 }, name);
}

async function round(url: string, config: Config): Promise<Scores> {
  return withBrowser(async (browser) => {
    const page = await browser.newPage();
    const flow = await startFlow(page, { config, flags: { logLevel: 'error' } });
    await flow.navigate(url);
    await flow.startTimespan({ name: 'Start a game' });
    await page.click('[data-mode="us"]');
    await screenIs(page, 'briefing');
    await page.click('[data-action="start"]');
    await screenIs(page, 'round');
    await page.waitForFunction(() => document.getElementById('app')?.dataset.stage !== undefined, { timeout: 120_000, polling: 50 });
    await flow.endTimespan();
    await flow.snapshot({ name: 'A round' });
    const steps = (await flow.createFlowResult()).steps;
    return scores(steps[1]?.lhr, steps[2]?.lhr);
  });
}

async function installability(url: string): Promise<LighthouseFigures['installability']> {
  return withBrowser(async (browser) => {
    const page = await browser.newPage();
    await page.goto(url);
    const serviceWorker = await page.evaluate(async () => {
      if (!('serviceWorker' in navigator)) return false;
      const ready = navigator.serviceWorker.ready.then(() => true);
      return Promise.race([ready, new Promise<boolean>((r) => setTimeout(() => r(false), 20_000))]);
    });
    const cdp = await page.createCDPSession();
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    const manifest = await cdp.send('Page.getAppManifest');
    return {
      errors: installabilityErrors.map((e) => [e.errorId, ...e.errorArguments.map((a) => `${a.name}=${a.value}`)].join(' ')),
      manifestUrl: manifest.url || null,
      serviceWorker,
    };
  });
}

export async function benchLighthouse(url: string, log: (line: string) => void = () => undefined): Promise<LighthouseFigures> {
  log('Lighthouse: the title, mobile and desktop…');
  const titleScores = { mobile: await title(url, MOBILE), desktop: await title(url, DESKTOP) };
  log('Lighthouse: a round, mobile and desktop…');
  const roundScores = { mobile: await round(url, MOBILE), desktop: await round(url, DESKTOP) };
  return { title: titleScores, round: roundScores, installability: await installability(url) };
}
