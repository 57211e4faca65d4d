// Checks the zh-Hans edition of "Beijing, November 2014" against its English file, so an edit to
// either one that drops a string, cites an unknown source or slips in half-width punctuation fails here.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { playerPaths } from '../../scripts/i18n-paths.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const english = JSON.parse(readFileSync(join(root, 'src/scenarios/beijing-2014.json'), 'utf8')) as Parameters<typeof playerPaths>[0];
type Entry = string | { text: string; source: string; original: boolean };
type Translation = { lang: string; scenario: string; sources: Record<string, { label: string; url: string }>; text: Record<string, Entry> };
const translation = JSON.parse(
  readFileSync(join(root, 'src/scenarios/translations/beijing-2014.zh-Hans.paths.json'), 'utf8'),
) as Translation;
const texts = Object.values(translation.text).map((e) => (typeof e === 'string' ? e : e.text));

describe('beijing-2014 zh-Hans translation', () => {
  it('names its language and scenario', () => {
    expect([translation.lang, translation.scenario]).toEqual(['zh-Hans', 'beijing-2014']);
  });

  it('has exactly the English player-facing paths', () => {
    expect(Object.keys(translation.text).sort()).toEqual([...playerPaths(english)].sort());
  });

  it('cites a known Chinese source with a url for every quoted original, and lists no unused source', () => {
    const originals = Object.values(translation.text).filter((e): e is Exclude<Entry, string> => typeof e !== 'string');
    expect(originals.length).toBeGreaterThan(0);
    for (const entry of originals) {
      expect(entry.original).toBe(true);
      expect(translation.sources[entry.source]?.url).toMatch(/^https?:\/\//);
      // WHY: an original is only worth marking if the line really contains quoted Chinese wording.
      expect(entry.text).toMatch(/“[^”]+”/);
    }
    const cited = new Set(originals.map((e) => e.source));
    expect(Object.keys(translation.sources).filter((id) => !cited.has(id))).toEqual([]);
  });

  it('uses full-width punctuation in Chinese text', () => {
    expect(texts.filter((t) => /[,;:?!()"]/.test(t))).toEqual([]);
  });

  it('keeps the announced numbers', () => {
    const all = texts.join('\n');
    for (const figure of ['26%–28%', '2005年', '2025年', '2030年左右', '20%左右']) expect(all).toContain(figure);
  });
});
