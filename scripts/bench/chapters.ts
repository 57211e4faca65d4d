/**
 * The chapters' own figures, for every chapter in the registry
 * (src/scenarios/chapters.json): its JSON's size, raw and gzip, and how long
 * the engine takes to read it (parseScenarioText: JSON, schema and ids, what
 * loading a chapter costs; the reachability walk is an authors' tool and is not
 * run when a chapter loads). Then a teacher's file at the 1 MiB cap checked in
 * Chromium through the real worker, as a teacher loads one, with the page's
 * longest stall meanwhile (the page must stay responsive) and how often the
 * progress bar moved.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { parseScenarioText } from '../../src/engine/index.ts';
import type { ChapterCard } from '../../src/scenarios/chapters.ts';
import { capScenario } from '../../tests/engine/fixtures/hostile.ts';
import { gzipSize } from './sizes.ts';
import { median } from './support.ts';

export interface ChapterFigure { chapter: string; raw: number; gzip: number; parseMs: number }

/** The first chapter as a teacher adapts it (an id of its own): a file that passes, so both walks run. */
export function adaptedChapter(): string {
  const cards = JSON.parse(readFileSync('src/scenarios/chapters.json', 'utf8')) as ChapterCard[];
  const json = JSON.parse(readFileSync(`src/scenarios/${cards[0]!.id}.json`, 'utf8')) as { id: string };
  json.id = `my-${json.id}`;
  return JSON.stringify(json);
}

export function chapterFigures(runs = 15): ChapterFigure[] {
  const cards = JSON.parse(readFileSync('src/scenarios/chapters.json', 'utf8')) as ChapterCard[];
  return cards.map((card) => {
    const bytes = readFileSync(`src/scenarios/${card.id}.json`);
    const text = bytes.toString('utf8');
    parseScenarioText(text); // warm-up: the first parse also compiles the schema's code paths
    const samples = Array.from({ length: runs }, () => {
      const start = performance.now();
      parseScenarioText(text);
      return performance.now() - start;
    });
    return { chapter: card.id, raw: bytes.length, gzip: gzipSize(bytes), parseMs: Math.round(median(samples) * 100) / 100 };
  });
}

export interface TeacherCheckFigure {
  /** The file's size in bytes (at most 1 MiB). */
  bytes: number;
  /** From the file chosen to its result on screen, ms. */
  checkMs: number;
  /** The longest the page's main thread went without running a 16 ms timer, during the check, ms. */
  longestStallMs: number;
  /** How many times the progress bar's value changed. */
  progressMoves: number;
}

/**
 * In the page: when the file is chosen and when its result shows, the longest
 * gap between 16 ms timers meanwhile, and the progress bar's moves. A string, not
 * a function: tsx would wrap a function's inner names in a helper the page lacks.
 */
const WATCH_CHECK = `
(() => {
  const c = window.__check = { start: 0, end: 0, stall: 0, moves: 0 };
  const bar = document.getElementById('teacher-progress');
  let last = 0;
  document.getElementById('teacher-file').addEventListener('change', () => {
    c.start = last = performance.now();
    setInterval(() => {
      const now = performance.now();
      if (!c.end) c.stall = Math.max(c.stall, now - last);
      last = now;
    }, 16);
  });
  new MutationObserver(() => c.moves++).observe(bar, { attributes: true, attributeFilter: ['value'] });
  new MutationObserver(() => {
    if (c.start && !c.end && document.querySelector('.scenario-problems, .teacher-found:not(:empty)')) c.end = performance.now();
  }).observe(document.getElementById('app'), { childList: true, subtree: true, characterData: true });
})();
`;

/**
 * A teacher's file checked by the built site's worker, as a teacher loads it; by
 * default the worst file a teacher can load: at the 1 MiB cap, with as many rules
 * as fit (the most work per round resolution; it has problems, so its check ends
 * after the reachability walk).
 */
export async function teacherCheckInBrowser(context: BrowserContext, url: string, text = capScenario()): Promise<TeacherCheckFigure> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForSelector('#teacher-file');
    await page.evaluate(WATCH_CHECK);
    await page.setInputFiles('#teacher-file', { name: 'a-teachers-file.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.waitForFunction(() => (window as unknown as { __check: { end: number } }).__check.end > 0, undefined, { timeout: 600_000, polling: 250 });
    const c = await page.evaluate(() => (window as unknown as { __check: { start: number; end: number; stall: number; moves: number } }).__check);
    return { bytes: Buffer.byteLength(text), checkMs: Math.round(c.end - c.start), longestStallMs: Math.round(c.stall), progressMoves: c.moves };
  } finally {
    await page.close();
  }
}
