/**
 * Which chapters have been played to an ending in this browser, for the title's
 * cards. A list of scenario ids under one key; anything unreadable counts as
 * "none played", and a failed write is only a missing mark.
 */
import { safeStorage, type SafeStorage } from './storage.ts';

export const PLAYED_KEY = 'linkage.played.v1';
/** More ids than any set of chapters and teachers' files; a longer list is cut, oldest first. */
const MAX_IDS = 64;
const ID = /^[a-z0-9-]{1,64}$/;

export function playedChapters(storage: SafeStorage = safeStorage()): Set<string> {
  try {
    const parsed: unknown = JSON.parse(storage.get(PLAYED_KEY) ?? '[]');
    if (!Array.isArray(parsed)) return new Set();
    return new Set(parsed.filter((id): id is string => typeof id === 'string' && ID.test(id)).slice(-MAX_IDS));
  } catch {
    return new Set();
  }
}

/** Marks a chapter as played to an ending. */
export function markPlayed(id: string, storage: SafeStorage = safeStorage()): void {
  if (!ID.test(id)) return;
  const ids = [...playedChapters(storage)].filter((x) => x !== id);
  ids.push(id);
  storage.set(PLAYED_KEY, JSON.stringify(ids.slice(-MAX_IDS)));
}
