import { describe, expect, test } from 'vitest';
import { overlayScenario, playComputerGame, scenarioTextKeys, ScenarioTranslation, translationProblems, type Scenario } from '../../src/engine/index.ts';
import { scenarioFingerprint } from '../../src/engine/replay/index.ts';
import { fixture } from './helpers.ts';

const HAN = /\p{Script=Han}/u;

/** A whole translation of `scenario`: every key, each text marked as translated. */
function wholeTranslation(scenario: Scenario): ScenarioTranslation {
  const text: Record<string, string> = {};
  let n = 0;
  for (const key of scenarioTextKeys(scenario).keys()) text[key] = `译文${(n += 1)}`;
  return { format: 1, scenario: scenario.id, language: 'zh-Hans', text };
}

describe('the keys of a scenario\'s words', () => {
  const scenario = fixture();
  const keys = scenarioTextKeys(scenario);

  test('are built from ids, and lists without ids by position', () => {
    expect(keys.get('rounds.dinner.setting')).toBe(scenario.rounds[0]?.setting);
    const option = scenario.rounds[0]?.options.us[0];
    expect(keys.get(`rounds.dinner.options.us.${option?.id}.label`)).toBe(option?.label);
    expect(keys.get('rounds.dinner.lines.0.text')).toBe(scenario.rounds[0]?.lines[0]?.text);
    const ending = scenario.endings[0];
    expect(keys.get(`endings.${ending?.id}.history`)).toBe(ending?.history);
    expect(keys.get(`sides.us.delegation.${scenario.sides[0].delegation[0]?.id}.name`)).toBe(scenario.sides[0].delegation[0]?.name);
  });

  test('take only words: no id, scene, condition, URL or number', () => {
    const last = new Set([...keys.keys()].map((k) => k.split('.').pop()));
    for (const field of ['id', 'scene', 'url', 'speaker', 'lead', 'homeMeasure', 'start', 'weight', 'by']) expect(last.has(field)).toBe(false);
    for (const value of keys.values()) expect(value).not.toMatch(/^https?:/);
    expect([...keys.keys()].some((k) => k.includes('.when.'))).toBe(false);
  });
});

describe('the overlay', () => {
  const scenario = fixture();
  const before = structuredClone(scenario);
  const translated = overlayScenario(scenario, wholeTranslation(scenario));

  test('replaces every word and leaves the original untouched', () => {
    for (const value of scenarioTextKeys(translated).values()) expect(value).toMatch(HAN);
    expect(scenario).toEqual(before);
  });

  test('changes nothing a game depends on: same fingerprint, same games', () => {
    expect(scenarioFingerprint(translated)).toBe(scenarioFingerprint(scenario));
    for (let seed = 1; seed <= 20; seed++) expect(playComputerGame(translated, seed)).toEqual(playComputerGame(scenario, seed));
  });

  test('a quoted original cites its own source: it replaces a line\'s source, and leads a history\'s sources', () => {
    const withOriginal = fixture();
    withOriginal.sources['zh-original'] = { label: '外交部网站（转载）', url: 'https://example.org/zh' };
    const translation = wholeTranslation(withOriginal);
    translation.text['rounds.dinner.lines.0.text'] = { text: '中文原文', source: 'zh-original', original: true };
    translation.text['rounds.dinner.history.text'] = { text: '历史', source: 'zh-original' };
    expect(translationProblems(withOriginal, translation, { script: HAN })).toEqual([]);
    const out = overlayScenario(withOriginal, translation);
    expect(out.rounds[0]?.lines[0]).toMatchObject({ text: '中文原文', source: 'zh-original' });
    expect(out.rounds[0]?.history.sources[0]).toBe('zh-original');
    expect(out.rounds[0]?.history.sources.length).toBe((withOriginal.rounds[0]?.history.sources.length ?? 0) + 1);
    expect(out.sources['zh-original']?.label).toMatch(HAN);
  });
});

