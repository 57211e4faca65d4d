/**
 * Whether a chapter's translation is whole and fits its scenario: every key
 * present, none extra, the same placeholders, the words in the right language,
 * and the translated scenario still valid. Used by `npm run i18n:check` and
 * its test; pure, like the rest of the engine.
 */
import type { Scenario } from '../schema.ts';
import { entryText, type ScenarioTranslation } from './format.ts';
import { scenarioTextKeys } from './keys.ts';

export interface TranslationProblem {
  key: string;
  kind: 'missing' | 'unused' | 'placeholder' | 'language' | 'punctuation' | 'source' | 'scenario';
  message: string;
}

export interface TranslationCheckOptions {
  /** The script the language is written in (zh-Hans: Han); a text with Latin letters and none of it was left untranslated. */
  script?: RegExp;
  /** The language's punctuation is full-width (Chinese): ASCII , ; : ? ! ( ) next to a Han character is flagged. */
  fullWidth?: boolean;
}

/** Half-width punctuation touching a Chinese character: "气候,贸易" or "(北京". */
export const HALF_WIDTH_BESIDE_HAN = /\p{Script=Han}[,;:?!()]|[,;:?!()]\p{Script=Han}/u;

const PLACEHOLDER = /\{[A-Za-z0-9_]+\}/g;
const LATIN = /[A-Za-z]/;

const placeholders = (text: string): string => [...text.matchAll(PLACEHOLDER)].map((m) => m[0]).sort().join(' ');

export function translationProblems(scenario: Scenario, translation: ScenarioTranslation, options: TranslationCheckOptions = {}): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  if (translation.scenario !== scenario.id) {
    problems.push({ key: 'scenario', kind: 'scenario', message: `is for "${translation.scenario}", not "${scenario.id}"` });
  }
  const source = scenarioTextKeys(scenario);
  const keep = new Set(translation.keep ?? []);
  const own = translation.sources ?? {};
  const cited = new Set<string>();
  for (const key of source.keys()) {
    if (!(key in translation.text)) problems.push({ key, kind: 'missing', message: 'has no translation' });
  }
  for (const key of keep) {
    if (!source.has(key)) problems.push({ key, kind: 'unused', message: 'is kept but names no text of the scenario' });
  }
  for (const [key, entry] of Object.entries(translation.text)) {
    const original = source.get(key);
    if (original === undefined) {
      problems.push({ key, kind: 'unused', message: 'names no text of the scenario (renamed or removed?)' });
      continue;
    }
    if (typeof entry !== 'string' && entry.source !== undefined) {
      cited.add(entry.source);
      if (!Object.hasOwn(scenario.sources, entry.source) && !Object.hasOwn(own, entry.source)) {
        problems.push({ key, kind: 'source', message: `cites "${entry.source}", which is in neither the scenario's sources nor the translation's` });
      }
    }
    const text = entryText(entry);
    if (placeholders(text) !== placeholders(original)) {
      problems.push({ key, kind: 'placeholder', message: `has placeholders "${placeholders(text)}" where the source has "${placeholders(original)}"` });
    }
    if (options.script && !keep.has(key) && LATIN.test(text) && !options.script.test(text)) {
      problems.push({ key, kind: 'language', message: `looks untranslated: "${text.slice(0, 60)}"` });
    }
    if (options.fullWidth && HALF_WIDTH_BESIDE_HAN.test(text)) {
      problems.push({ key, kind: 'punctuation', message: `has half-width punctuation beside Chinese: "${text.slice(0, 60)}"` });
    }
  }
  for (const [id, source] of Object.entries(own)) {
    const key = `sources.${id}`;
    if (Object.hasOwn(scenario.sources, id)) problems.push({ key, kind: 'source', message: 'is already in the scenario\'s sources: give the translation\'s own source another id' });
    else if (!cited.has(id)) problems.push({ key, kind: 'unused', message: 'is cited by no text of the translation' });
    if (options.script && LATIN.test(source.label) && !options.script.test(source.label)) problems.push({ key, kind: 'language', message: `label looks untranslated: "${source.label.slice(0, 60)}"` });
  }
  return problems;
}
