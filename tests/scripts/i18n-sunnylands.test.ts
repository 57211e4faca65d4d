// The Sunnylands zh-Hans file is checked like the Beijing one: the translation test must
// fail when the English chapter gains a player-facing string the Chinese file lacks.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { playerPaths } from '../../scripts/i18n-paths.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
type Entry = string | { text: string; source: string; original: boolean };
type Translation = { scenario: string; sources: Record<string, { label: string; url: string }>; text: Record<string, Entry> };
const read = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
const translation = read('src/scenarios/translations/sunnylands-2023.zh-Hans.paths.json') as Translation;
const expected = playerPaths(read('src/scenarios/sunnylands-2023.json') as Parameters<typeof playerPaths>[0]);

describe('sunnylands-2023 zh-Hans translation', () => {
  it('names its chapter and has exactly the English player-facing paths', () => {
    expect(translation.scenario).toBe('sunnylands-2023');
    expect(Object.keys(translation.text).sort()).toEqual([...expected].sort());
  });

  it('cites a known source with a url for every quoted Chinese original', () => {
    const originals = Object.values(translation.text).filter((e): e is Exclude<Entry, string> => typeof e !== 'string');
    expect(originals.length).toBeGreaterThan(0);
    for (const entry of originals) {
      expect(entry.original).toBe(true);
      expect(translation.sources[entry.source]?.url).toMatch(/^https?:\/\//);
    }
  });

  it('uses full-width punctuation in Chinese text and source labels', () => {
    const texts = Object.values(translation.text).map((e) => (typeof e === 'string' ? e : e.text));
    const labels = Object.values(translation.sources).map((s) => s.label);
    expect([...texts, ...labels].filter((t) => /[,;:?!()"]/.test(t))).toEqual([]);
  });
});
