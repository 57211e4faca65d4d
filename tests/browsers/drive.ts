/**
 * The same checks in every engine, through a small driver each engine's
 * automation provides: the title (smoke test) and one whole game as the US by
 * clicks, with no page errors and no Content-Security-Policy violations.
 */
export interface Driver {
  /** Evaluates a JavaScript expression in the page and returns its (JSON) value. */
  value<T>(expression: string): Promise<T>;
  /** A real click (through the engine's automation, not a DOM event) on the first match. */
  click(selector: string): Promise<void>;
  goto(url: string): Promise<void>;
}

/** Collected in the page: uncaught errors and CSP violations, read back with PROBLEMS. */
export const WATCH_PROBLEMS = `(() => {
  if (window.__problems) return;
  window.__problems = [];
  window.addEventListener('error', (e) => window.__problems.push('error: ' + e.message));
  window.addEventListener('unhandledrejection', (e) => window.__problems.push('rejection: ' + String(e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => window.__problems.push('CSP: ' + e.violatedDirective + ' ' + (e.blockedURI || 'inline')));
})()`;
export const PROBLEMS = 'window.__problems || []';

const SCREEN = "document.getElementById('app')?.dataset.screen ?? null";

export async function waitUntil<T>(driver: Driver, expression: string, what: string, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await driver.value<T>(expression);
    if (value) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function waitForScreen(driver: Driver, names: string[]): Promise<string> {
  return waitUntil<string>(driver, `(${JSON.stringify(names)}).includes(${SCREEN}) ? ${SCREEN} : null`, `the ${names.join(' or ')} screen`);
}

export interface Smoke { title: string; heading: string; modes: number; problems: string[] }

/** The title: name, heading, the three ways to play, and the page's problems so far. */
export async function smoke(driver: Driver, url: string): Promise<Smoke> {
  await driver.goto(url);
  await driver.value(WATCH_PROBLEMS);
  await waitForScreen(driver, ['title']);
  return {
    title: await driver.value<string>('document.title'),
    heading: await driver.value<string>("document.querySelector('h1')?.textContent ?? ''"),
    modes: await driver.value<number>("document.querySelectorAll('[data-mode]').length"),
    problems: await driver.value<string[]>(PROBLEMS),
  };
}

export interface Game { rounds: number; ending: string; stage: string | null; problems: string[] }

/** From the title: one whole game as the US, always the first option, to its ending. */
export async function wholeGame(driver: Driver): Promise<Game> {
  await driver.click('[data-mode="us"]');
  await waitForScreen(driver, ['briefing']);
  await driver.click('[data-action="start"]');
  let rounds = 0;
  for (;;) {
    const now = await waitForScreen(driver, ['round', 'report', 'ending']);
    if (now === 'ending') break;
    if (now === 'round') {
      rounds++;
      await driver.click('[data-option]:not([disabled])');
    } else {
      await driver.click('[data-action="continue"]');
    }
    await waitUntil(driver, `${SCREEN} !== ${JSON.stringify(now)}`, `the ${now} screen to pass`);
  }
  return {
    rounds,
    ending: await driver.value<string>("document.querySelector('#screen h1')?.textContent ?? ''"),
    stage: await driver.value<string | null>("document.getElementById('app')?.dataset.stage ?? null"),
    problems: await driver.value<string[]>(PROBLEMS),
  };
}
