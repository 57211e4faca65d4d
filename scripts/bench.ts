/**
 * `npm run bench [-- --json]`: the project's measured figures. Builds the site,
 * measures file sizes, then loads the game in headless Chromium with a 4x CPU
 * slowdown, times the engine in that Chromium at full speed and in a Node
 * process of its own; then what a thin connection costs (bytes on the wire before
 * the title is interactive, the first round on Slow 4G) and Lighthouse's four
 * scores for the title and a round, mobile and desktop, with the installability
 * checks; each chapter's JSON (size, parse time) and a 1 MiB teacher's file
 * checked in the worker. Prints tables, or one JSON object with --json.
 * `--chapters` measures only the first screen's JS, the chapters and the teacher's file.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { openBrowser } from './chromium.ts';
import { startServer } from './test-server.ts';
import { builtSizes } from './bench/sizes.ts';
import { measureFirstScreen } from './bench/first-screen.ts';
import { benchBrowser } from './bench-browser.ts';
import { benchEngineInBrowser } from './bench/engine-browser.ts';
import { measureSlowNetwork } from './bench/slow-network.ts';
import { benchLighthouse, type LighthouseFigures } from './bench/lighthouse.ts';
import { adaptedChapter, chapterFigures, teacherCheckInBrowser, type ChapterFigure, type TeacherCheckFigure } from './bench/chapters.ts';

const asJson = process.argv.includes('--json');
const chaptersOnly = process.argv.includes('--chapters');
const log = (line: string): void => {
  if (!asJson) console.log(line);
};

async function optionalFigures(module: string, name: string): Promise<Record<string, number>> {
  if (!existsSync(module)) return {};
  const loaded = (await import(`./${module.replace(/^scripts\//, '')}`)) as Record<string, () => Promise<Record<string, number>>>;
  const run = loaded[name];
  return run ? run() : {};
}

/** scripts/bench-engine.ts in a fresh Node process: why, see its header. */
function engineInOwnProcess(): Record<string, number> {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench-engine.ts'], { encoding: 'utf8' });
  return JSON.parse(out) as Record<string, number>;
}

async function main(): Promise<void> {
  log('Building…');
  execSync('npx vite build', { stdio: asJson ? 'ignore' : 'inherit' });

  const files = builtSizes();
  const totalJs = files.filter((f) => f.file.endsWith('.js'));
  const figures: Record<string, unknown> = {
    files,
    totalJsGzip: totalJs.reduce((sum, f) => sum + f.gzip, 0),
    totalJsRaw: totalJs.reduce((sum, f) => sum + f.raw, 0),
  };

  const server = await startServer();
  const browser = await openBrowser();
  try {
    const first = await measureFirstScreen(browser.context, server.url);
    figures.firstScreen = first;
    log('Each chapter\'s JSON; a teacher\'s file at the 1 MiB cap checked in the worker…');
    figures.chapters = chapterFigures();
    figures.teacherCheck = await teacherCheckInBrowser(browser.context, server.url);
    figures.teacherCheckChapter = await teacherCheckInBrowser(browser.context, server.url, adaptedChapter());
    if (chaptersOnly) return printChapters(figures);
    log('Playing the game in Chromium (first round, frame times, 50 games for heap growth)…');
    Object.assign(figures, await benchBrowser(server.url));
    log('Timing the engine in Chromium…');
    Object.assign(figures, await benchEngineInBrowser(browser.context));
    log('Bytes on the wire for the title; the first round on Slow 4G with a 4x slower CPU (median of 3)…');
    const slow = await measureSlowNetwork(server.url);
    figures.titleFiles = slow.titleFiles;
    figures.slow4gSamplesFromStartMs = slow.slow4gSamplesFromStartMs;
    figures.bytesBeforeTitleInteractive = slow.bytesBeforeInteractive;
    figures.titleTotalBytes = slow.titleTotalBytes;
    figures.slow4gFirstRoundFromModeMs = slow.slow4gFirstRoundFromModeMs;
    figures.slow4gFirstRoundFromStartMs = slow.slow4gFirstRoundFromStartMs;
    figures.lighthouse = await benchLighthouse(server.url, log);
  } finally {
    await browser.close();
    server.stop();
  }
  log('Timing the engine in Node…');
  Object.assign(figures, engineInOwnProcess());
  Object.assign(figures, await optionalFigures('scripts/bench-replay.ts', 'benchReplay'));
  Object.assign(figures, await optionalFigures('scripts/bench-class.ts', 'benchClass'));
  Object.assign(figures, await optionalFigures('scripts/bench-saves.ts', 'benchSaves'));

  if (asJson) {
    console.log(JSON.stringify(figures, null, 2));
    return;
  }
  console.log('\nBuilt files (bytes)');
  console.table(files.map((f) => ({ file: f.file, raw: f.raw, gzip: f.gzip })));
  const rows: Record<string, unknown> = {
    'total JS (gzip)': figures.totalJsGzip,
    'total JS (raw)': figures.totalJsRaw,
    'JS before first control (gzip)': first(figures).jsBeforeInteractiveGzip,
    'first interactive control, median of 5, 4x CPU (ms)': first(figures).interactiveMs,
  };
  for (const [key, value] of Object.entries(figures)) {
    if (typeof value === 'number' && !key.startsWith('totalJs')) rows[key] = value;
  }
  console.log('\nFigures');
  console.table(rows);
  printChapters(figures);
  printLighthouse(figures.lighthouse as LighthouseFigures);
}

function printChapters(figures: Record<string, unknown>): void {
  if (asJson) {
    console.log(JSON.stringify(figures, null, 2));
    return;
  }
  console.log(`\nJS before the first control (gzip): ${first(figures).jsBeforeInteractiveGzip} bytes (the limit is 80 KB)`);
  console.log('\nChapters (bytes; parse: parseScenarioText, median of 15, ms)');
  console.table((figures.chapters as ChapterFigure[]).map((c) => ({ chapter: c.chapter, raw: c.raw, gzip: c.gzip, 'parse (ms)': c.parseMs })));
  const say = (what: string, t: TeacherCheckFigure) => console.log(`${what} (${t.bytes} bytes), checked in the worker: ${t.checkMs} ms; ` +
    `longest main-thread stall meanwhile ${t.longestStallMs} ms; the progress bar moved ${t.progressMoves} times`);
  say('A teacher\'s file at the 1 MiB cap, the most work per round', figures.teacherCheck as TeacherCheckFigure);
  say('The first chapter adapted by a teacher (both walks)', figures.teacherCheckChapter as TeacherCheckFigure);
}

function printLighthouse(lh: LighthouseFigures): void {
  console.log('\nLighthouse 12.2.3 (a round: performance of reaching it from the title, the rest on the round)');
  console.table({
    'title, mobile': lh.title.mobile,
    'title, desktop': lh.title.desktop,
    'round, mobile': lh.round.mobile,
    'round, desktop': lh.round.desktop,
  });
  const { errors, manifestUrl, serviceWorker } = lh.installability;
  console.log(`Installability (Chromium's checks): ${errors.length === 0 ? 'installable' : `not installable: ${errors.join('; ')}`}` +
    ` (manifest ${manifestUrl ?? 'none'}, service worker ${serviceWorker ? 'active' : 'none'})`);
}

function first(figures: Record<string, unknown>): { jsBeforeInteractiveGzip: number; interactiveMs: number } {
  return figures.firstScreen as { jsBeforeInteractiveGzip: number; interactiveMs: number };
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
