import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { playerPaths } from '../../scripts/i18n-paths.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const english = join(root, 'src/scenarios/beijing-2023.json');
const chinese = join(root, 'src/scenarios/translations/beijing-2023.zh-Hans.paths.json');
type Entry = string | { text: string; source: string; original: boolean };
type Translation = { sources: Record<string, { label: string; url: string }>; text: Record<string, Entry> };

describe('playerPaths', () => {
  it('lists words a player reads and skips ids, urls and rule data', () => {
    const paths = playerPaths({
      $schema: 'x.json',
      id: 'demo',
      title: 'T',
      sides: [{ id: 'us', name: 'US', goals: ['g1', 'g2'], delegation: [{ id: 'k', name: 'K', role: 'R' }] }],
      rounds: [{ id: 'r', lines: [{ speaker: 'k', text: 'L', source: 's' }], options: { us: [{ id: 'o', agree: ['a'], effects: { trust: { delta: 1, why: 'W' } } }] } }],
      endings: [{ id: 'e', tone: { us: 'bad' }, sources: ['s'], history: 'H' }],
      sources: { s: { label: 'S', url: 'https://example.org' } },
    });
    expect(paths).toEqual([
      'title', 'sides[0].name', 'sides[0].goals[0]', 'sides[0].goals[1]', 'sides[0].delegation[0].name',
      'sides[0].delegation[0].role', 'rounds[0].lines[0].text', 'rounds[0].options.us[0].effects.trust.why',
      'endings[0].history', 'sources.s.label',
    ]);
  });
});

describe('beijing-2023 zh-Hans translation', () => {
  const translation = JSON.parse(readFileSync(chinese, 'utf8')) as Translation;
  const expected = playerPaths(JSON.parse(readFileSync(english, 'utf8')) as Parameters<typeof playerPaths>[0]);

  it('has exactly the English player-facing paths', () => {
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

  it('uses full-width punctuation in Chinese text', () => {
    const texts = Object.values(translation.text).map((e) => (typeof e === 'string' ? e : e.text));
    expect(texts.filter((t) => /[,;:?!()"]/.test(t))).toEqual([]);
  });
});

describe('i18n-paths CLI', () => {
  it('fails and names the path when a translation misses one', () => {
    const translation = JSON.parse(readFileSync(chinese, 'utf8')) as Translation;
    delete translation.text['rounds[0].setting'];
    const file = join(mkdtempSync(join(tmpdir(), 'i18n-')), 'partial.json');
    writeFileSync(file, JSON.stringify(translation));
    const r = spawnSync('npx', ['tsx', 'scripts/i18n-paths.ts', english, file], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('missing: rounds[0].setting');
  });
});
