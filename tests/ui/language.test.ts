// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { safeStorage } from '../../src/persistence/storage.ts';
import { t, useTable } from '../../src/ui/locale/current.ts';
import { formatDateTime, zhDate } from '../../src/ui/locale/dates.ts';
import { en } from '../../src/ui/locale/en.ts';
import { chooseLanguage, languageFor, LANGUAGES, loadTable, rememberedLanguage, rememberLanguage } from '../../src/ui/locale/languages.ts';
import { addressFor, pageLanguage, shareBase, startPageLanguage } from '../../src/ui/locale/page-language.ts';
import { markTextLanguage, textLang } from '../../src/ui/locale/text-language.ts';
import { chapterCards, CHAPTERS } from '../../src/scenarios/chapters.ts';
import { buildGuide, useGuideLanguage } from '../../src/ui/classroom/guide.ts';
import { settingsForm } from '../../src/ui/settings-form.ts';
import { DEFAULT_SETTINGS } from '../../src/persistence/settings.ts';
import miniJson from '../engine/fixtures/mini.json' with { type: 'json' };

afterEach(() => {
  useTable(en);
  localStorage.clear();
});

/** A Storage whose every call throws, as in some private windows. */
const throwing = {
  getItem() { throw new Error('blocked'); },
  setItem() { throw new Error('blocked'); },
  removeItem() { throw new Error('blocked'); },
  key() { throw new Error('blocked'); },
  get length(): number { throw new Error('blocked'); },
  clear() { throw new Error('blocked'); },
} as unknown as Storage;

describe('which language a page starts in', () => {
  test.each(['zh', 'zh-CN', 'zh-Hans', 'zh-SG', 'zh-Hans-CN', 'ZH-hans'])('%s is Simplified Chinese', (tag) => {
    expect(languageFor(tag)).toBe('zh-Hans');
  });

  test.each(['zh-TW', 'zh-Hant', 'fr', '', 'zhx'])('%s is none of ours', (tag) => {
    expect(languageFor(tag)).toBeNull();
  });

  test('English answers any English tag', () => {
    expect(languageFor('en-US')).toBe('en');
  });

  test('the link wins over the remembered choice, which wins over the browser', () => {
    expect(chooseLanguage({ search: '?lang=zh-Hans', remembered: 'en', browser: ['en-US'] })).toBe('zh-Hans');
    expect(chooseLanguage({ search: '?lang=en', remembered: 'zh-Hans', browser: ['zh-CN'] })).toBe('en');
    expect(chooseLanguage({ search: '', remembered: 'zh-Hans', browser: ['en-US'] })).toBe('zh-Hans');
    expect(chooseLanguage({ search: '', remembered: null, browser: ['fr-FR', 'zh-CN', 'en'] })).toBe('zh-Hans');
    expect(chooseLanguage({ search: '?lang=klingon', remembered: 'nonsense', browser: ['fr'] })).toBe('en');
  });

  test('storage that throws never breaks the choice', () => {
    const storage = safeStorage(throwing);
    expect(() => rememberLanguage('zh-Hans', storage)).not.toThrow();
    expect(rememberedLanguage(storage)).toBeNull();
    rememberLanguage('zh-Hans');
    expect(rememberedLanguage()).toBe('zh-Hans');
  });

  test('a switch rewrites the link\'s ?lang= (it would win) and keeps the route', () => {
    expect(addressFor('en', 'https://x.org/?lang=zh-Hans#/class')).toBe('https://x.org/?lang=en#/class');
    expect(addressFor('zh-Hans', 'https://x.org/#/play/beijing-2023')).toBe('https://x.org/#/play/beijing-2023');
  });

  test('replay links carry no language: each reader opens them in their own', () => {
    expect(shareBase('https://x.org/game/?lang=zh-Hans&x=1#/play/a')).toBe('https://x.org/game/?x=1#/play/a');
  });
});

