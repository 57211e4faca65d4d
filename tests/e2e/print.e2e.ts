/**
 * The printed hand-outs in Chromium: every chapter's role sheet for each side
 * (the chapters come from chapters.json, so a new chapter is printed too), each
 * chapter's source packet, and the position-memo template, printed to PDF on A4
 * and on Letter. A role sheet and the memo must fit one page, a packet two.
 * The PDFs are kept in test-results/print/, with a picture of each sheet as
 * printed (print media, at the width inside the page margins) to look at.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import cards from '../../src/scenarios/chapters.json' with { type: 'json' };
import { Scenario as ScenarioSchema, type Scenario } from '../../src/engine/schema.ts';
import { openBrowser, watchForProblems, type Browser } from './harness.ts';
import { axeSerious, noStagePinnedSeed, waitForScreen } from './ui-helpers.ts';

const OUT = 'test-results/print';
mkdirSync(OUT, { recursive: true });
const FORMATS = ['A4', 'Letter'] as const;
/** The width inside 12 mm margins on A4, the narrower paper: 186 mm at 96 px per inch. */
const PRINT_WIDTH = Math.round((186 / 25.4) * 96);

const chapters: Scenario[] = cards.map((c) => ScenarioSchema.parse(JSON.parse(readFileSync(`src/scenarios/${c.id}.json`, 'utf8'))));

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Pages in a PDF: its page objects, not the /Pages tree nodes. */
export function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

async function open(hash: string, sheet: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  const problems = await watchForProblems(page);
  await noStagePinnedSeed(page, 1);
  await page.goto(`${inject('baseUrl')}${hash}`);
  await waitForScreen(page, 'print');
  await page.locator(`[data-sheet="${sheet}"]`).first().waitFor();
  return { page, problems };
}

/** Prints the page on both papers; returns the page counts and keeps the PDFs and a picture of the print view. */
async function printed(page: Page, name: string): Promise<Record<(typeof FORMATS)[number], number>> {
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.topbar').isVisible()).toBe(false);
  expect(await page.locator('[data-action="print"]').isVisible()).toBe(false);
  await page.setViewportSize({ width: PRINT_WIDTH, height: 1000 });
  await page.screenshot({ path: `${OUT}/${name}-print.png`, fullPage: true });
  const counts = { A4: 0, Letter: 0 };
  for (const format of FORMATS) {
    const pdf = await page.pdf({ format, printBackground: false });
    writeFileSync(`${OUT}/${name}-${format}.pdf`, pdf);
    counts[format] = pdfPages(pdf);
  }
  await page.close();
  return counts;
}

const counts: string[] = [];

test('a chapter card on the title links to its role sheets and source packet', async () => {
  const page = await browser.context.newPage();
  await noStagePinnedSeed(page, 1);
  await page.goto(`${inject('baseUrl')}`);
  await waitForScreen(page, 'title');
  const id = chapters[0]!.id;
  const card = page.locator(`.chapter-card[data-chapter="${id}"]`);
  expect(await card.locator(`a[href="#/sources/${id}"]`).count()).toBe(1);
  await card.locator(`a[href="#/roles/${id}/china"]`).click();
  await page.locator(`[data-sheet="${id}/china"]`).waitFor();
  expect(await page.locator('h1').first().textContent()).toContain(chapters[0]!.sides[1].name);
  await page.close();
});

