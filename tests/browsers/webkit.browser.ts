/**
 * WebKitGTK (Debian's webkit2gtk-driver: WebKitWebDriver and its MiniBrowser),
 * the nearest engine to Safari on iPads available here, driven by
 * selenium-webdriver under a virtual display (xvfb-run): the title and one whole game.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { Builder, By, until, type WebDriver } from 'selenium-webdriver';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { smoke, wholeGame, WATCH_PROBLEMS, type Driver } from './drive.ts';

const WEBDRIVER = process.env.WEBKIT_WEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

let service: ChildProcess;
let web: WebDriver;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

beforeAll(async () => {
  for (const path of [WEBDRIVER, MINIBROWSER]) {
    if (!existsSync(path)) throw new Error(`No ${path}: install Debian's webkit2gtk-driver (apt-get install -y webkit2gtk-driver xvfb).`);
  }
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) throw new Error('WebKitGTK needs a display: run under xvfb-run (npm run test:browsers does).');
  const port = await freePort();
  service = spawn(WEBDRIVER, [`--port=${port}`, '--host=127.0.0.1'], { stdio: 'ignore' });
  const server = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    try {
      if ((await fetch(`${server}/status`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 15_000) throw new Error('WebKitWebDriver did not start.');
    await new Promise((r) => setTimeout(r, 100));
  }
  web = await new Builder()
    .usingServer(server)
    .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } })
    .build();
  await web.manage().window().setRect({ width: 1280, height: 720 });
});

afterAll(async () => {
  await web?.quit().catch(() => undefined);
  service?.kill();
});

const driver: Driver = {
  value: <T>(expression: string) => web.executeScript<T>(`return (${expression});`),
  click: async (selector) => {
    const element = await web.wait(until.elementLocated(By.css(selector)), 30_000);
    await web.wait(until.elementIsVisible(element), 30_000);
    await element.click();
  },
  goto: async (url) => {
    await web.get(url);
    // No hook before the page's own scripts here: the watcher starts once the page has loaded.
    await web.executeScript(WATCH_PROBLEMS);
  },
};

test('WebKitGTK: the title', async () => {
  const title = await smoke(driver, inject('baseUrl'));
  expect(title.title).toContain('Linkage');
  expect(title.modes).toBe(3);
  expect(title.problems).toEqual([]);
});

test('WebKitGTK: one whole game as the US, to its ending', async () => {
  const game = await wholeGame(driver);
  expect(game.rounds).toBeGreaterThanOrEqual(5);
  expect(game.ending.length).toBeGreaterThan(0);
  expect(['ready', 'failed']).toContain(game.stage);
  expect(game.problems).toEqual([]);
});
