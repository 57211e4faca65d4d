/**
 * What the Chinese chapters must keep from the record, beyond what
 * `npm run i18n:check` checks (keys, sources, punctuation, language): the
 * 2014 announcement's numbers, the foreign ministry's own words for the eighth
 * countermeasure of 2022, and the one-China policy and principle kept apart.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Entry = string | { text: string; source?: string; original?: boolean };
const words = (id: string): Record<string, string> => {
  const file = JSON.parse(readFileSync(new URL(`../../src/scenarios/${id}.zh-Hans.json`, import.meta.url), 'utf8')) as { text: Record<string, Entry> };
  return Object.fromEntries(Object.entries(file.text).map(([k, v]) => [k, typeof v === 'string' ? v : v.text]));
};

describe('the Chinese chapters keep the record', () => {
  it('Beijing 2014 states the announced numbers', () => {
    const all = Object.values(words('beijing-2014')).join('\n');
    for (const figure of ['26%–28%', '2005年', '2025年', '2030年左右', '20%左右']) expect(all).toContain(figure);
  });

  it('August 2022 quotes the eighth countermeasure in the ministry’s wording, as an original with its source', () => {
    expect(words('suspended-2022')['debrief.glossary.0.text']).toContain('八、暂停中美气候变化商谈。');
    const file = JSON.parse(readFileSync(new URL('../../src/scenarios/suspended-2022.zh-Hans.json', import.meta.url), 'utf8')) as { text: Record<string, Entry> };
    const originals = Object.values(file.text).filter((v) => typeof v !== 'string' && v.original && v.text.includes('暂停中美气候变化商谈'));
    expect(originals.length).toBeGreaterThan(0);
    for (const o of originals) expect(typeof o === 'string' ? undefined : o.source).toBeTruthy();
  });

  it('keeps 一个中国政策 and 一个中国原则 apart wherever the glossary explains them', () => {
    for (const id of ['suspended-2022', 'beijing-2023']) {
      const glossary = Object.entries(words(id)).filter(([k]) => k.startsWith('debrief.glossary.') && k.endsWith('.text')).map(([, v]) => v).join('\n');
      expect(glossary, id).toMatch(/一个中国政策|“政策”/);
      expect(glossary, id).toMatch(/一个中国原则|“原则”/);
    }
  });
});
