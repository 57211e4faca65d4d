import { describe, expect, test } from 'vitest';
import { checkAll, checkCards, checkChapterText, languageRules, translatedLanguages } from '../../scripts/lib/i18n-files.ts';
import { tableProblems } from '../../scripts/lib/locale-check.ts';
import { guideProblems } from '../../scripts/lib/guide-check.ts';
import englishGuide from '../../src/ui/guide/teaching-guide.en.json';
import { scenarioTextKeys } from '../../src/engine/index.ts';
import { en, type Locale } from '../../src/ui/locale/en.ts';
import zhHans from '../../src/ui/locale/langs/zh-Hans.ts';
import { fixture, fixtureJson } from '../engine/helpers.ts';

const zh = languageRules('zh-Hans');
const rules = { script: zh.script, keep: zh.keep, fullWidth: zh.fullWidth };

/** A deep copy of the Chinese table to plant a fault in (functions shared). */
function planted(change: (table: Record<string, unknown> & Locale) => void): object {
  const copy = (v: unknown): unknown => Array.isArray(v) ? v.map(copy)
    : typeof v === 'object' && v !== null ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copy(x)])) : v;
  const table = copy(zhHans) as Record<string, unknown> & Locale;
  change(table);
  return table;
}

describe('npm run i18n:check over the repository', () => {
  test('every translation in the repository is whole', async () => {
    expect(translatedLanguages()).toContain('zh-Hans');
    expect(await checkAll()).toEqual([]);
  });
});

describe('the interface tables', () => {
  test('the Chinese table has every key of the English one', () => {
    expect(tableProblems(en, zhHans, rules)).toEqual([]);
  });

  test('a planted missing key fails', () => {
    const table = planted((t) => { delete (t.classroom as Partial<Locale['classroom']>).print; });
    expect(tableProblems(en, table, rules)).toEqual([{ key: 'classroom.print', message: 'is missing' }]);
  });

  test('an extra key, a dropped argument, another arity and English left behind fail', () => {
    const table = planted((t) => {
      t.unknownKey = '多余';
      t.roundOf = (n: number) => `第${n}轮`;
      (t as Record<string, unknown>).minutes = (min: number) => `${min}分钟`;
      t.menu = 'Menu';
      t.resume = '继续,返回';
    });
    expect(tableProblems(en, table, rules).map((p) => p.key).sort()).toEqual(['menu', 'minutes', 'minutes', 'resume', 'roundOf', 'roundOf', 'unknownKey']);
  });

  test('words may change order but keep every argument', () => {
    const table = planted((t) => { t.roundOf = (n: number, total: number) => `共${total}轮中的第${n}轮`; });
    expect(tableProblems(en, table, rules)).toEqual([]);
  });
});

describe('the title\'s cards', () => {
  const cards = [{ id: 'mini' }];
  const whole = () => ({ text: { 'mini.title': '迷你', 'mini.subtitle': '问题', 'mini.dates': '2023年7月', 'mini.place': '北京', 'mini.premise': '前提' } as Record<string, string> });

  test('a whole file passes, and must agree with the chapter\'s own translation', () => {
    expect(checkCards(cards, whole(), new Map(), zh, 'c.json')).toEqual([]);
    expect(checkCards(cards, { text: {} }, new Map(), zh, 'c.json')).toEqual([]); // nothing translated yet
    expect(checkCards(cards, { text: {} }, new Map([['mini', {}]]), zh, 'c.json').map((p) => p.key)).toHaveLength(5);
    expect(checkCards(cards, whole(), new Map([['mini', { title: { text: '别的标题' } }]]), zh, 'c.json').map((p) => p.key)).toEqual(['mini.title']);
  });

  test('a planted missing key, an extra key and English left behind fail', () => {
    const file = whole();
    delete file.text['mini.place'];
    file.text['mini.extra'] = '多余';
    file.text['mini.dates'] = 'July 2023';
    expect(checkCards(cards, file, new Map([['mini', {}]]), zh, 'c.json').map((p) => p.key).sort()).toEqual(['mini.dates', 'mini.extra', 'mini.place']);
  });
});

describe('a chapter translation', () => {
  const scenario = fixture();
  const whole = (): { format: 1; scenario: string; language: string; text: Record<string, string> } => ({
    format: 1, scenario: scenario.id, language: 'zh-Hans',
    text: Object.fromEntries([...scenarioTextKeys(scenario).keys()].map((k, i) => [k, `译文${i}`])),
  });

  test('a whole one passes, overlaid scenario included', () => {
    expect(checkChapterText(fixtureJson(), whole(), zh, 'mini.zh-Hans.json')).toEqual([]);
  });

  test('a planted missing key fails', () => {
    const text = whole();
    delete text.text['rounds.talks.lines.1.text'];
    expect(checkChapterText(fixtureJson(), text, zh, 'mini.zh-Hans.json')).toEqual([
      { file: 'mini.zh-Hans.json', key: 'rounds.talks.lines.1.text', message: 'has no translation' },
    ]);
  });

  test('a text too long for the scenario, or the wrong language tag, fails', () => {
    const text = whole();
    text.text.title = '长'.repeat(161);
    text.language = 'ja';
    const problems = checkChapterText(fixtureJson(), text, zh, 'mini.zh-Hans.json').map((p) => p.key);
    expect(problems).toEqual(['language', '']);
  });
});

describe('a teacher\'s guide in another language', () => {
  /** The English guide with every word replaced (ids and URLs kept). */
  const translated = (): { sections: { blocks: Record<string, unknown>[] }[] } => {
    let n = 0;
    const swap = (v: unknown, key = ''): unknown => Array.isArray(v) ? v.map((x) => swap(x))
      : typeof v === 'object' && v !== null ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, swap(x, k)]))
        : typeof v === 'string' && !['id', 'url', 'chapter'].includes(key) ? `指南${(n += 1)}` : v;
    return swap(englishGuide) as { sections: { blocks: Record<string, unknown>[] }[] };
  };

  test('a whole translation passes', () => {
    expect(guideProblems(englishGuide, translated(), zh)).toEqual([]);
  });

  test('a dropped list item, English left behind and a broken file fail', () => {
    const guide = translated();
    const list = guide.sections[0]?.blocks.find((b) => 'list' in b) as { list: string[] };
    list.list.pop();
    (guide.sections[1]?.blocks[0] as { p?: string }).p = 'Left in English';
    expect(guideProblems(englishGuide, guide, zh).map((p) => p.key)).toEqual([`sections.${englishGuide.sections[0]?.id}`, 'sections.1.blocks.0.p']);
    expect(guideProblems(englishGuide, { title: '指南' }, zh).map((p) => p.key)).toEqual(['']);
  });
});
