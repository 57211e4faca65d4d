/**
 * Which languages the interface speaks, and which one a page starts in.
 *
 * A language is two files in `langs/`: `<tag>.json` (its own name and the
 * browser languages it answers, read on the first load: a few bytes) and
 * `<tag>.ts` (its table, loaded only when that language is chosen). English is
 * the exception: its table is `en.ts`, always loaded, and the fallback for
 * anything that fails. No code names a language, so adding one is adding files
 * (see docs/translating.md).
 */
import { safeStorage, type SafeStorage } from '../../persistence/storage.ts';
import { en, type Locale } from './en.ts';

interface LanguageMeta {
  /** The language's name in itself, for the language control. */
  name: string;
  /** Lower-case browser language tags that choose it; a trailing `*` matches that prefix and any subtags after it. */
  browser: string[];
}

export interface Language extends LanguageMeta {
  /** The BCP 47 tag, as in `<html lang>`: "en", "zh-Hans". */
  tag: string;
}

const metas = import.meta.glob<LanguageMeta>('./langs/*.json', { eager: true, import: 'default' });
const tables = import.meta.glob<Locale>('./langs/*.ts', { import: 'default' });

const tagOf = (path: string): string => path.replace(/^\.\/langs\//, '').replace(/\.(json|ts)$/, '');

/** Every language, English first, then in the order of their tags. */
export const LANGUAGES: readonly Language[] = Object.entries(metas)
  .map(([path, meta]) => ({ tag: tagOf(path), name: meta.name, browser: meta.browser }))
  .sort((a, b) => (a.tag === 'en' ? -1 : b.tag === 'en' ? 1 : a.tag.localeCompare(b.tag)));

export const DEFAULT_LANGUAGE = 'en';
/** localStorage: the language the person chose with the control. */
export const LANGUAGE_KEY = 'linkage.language';
/** The link parameter a teacher can share: `?lang=zh-Hans`. */
export const LANGUAGE_PARAM = 'lang';

function answers(pattern: string, tag: string): boolean {
  if (!pattern.endsWith('*')) return pattern === tag;
  const stem = pattern.slice(0, -1).replace(/-$/, '');
  return tag === stem || tag.startsWith(`${stem}-`);
}

/** The language a tag names: one of ours by its own tag (any case), or by the browser tags it answers; else null. */
export function languageFor(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const lower = tag.trim().toLowerCase();
  const own = LANGUAGES.find((l) => l.tag.toLowerCase() === lower);
  if (own) return own.tag;
  return LANGUAGES.find((l) => l.browser.some((p) => answers(p, lower)))?.tag ?? null;
}

export interface LanguageSources {
  /** `location.search`. */
  search: string;
  /** What the person chose before (storage), if anything. */
  remembered: string | null;
  /** `navigator.languages`, most preferred first. */
  browser: readonly string[];
}

/** The link wins, then the person's own choice, then the browser's first language we speak, then English. */
export function chooseLanguage(from: LanguageSources): string {
  const linked = new URLSearchParams(from.search).get(LANGUAGE_PARAM);
  return languageFor(linked) ?? languageFor(from.remembered)
    ?? from.browser.map(languageFor).find((l) => l !== null) ?? DEFAULT_LANGUAGE;
}

/** A language's table: English at once, another from its own file (rejects when it cannot load). */
export async function loadTable(tag: string): Promise<Locale> {
  if (tag === DEFAULT_LANGUAGE) return en;
  const load = tables[`./langs/${tag}.ts`];
  if (!load) throw new Error(`No interface table for "${tag}"`);
  return load();
}

export function rememberedLanguage(storage: SafeStorage = safeStorage()): string | null {
  return storage.get(LANGUAGE_KEY);
}

/** Keeps the person's choice; storage that fails only means it is not remembered. */
export function rememberLanguage(tag: string, storage: SafeStorage = safeStorage()): void {
  storage.set(LANGUAGE_KEY, tag);
}
