/**
 * Which language a scenario's words are in, for the `lang` of the elements
 * that show them. A chapter with no translation into the page's language is
 * shown in English inside a page in another language: its words then carry
 * `lang="en"`, so screen readers voice them and the fonts set them as English.
 * A teacher's own file says nothing of its language, so it is not marked.
 */
import { pageLanguage } from './page-language.ts';

const languages = new WeakMap<object, string>();

/** Records the language of a scenario's words (its source language, or the translation laid over it). */
export function markTextLanguage(scenario: object, tag: string): void {
  languages.set(scenario, tag);
}

/** The language `scenario`'s words are in, or null for a teacher's own file (it does not say). */
export function wordsLanguage(scenario: object): string | null {
  return languages.get(scenario) ?? null;
}

/** The `lang` attribute for `scenario`'s words: their language when the page shows another, else null (nothing to mark). */
export function textLang(scenario: object | null | undefined): string | null {
  const tag = scenario ? languages.get(scenario) : undefined;
  return tag === undefined || tag === pageLanguage() ? null : tag;
}
