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
}

export const CHAPTERS: readonly ChapterCard[] = cards;

// A glob, not one import per file: a chapter is its file, and a missing file is a message, not a broken build.
const files = import.meta.glob<unknown>(['./*.json', '!./chapters.json'], { import: 'default' });

/** A chapter's scenario JSON (not yet validated), loaded on first need; rejects for an id with no file. */
export function chapterJson(id: string): Promise<unknown> {
  const load = files[`./${id}.json`];
  return load ? load() : Promise.reject(new Error(`No chapter file for "${id}"`));
}

export function chapterCard(id: string): ChapterCard | undefined {
  return CHAPTERS.find((c) => c.id === id);
}