describe('the completeness check', () => {
  const scenario = fixture();
  const zh = { script: HAN, fullWidth: true };

  test('passes a whole translation', () => {
    expect(translationProblems(scenario, wholeTranslation(scenario), zh)).toEqual([]);
  });

  test('fails on a planted missing key', () => {
    const translation = wholeTranslation(scenario);
    delete translation.text['rounds.dinner.setting'];
    expect(translationProblems(scenario, translation, zh)).toEqual([{ key: 'rounds.dinner.setting', kind: 'missing', message: 'has no translation' }]);
  });

  test('fails on an extra key, English left behind, half-width punctuation and a wrong scenario', () => {
    const translation = wholeTranslation(scenario);
    translation.text['rounds.gone.setting'] = '已删除';
    translation.text.title = 'Still in English';
    translation.text.subtitle = '气候,贸易';
    translation.scenario = 'other';
    const kinds = translationProblems(scenario, translation, zh).map((p) => `${p.kind} ${p.key}`).sort();
    expect(kinds).toEqual(['language title', 'punctuation subtitle', 'scenario scenario', 'unused rounds.gone.setting']);
  });

  test('fails on placeholders that do not match, and lets kept keys and numbers stay', () => {
    const withPlaceholder = { ...scenario, title: 'Talks with {name}' };
    const translation = wholeTranslation(withPlaceholder);
    translation.text.title = '与某人会谈';
    translation.text.subtitle = '2023';
    expect(translationProblems(withPlaceholder, translation, zh).map((p) => p.kind)).toEqual(['placeholder']);
    translation.text.title = '与{name}会谈';
    translation.text.place = 'Beijing';
    translation.keep = ['place'];
    expect(translationProblems(withPlaceholder, translation, zh)).toEqual([]);
  });

  test('a translation may bring its own sources: cited ones join the table; unused, clashing or unknown ones fail', () => {
    const translation = wholeTranslation(scenario);
    translation.sources = { 'zh-own': { label: '新华社（转载）', url: 'https://example.org/zh' } };
    translation.text['rounds.dinner.lines.0.text'] = { text: '原文', source: 'zh-own', original: true };
    expect(translationProblems(scenario, translation, zh)).toEqual([]);
    const out = overlayScenario(scenario, translation);
    expect(out.sources['zh-own']).toEqual({ label: '新华社（转载）', url: 'https://example.org/zh' });
    expect(out.rounds[0]?.lines[0]?.source).toBe('zh-own');
    expect(scenario.sources['zh-own']).toBeUndefined();
    const taken = Object.keys(scenario.sources)[0] as string;
    translation.sources = { [taken]: { label: '别的', url: 'https://example.org/x' }, 'zh-spare': { label: '多余', url: 'https://example.org/y' } };
    expect(translationProblems(scenario, translation, zh).map((p) => `${p.kind} ${p.key}`).sort())
      .toEqual([`source rounds.dinner.lines.0.text`, `source sources.${taken}`, 'unused sources.zh-spare']);
    expect(overlayScenario(scenario, translation).sources[taken]?.url).toBe(scenario.sources[taken]?.url);
  });

  test('a text citing a source the scenario lacks fails', () => {
    const translation = wholeTranslation(scenario);
    translation.text['rounds.dinner.lines.0.text'] = { text: '原文', source: 'nowhere', original: true };
    expect(translationProblems(scenario, translation, zh).map((p) => `${p.kind} ${p.key}`)).toEqual(['source rounds.dinner.lines.0.text']);
  });

  test('the file format refuses a value that is not text', () => {
    expect(ScenarioTranslation.safeParse({ format: 1, scenario: 'mini', language: 'zh-Hans', text: { title: 3 } }).success).toBe(false);
    expect(ScenarioTranslation.safeParse({ format: 1, scenario: 'mini', language: 'zh-Hans', text: { title: { text: '标题', original: false } } }).success).toBe(false);
  });
});
