/**
 * The chapters, in the order of history. The title's cards come from
 * chapters.json (small, in the first load); each chapter's scenario file loads
 * only when it is chosen. A test keeps every card equal to its scenario file's
 * own fields, and every card's file present.
 */
import cards from './chapters.json';

/** What the title shows of a chapter before its scenario loads. `subtitle` is the question it asks. */
export interface ChapterCard {
  id: string;
  title: string;
  subtitle: string;
  dates: string;
  place: string;
  premise: string;
  minutes: { min: number; max: number };
  /** The language of the card's words when it is not the page's (a chapter not yet translated). */
  lang?: string;
}

export const CHAPTERS: readonly ChapterCard[] = cards;

// A glob, not one import per file: a chapter is its file, and a missing file is a message, not a broken build.
const files = import.meta.glob<unknown>(['./*.json', '!./chapters.json', '!./*.*.json'], { import: 'default' });
/** Translations, `<id>.<language>.json` (docs/translating.md); `chapters.<language>.json` translates the cards. */
const texts = import.meta.glob<unknown>('./*.*.json', { import: 'default' });

/** A chapter's scenario JSON (not yet validated), loaded on first need; rejects for an id with no file. */
export function chapterJson(id: string): Promise<unknown> {
  const load = files[`./${id}.json`];
  return load ? load() : Promise.reject(new Error(`No chapter file for "${id}"`));
}

export function chapterCard(id: string): ChapterCard | undefined {
  return CHAPTERS.find((c) => c.id === id);
}

/** A chapter's translation into `language` (not yet validated), or null when it has none. */
export function chapterText(id: string, language: string): Promise<unknown> {
  const load = texts[`./${id}.${language}.json`];
  return load ? load() : Promise.resolve(null);
}

const CARD_TEXT = ['title', 'subtitle', 'dates', 'place', 'premise'] as const;

/**
 * The cards in `language`: each field from `chapters.<language>.json` under
 * the key `<id>.<field>` (the same words as the chapter's own translation),
 * English where it has none or the file cannot load.
 */
export async function chapterCards(language: string): Promise<readonly ChapterCard[]> {
  const load = texts[`./chapters.${language}.json`];
  // The cards are written in English: in another page language, untranslated ones say so with their lang.
  const english = CHAPTERS.map((card) => (language === 'en' ? card : { ...card, lang: 'en' }));
  if (!load) return english;
  try {
    const table = (await load()) as { text?: Record<string, unknown> };
    const text = table.text ?? {};
    return CHAPTERS.map((card, i) => {
      if (!CARD_TEXT.every((field) => typeof text[`${card.id}.${field}`] === 'string')) return english[i] as ChapterCard;
      const out: ChapterCard = { ...card };
      for (const field of CARD_TEXT) out[field] = text[`${card.id}.${field}`] as string;
      return out;
    });
  } catch {
    return english;
  }
}
