import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { playerPaths } from '../../scripts/i18n-paths.ts';

// Guards the zh-Hans edition of the August 2022 chapter the same way the beijing-2023 one is guarded.
const root = fileURLToPath(new URL('../../', import.meta.url));
const english = JSON.parse(readFileSync(join(root, 'src/scenarios/suspended-2022.json'), 'utf8')) as Parameters<
  typeof playerPaths
>[0] & { id: string };
type Entry = string | { text: string; source: string; original: boolean };
const translation = JSON.parse(
  readFileSync(join(root, 'src/scenarios/translations/suspended-2022.zh-Hans.paths.json'), 'utf8'),
) as { scenario: string; sources: Record<string, { label: string; url: string }>; text: Record<string, Entry> };
const texts = Object.values(translation.text).map((e) => (typeof e === 'string' ? e : e.text));
const textAt = (path: string): string => {
  const entry = translation.text[path];
  return typeof entry === 'string' ? entry : (entry?.text ?? '');
};

describe('suspended-2022 zh-Hans translation', () => {
  it('has exactly the English player-facing paths', () => {
    expect(translation.scenario).toBe(english.id);
    expect(Object.keys(translation.text).sort()).toEqual([...playerPaths(english)].sort());
  });

  it('cites a known source with a url for every quoted Chinese original', () => {
    const originals = Object.values(translation.text).filter((e): e is Exclude<Entry, string> => typeof e !== 'string');
    expect(originals.length).toBeGreaterThan(0);
    for (const entry of originals) {
      expect(entry.original).toBe(true);
      expect(translation.sources[entry.source]?.url).toMatch(/^https?:\/\//);
    }
  });

  it('quotes the eighth countermeasure in the MFA wording', () => {
    expect(textAt('debrief.glossary[0].text')).toContain('八、暂停中美气候变化商谈。');
  });

  it('uses full-width punctuation in Chinese text', () => {
    expect(texts.filter((t) => /[,;:?!()"]/.test(t))).toEqual([]);
  });

  it('keeps the one-China policy and principle apart', () => {
    const text = textAt('debrief.glossary[3].text');
    expect(text).toContain('“政策”');
    expect(text).toContain('“原则”');
  });
});
