/** Shared loaders for engine tests. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenario, type Scenario } from '../../src/engine/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURE_PATH = `${root}tests/engine/fixtures/mini.json`;
export const BEIJING_PATH = `${root}src/scenarios/beijing-2023.json`;

export function fixtureJson(): Record<string, unknown> {
  return JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')) as Record<string, unknown>;
}

export function fixture(): Scenario {
  return parseScenario(fixtureJson());
}

/** The real scenario once it exists, else the fixture; the name says which one a test ran on. */
export function mainScenario(): { name: string; scenario: Scenario } {
  if (existsSync(BEIJING_PATH)) {
    return { name: 'beijing-2023', scenario: parseScenario(JSON.parse(readFileSync(BEIJING_PATH, 'utf8'))) };
  }
  return { name: 'mini fixture', scenario: fixture() };
}

/** The game's chapters, in the order of history, as src/scenarios/chapters.json lists them. */
export const CHAPTER_IDS: readonly string[] = (
  JSON.parse(readFileSync(`${root}src/scenarios/chapters.json`, 'utf8')) as Array<{ id: string }>
).map((c) => c.id);

export function chapterPath(id: string): string {
  return `${root}src/scenarios/${id}.json`;
}

/** A chapter's scenario, parsed and validated as the game loads it. */
export function chapter(id: string): Scenario {
  return parseScenario(JSON.parse(readFileSync(chapterPath(id), 'utf8')));
}