describe('the words shown', () => {
  test('every language is listed with its own name, English first', () => {
    expect(LANGUAGES.map((l) => [l.tag, l.name])).toEqual([['en', 'English'], ['zh-Hans', '简体中文']]);
  });

  test('the Chinese table loads on demand and is copied into t in place', async () => {
    const classroom = t.classroom;
    const zh = await loadTable('zh-Hans');
    useTable(zh);
    expect(t.menu).toBe('菜单');
    // A module that kept a nested part reads the new words too.
    expect(classroom.print).toBe('打印复盘');
    expect(t.roundOf(2, 5)).toBe('第2轮，共5轮');
    useTable(en);
    expect(classroom.print).toBe('Print the debrief');
    expect(en.menu).toBe('Menu');
  });

  test('an unknown language refuses to load', async () => {
    await expect(loadTable('xx')).rejects.toThrow('"xx"');
  });

  test('Chinese dates are written 2023年7月18日', () => {
    expect(zhDate(new Date(2023, 6, 18))).toBe('2023年7月18日');
    expect(formatDateTime('zh-Hans', new Date(2023, 6, 18, 9, 5).getTime())).toBe('2023年7月18日 09:05');
    expect(formatDateTime('en', new Date(2023, 6, 18, 9, 5).getTime())).toBe('18 Jul 2023, 09:05');
  });

  test('the settings have a labelled language control, each option in its own language', () => {
    const chosen: string[] = [];
    const form = settingsForm('title', {
      settings: () => ({ ...DEFAULT_SETTINGS }), update: () => {}, language: () => 'en', setLanguage: (tag) => chosen.push(tag),
    });
    document.body.replaceChildren(form);
    const select = form.querySelector<HTMLSelectElement>('#title-language');
    expect(form.querySelector('label[for="title-language"]')?.textContent).toBe('Language');
    expect([...(select?.options ?? [])].map((o) => `${o.lang}:${o.textContent}`)).toEqual(['en:English', 'zh-Hans:简体中文']);
    expect(select?.value).toBe('en');
    if (select) {
      select.value = 'zh-Hans';
      select.dispatchEvent(new Event('change'));
    }
    expect(chosen).toEqual(['zh-Hans']);
  });
});

describe('a page started from a link', () => {
  afterEach(() => history.replaceState(null, '', '/'));

  test('?lang=zh-Hans sets <html lang>, the words and the title; English words left in it are marked', async () => {
    history.replaceState(null, '', '/?lang=zh-Hans#/class');
    expect(await startPageLanguage()).toBe('zh-Hans');
    expect(document.documentElement.lang).toBe('zh-Hans');
    expect(document.title).toBe(t.documentTitle);
    expect(t.menu).toBe('菜单');
    const untranslated = {};
    markTextLanguage(untranslated, 'en');
    expect(textLang(untranslated)).toBe('en');
    expect(textLang({})).toBeNull(); // a teacher's file: its language is not claimed
    const cards = await chapterCards(pageLanguage());
    // A translated card is in Chinese; one not yet translated keeps its English words, marked as English.
    for (const [i, card] of cards.entries()) {
      expect(card.lang === undefined ? /\p{Script=Han}/u.test(card.title) : card.lang === 'en' && card.title === CHAPTERS[i]?.title).toBe(true);
    }
    // The Chinese guide shows in a Chinese page: nothing in it is marked as another language.
    await useGuideLanguage('zh-Hans');
    const guide = buildGuide({ heading: (text) => Object.assign(document.createElement('h1'), { textContent: text }), onBack: () => {}, classHref: '#/class', chapters: [] });
    expect(guide.querySelector('h1')?.textContent).toMatch(/\p{Script=Han}/u);
    expect(guide.querySelector('h1')?.lang).toBeFalsy();
    const sections = [...guide.querySelectorAll('.guide-section')];
    expect(sections.length).toBeGreaterThan(10);
    expect(sections.every((s) => !s.getAttribute('lang') && /\p{Script=Han}/u.test(s.textContent ?? ''))).toBe(true);
    expect(guide.querySelector('[data-action="to-class"]')?.textContent).toBe('班级结果');
    history.replaceState(null, '', '/');
    expect(await startPageLanguage()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(textLang(untranslated)).toBeNull();
    expect((await chapterCards('en'))[0]?.lang).toBeUndefined();
  });
});

describe('quotes and translations', () => {
  test('a quote first said in another language is marked as a translation; a quoted original is not', async () => {
    const { overlayScenario, parseScenario } = await import('../../src/engine/index.ts');
    const fixture = () => parseScenario(miniJson);
    const { translationNote } = await import('../../src/ui/screens/round.ts');
    const english = fixture();
    markTextLanguage(english, 'en');
    const line = { ...english.rounds[0]!.lines[0]!, originalLanguage: 'zh-Hans' };
    expect(translationNote(english, line)?.textContent).toBe('Translated from Chinese · ');
    expect(translationNote(english, { ...line, originalLanguage: undefined })).toBeNull();

    const first = `rounds.${english.rounds[0]!.id}.lines.0.text`;
    const chinese = overlayScenario(english, { format: 1, scenario: english.id, language: 'zh-Hans', text: { [first]: { text: '原话', original: true } } });
    markTextLanguage(chinese, 'zh-Hans');
    expect(chinese.rounds[0]!.lines[0]!.originalLanguage).toBe('zh-Hans');
    expect(translationNote(chinese, chinese.rounds[0]!.lines[0]!)).toBeNull();
    // A line the translation renders (not an original) was first said in English.
    const rendered = chinese.rounds.flatMap((r) => r.lines).find((l) => l.originalLanguage === undefined)!;
    expect(translationNote(chinese, rendered)?.textContent).toBe('Translated from English · ');
    // A teacher's file does not say its language: nothing is marked.
    expect(translationNote(fixture(), line)).toBeNull();
  });
});
