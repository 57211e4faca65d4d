/**
 * The page's language: chosen before the first screen is built (the link, the
 * person's choice, the browser), its table loaded, `<html lang>` set; and the
 * switch to another, which reloads the page. A reload, not a rebuild in
 * place: the frame, the menu and every open screen are built once from `t`,
 * and the saved game resumes after the reload (the same path as an update).
 */
import { markResume } from '../offline/updates.ts';
import { t, useTable } from './current.ts';
import { chooseLanguage, DEFAULT_LANGUAGE, LANGUAGE_PARAM, loadTable, rememberedLanguage, rememberLanguage } from './languages.ts';

let shown = DEFAULT_LANGUAGE;

/** The language the page shows now. */
export function pageLanguage(): string {
  return shown;
}

function setPage(tag: string): void {
  shown = tag;
  document.documentElement.lang = tag;
  document.title = t.documentTitle;
}

/** Picks the page's language and loads its words; English when the other table cannot load (offline, say). */
export async function startPageLanguage(): Promise<string> {
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];
  const tag = chooseLanguage({ search: location.search, remembered: rememberedLanguage(), browser });
  try {
    useTable(await loadTable(tag));
    setPage(tag);
  } catch (error) {
    console.warn(`Linkage: the "${tag}" words could not load; showing English.`, error);
    setPage(DEFAULT_LANGUAGE);
  }
  return shown;
}

/**
 * The address to reload for `tag`: a `?lang=` in the link would win over the
 * new choice, so it is changed to the choice; the hash (route) is kept.
 */
export function addressFor(tag: string, href: string): string {
  const url = new URL(href);
  if (url.searchParams.has(LANGUAGE_PARAM)) url.searchParams.set(LANGUAGE_PARAM, tag);
  return url.href;
}

/**
 * Remembers `tag` and reloads the page in it. `gameId`: the game in progress,
 * saved after every change, which resumes after the reload as after an update.
 */
export function switchPageLanguage(tag: string, gameId: string | null): void {
  if (tag === shown) return;
  rememberLanguage(tag);
  markResume(gameId);
  const next = addressFor(tag, location.href);
  if (next === location.href) location.reload();
  else location.replace(next);
}

/**
 * The page's address without its `?lang=`, as the base of replay links: a
 * replay is the game, not its language, so each reader opens it in their own
 * (a class in Beijing and one in Boston share the same links).
 */
export function shareBase(href: string = location.href): string {
  const url = new URL(href);
  url.searchParams.delete(LANGUAGE_PARAM);
  return url.href;
}