test('each role sheet of each chapter prints on one A4 page and one Letter page, from the chapter\'s data', { timeout: 240_000 }, async () => {
  expect(chapters.length).toBe(cards.length);
  for (const scenario of chapters) {
    for (const side of scenario.sides) {
      const { page, problems } = await open(`#/roles/${scenario.id}/${side.id}`, `${scenario.id}/${side.id}`);
      const interests = scenario.package?.interests[side.id] ?? [];
      expect(await page.locator('.sheet-interests.wants li').count()).toBe(interests.filter((i) => i.want).length);
      expect(await page.locator('.sheet-interests.must-not li').count()).toBe(interests.filter((i) => !i.want).length);
      const lead = side.delegation.find((p) => p.id === side.lead)!;
      expect(await page.locator('.sheet-delegation').textContent()).toContain(lead.name);
      const people = new Set(side.delegation.map((p) => p.id));
      const own = scenario.rounds.flatMap((r) => r.lines).filter((l) => l.source && people.has(l.speaker)).length;
      expect(await page.locator('.excerpt').count()).toBe(Math.min(3, own));
      for (const a of await page.locator('.excerpt a').all()) expect(await a.getAttribute('href')).toMatch(/^https?:\/\//);
      if (scenario === chapters[0] && side.id === 'us') expect(await axeSerious(page)).toEqual([]);
      expect(problems).toEqual([]);
      const pages = await printed(page, `roles-${scenario.id}-${side.id}`);
      counts.push(`roles ${scenario.id}/${side.id}: A4 ${pages.A4}, Letter ${pages.Letter}`);
      expect(pages, `${scenario.id}/${side.id}`).toEqual({ A4: 1, Letter: 1 });
    }
  }
});

test('a teacher\'s own scenario gets role sheets from its own interests', { timeout: 60_000 }, async () => {
  const mine = structuredClone(chapters[0]!);
  mine.id = 'my-print-check';
  mine.title = 'My adapted chapter';
  const wanted = mine.package!.interests.us.find((i) => i.want)!;
  wanted.label = 'A label only this file has';
  wanted.weight = 10;
  const page = await browser.context.newPage();
  await noStagePinnedSeed(page, 1);
  await page.goto(`${inject('baseUrl')}`);
  await waitForScreen(page, 'title');
  await page.setInputFiles('#teacher-file', { name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mine)) });
  const item = page.locator(`.your-scenarios li[data-scenario="${mine.id}"]`);
  await item.waitFor({ timeout: 30_000 });
  await item.locator(`a[href="#/roles/${mine.id}/us"]`).click();
  await page.locator(`[data-sheet="${mine.id}/us"]`).waitFor();
  const first = page.locator('.sheet-interests.wants li').first();
  expect(await first.textContent()).toContain('A label only this file has');
  expect(await first.textContent()).toContain('weight 10');
  const pages = await printed(page, `roles-${mine.id}-us`);
  counts.push(`roles ${mine.id}/us (a teacher's file): A4 ${pages.A4}, Letter ${pages.Letter}`);
  expect(pages).toEqual({ A4: 1, Letter: 1 });
});

test('each chapter\'s source packet prints on at most two pages; the memo template on one', { timeout: 180_000 }, async () => {
  for (const scenario of chapters) {
    const { page, problems } = await open(`#/sources/${scenario.id}`, `${scenario.id}/sources`);
    const sourced = scenario.rounds.flatMap((r) => r.lines).filter((l) => l.source).length;
    expect(await page.locator('.packet .excerpt').count()).toBe(sourced);
    expect(problems).toEqual([]);
    const pages = await printed(page, `sources-${scenario.id}`);
    counts.push(`sources ${scenario.id}: A4 ${pages.A4}, Letter ${pages.Letter}`);
    expect(pages.A4, scenario.id).toBeLessThanOrEqual(2);
    expect(pages.Letter, scenario.id).toBeLessThanOrEqual(2);
  }
  const { page, problems } = await open('#/memo', 'memo');
  expect(await page.locator('.memo-steps > li').count()).toBeGreaterThanOrEqual(4);
  expect(await page.locator('.memo-rubric table tbody tr').count()).toBeGreaterThanOrEqual(3);
  expect(await axeSerious(page)).toEqual([]);
  expect(problems).toEqual([]);
  const pages = await printed(page, 'memo');
  counts.push(`memo: A4 ${pages.A4}, Letter ${pages.Letter}`);
  expect(pages).toEqual({ A4: 1, Letter: 1 });
  writeFileSync(`${OUT}/page-counts.txt`, `${counts.join('\n')}\n`);
});
