import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseScenario } from '../../src/engine/index.ts';
import { CHAPTERS, chapterCard, chapterJson } from '../../src/scenarios/chapters.ts';

const dir = fileURLToPath(new URL('../../src/scenarios/', import.meta.url));

describe('the chapters registry', () => {
  test('every scenario file is a chapter, once, and every chapter has its file', () => {
    // <id>.<language>.json files are translations (docs/translating.md), not chapters.
    const files = readdirSync(dir).filter((f) => /^[a-z][a-z0-9-]*\.json$/.test(f) && f !== 'chapters.json').map((f) => f.replace(/\.json$/, ''));
    expect(CHAPTERS.map((c) => c.id).sort()).toEqual(files.sort());
    expect(new Set(CHAPTERS.map((c) => c.id)).size).toBe(CHAPTERS.length);
  });

  test.each(CHAPTERS.map((c) => [c.id, c] as const))('%s: the card says what its scenario file says, and the file is valid', async (id, card) => {
    const scenario = parseScenario(await chapterJson(id));
    const { title, subtitle, dates, place, premise, minutes } = scenario;
    // If this fails, copy the scenario's fields into src/scenarios/chapters.json.
    expect(card).toEqual({ id: scenario.id, title, subtitle, dates, place, premise, minutes });
    expect(chapterCard(id)).toBe(card);
  });

  test('an id with no file is refused with its name', async () => {
    await expect(chapterJson('atlantis-1999')).rejects.toThrow('"atlantis-1999"');
    expect(chapterCard('atlantis-1999')).toBeUndefined();
  });
});
