/**
 * What a school on a thin connection pays, in headless Chromium through CDP:
 * - the bytes on the wire before the title is interactive, and all the title
 *   fetches on its own (until the network has been quiet for 2 s), first visit;
 * - the first round on screen, stage drawn, on a first visit with a 4x CPU
 *   slowdown and Lighthouse's "Slow 4G" (1.6 Mbit/s down, 750 kbit/s up, 150 ms),
 *   timed from the click on a mode and from the briefing's "Start the talks".
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { openBrowser } from '../chromium.ts';
import { median } from './support.ts';
import { MARK_FIRST_CONTROL } from './first-screen.ts';

const POLL = { polling: 50, timeout: 60_000 } as const;
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };


interface Transfer { url: string; startedAt: number; bytes: number }

/** Every request's bytes on the wire (headers and body, as CDP counts them), by when it started. */
async function recordTransfers(cdp: CDPSession): Promise<{ list: Transfer[]; quietFor(ms: number): Promise<void> }> {
  const started = new Map<string, { url: string; at: number }>();
  const list: Transfer[] = [];
  let lastActivity = Date.now();
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (e) => {
    started.set(e.requestId, { url: e.request.url, at: Date.now() });
    lastActivity = Date.now();
  });
  cdp.on('Network.loadingFinished', (e) => {
    const request = started.get(e.requestId);
    if (request) list.push({ url: request.url, startedAt: request.at, bytes: e.encodedDataLength });
    started.delete(e.requestId);
    lastActivity = Date.now();
  });
  return {
    list,
    async quietFor(ms) {
      while (started.size > 0 || Date.now() - lastActivity < ms) await new Promise((r) => setTimeout(r, 100));
    },
  };
}

export interface TitleTransfer {
  /** Bytes of the requests started before the first control was interactive. */
  bytesBeforeInteractive: number;
  /** Bytes the title fetches with nobody touching it, until the network is quiet. */
  titleTotalBytes: number;
  titleFiles: string[];
}

export async function titleTransfer(context: BrowserContext, url: string): Promise<TitleTransfer> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const transfers = await recordTransfers(cdp);
  await page.addInitScript(MARK_FIRST_CONTROL);
  const start = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __firstControlAt?: number }).__firstControlAt !== undefined, undefined, POLL);
  const at = await page.evaluate(() => (window as unknown as { __firstControlAt: number }).__firstControlAt);
  await transfers.quietFor(2000);
  await page.close();
  const before = transfers.list.filter((t) => t.startedAt - start <= at);
  return {
    bytesBeforeInteractive: before.reduce((sum, t) => sum + t.bytes, 0),
    titleTotalBytes: transfers.list.reduce((sum, t) => sum + t.bytes, 0),
    titleFiles: transfers.list.map((t) => `${new URL(t.url).pathname} ${t.bytes}`),
  };
}

async function screenIs(page: Page, name: string): Promise<void> {
  await page.waitForFunction((wanted) => document.getElementById('app')?.dataset.screen === wanted, name, POLL);
}

/** One first visit on Slow 4G with a 4x slower CPU: a person who picks a mode and starts at once. */
async function slowFirstRound(context: BrowserContext, url: string): Promise<{ fromMode: number; fromStart: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // A fresh profile: the HTTP cache starts empty, and works as on a real first visit.
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url);
  const mode = page.locator('[data-mode="us"]');
  await mode.waitFor({ timeout: 60_000 });
  const modeAt = await page.evaluate(() => performance.now());
  await mode.click();
  await screenIs(page, 'briefing');
  const startAt = await page.evaluate(() => performance.now());
  await page.locator('[data-action="start"]').click();
  await screenIs(page, 'round');
  await page.waitForFunction(() => document.getElementById('app')?.dataset.stage === 'ready', undefined, POLL);
  const at = await page.evaluate(() => performance.now());
  await page.close();
  return { fromMode: Math.round(at - modeAt), fromStart: Math.round(at - startAt) };
}

export interface SlowNetwork extends TitleTransfer {
  slow4gFirstRoundFromModeMs: number;
  slow4gFirstRoundFromStartMs: number;
  slow4gSamplesFromStartMs: number[];
}

/** Each sample in a browser of its own: a first visit, nothing cached, no service worker yet. */
export async function measureSlowNetwork(url: string, runs = 3): Promise<SlowNetwork> {
  const fresh = async <T>(task: (context: BrowserContext) => Promise<T>): Promise<T> => {
    const browser = await openBrowser();
    try {
      return await task(browser.context);
    } finally {
      await browser.close();
    }
  };
  const transfer = await fresh((context) => titleTransfer(context, url));
  const samples: { fromMode: number; fromStart: number }[] = [];
  for (let i = 0; i < runs; i++) samples.push(await fresh((context) => slowFirstRound(context, url)));
  return {
    ...transfer,
    slow4gFirstRoundFromModeMs: median(samples.map((s) => s.fromMode)),
    slow4gFirstRoundFromStartMs: median(samples.map((s) => s.fromStart)),
    slow4gSamplesFromStartMs: samples.map((s) => s.fromStart),
  };
}
