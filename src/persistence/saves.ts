/**
 * Games in progress, one key per game: `linkage.game.v2.<id>`. A tab writes only
 * the key of the game it plays, so two tabs never overwrite each other's game.
 * A save that cannot be read is copied aside to `<key>:bad` and removed only
 * once the copy is confirmed; if the copy fails it stays where it is and its
 * text is handed back so it can be shown and copied. Nothing here throws.
 */
import type { CheckRecord } from '../engine/replay/check-bits.ts';
import type { Scenario } from '../engine/schema.ts';
import type { GameState, Mode } from '../engine/types.ts';
import type { ReplayInputs, ScenarioLookup } from '../engine/replay/index.ts';
import { readRecord, recordText, parseSmall, type SavedChoices, type SaveProblem } from './record.ts';
import { safeStorage, type SafeStorage } from './storage.ts';
import { OLD_SAVE_KEY, SAVE_PREFIX } from './keys.ts';

export { MAX_SAVE_CHARS, SAVE_FORMAT, withSavedChoices, type SavedChoices, type SaveProblem } from './record.ts';
export { OLD_SAVE_KEY, SAVE_PREFIX };
/** The most games in progress kept; saving one more drops the oldest (and says which). */
export const MAX_GAMES = 20;
/** Ids this code makes; a key with anything else after the prefix is still read, as someone's save. */
const GAME_ID = /^[a-z0-9]{1,32}$/;

/** The raw Web Storage calls; any of them may throw (private windows, full disks). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key?(index: number): string | null;
  readonly length?: number;
}

/** Saves accept raw storage (wrapped here) or the app's SafeStorage; null when there is none. */
export type SaveStorage = StorageLike | SafeStorage | null | undefined;

export const saveKey = (id: string): string => `${SAVE_PREFIX}${id}`;
export const badKey = (key: string): string => `${key}:bad`;

/** A readable game in progress, ready to resume. `raw` is the stored text (to notice another tab's write). */
export interface SavedGame {
  ok: true;
  id: string;
  key: string;
  raw: string;
  code: string;
  mode: Mode;
  savedAt: number | null;
  inputs: ReplayInputs;
  pending: SavedChoices;
  /** The game as it resumes: its rounds replayed, with the choices already made in the round. */
  state: GameState;
}

/**
 * A save that cannot be resumed. `movedAside`: copied to `<key>:bad` and removed
 * from the list. Otherwise (the copy failed, e.g. a full quota) it was left where
 * it was, and `text` holds it so it can be shown once and copied.
 */
export interface UnreadableSave {
  ok: false;
  id: string;
  key: string;
  problem: SaveProblem;
  detail?: string;
  movedAside: boolean;
  text?: string;
}

export type LoadResult = SavedGame | UnreadableSave | null;

/** A game dropped to keep the list to MAX_GAMES: its code, so its replay link can still be given. */
export interface DroppedGame {
  id: string;
  code: string;
  mode: Mode;
  savedAt: number | null;
}

export type SaveResult = { ok: true; text: string; dropped: DroppedGame[] } | { ok: false; reason: 'not-stored' | 'not-encodable' };

export function wrap(storage: SaveStorage): SafeStorage {
  if (!storage) return safeStorage(null);
  // safeStorage only calls getItem/setItem/removeItem/key, each inside try/catch.
  if ('getItem' in storage) return safeStorage(storage as Storage);
  return guarded(storage);
}

/** A SafeStorage from outside is trusted to be safe, but a fake in a test might still throw. */
function guarded(inner: SafeStorage): SafeStorage {
  const attempt = <T>(call: () => T, fallback: T): T => {
    try {
      return call();
    } catch {
      return fallback;
    }
  };
  return {
    get: (key) => attempt(() => {
      const value = inner.get(key);
      return typeof value === 'string' ? value : null;
    }, null),
    set: (key, value) => attempt(() => inner.set(key, value) === true, false),
    remove: (key) => attempt(() => inner.remove(key), undefined),
    keys: () => attempt(() => (typeof inner.keys === 'function' ? inner.keys().filter((k) => typeof k === 'string') : []), []),
  };
}

/** A fresh id for a new game or a branch: random, so two tabs starting at once do not collide. */
export function newGameId(): string {
  const bytes = new Uint32Array(2);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (n) => n.toString(36).padStart(7, '0')).join('');
}

export function isGameId(id: string): boolean {
  return GAME_ID.test(id);
}

/**
 * Copies an unreadable save to `<key>:bad` (replacing an older bad copy) and
 * removes it only when the copy reads back the same. True when it was moved.
 */
export function setAside(storage: SaveStorage, key: string, raw: string): boolean {
  const store = wrap(storage);
  const copied = store.set(badKey(key), raw) && store.get(badKey(key)) === raw;
  if (!copied) return false;
  store.remove(key);
  return true;
}

function unreadable(store: SafeStorage, id: string, key: string, raw: string, problem: SaveProblem, detail?: string): UnreadableSave {
  const movedAside = setAside(store, key, raw);
  const result: UnreadableSave = { ok: false, id, key, problem, movedAside };
  if (detail !== undefined) result.detail = detail;
  if (!movedAside) result.text = raw;
  return result;
}

/** Reads the save stored under `key` (of game `id`); an unreadable one is set aside. */
export function loadKey(storage: SaveStorage, key: string, id: string, scenarios: ScenarioLookup, format: 1 | 2 = 2): LoadResult {
  const store = wrap(storage);
  const raw = store.get(key);
  if (raw === null) return null;
  const read = readRecord(raw, scenarios, format);
  if (!read.ok) return unreadable(store, id, key, raw, read.problem, read.detail);
  return { ...read, ok: true, id, key, raw };
}

/** The saved game `id`; null if there is none or no storage. */
export function loadSave(storage: SaveStorage, id: string, scenarios: ScenarioLookup): LoadResult {
  return loadKey(storage, saveKey(id), id, scenarios);
}

/**
 * Saves game `id`. Saving a game not yet in the list makes room: past
 * MAX_GAMES the oldest are removed and returned, so their links can be shown.
 */
export function saveGame(storage: SaveStorage, id: string, game: GameState, scenario: Scenario, now: number = Date.now(), check?: CheckRecord): SaveResult {
  const store = wrap(storage);
  const text = recordText(game, scenario, now, check);
  if (text === null) return { ok: false, reason: 'not-encodable' };
  const key = saveKey(id);
  const isNew = store.get(key) === null;
  if (!store.set(key, text)) return { ok: false, reason: 'not-stored' };
  // Only once the new game is stored: a failed write drops nothing.
  return { ok: true, text, dropped: isNew ? makeRoom(store, key) : [] };
}

export function clearSave(storage: SaveStorage, id: string): void {
  wrap(storage).remove(saveKey(id));
}

/** The keys of every game in progress (not their bad copies). */
export function gameKeys(storage: SaveStorage): string[] {
  return wrap(storage).keys().filter((k) => k.startsWith(SAVE_PREFIX) && !k.endsWith(':bad'));
}

/** Removes the oldest readable saves so that, with the one just added, at most MAX_GAMES remain. */
function makeRoom(store: SafeStorage, added: string): DroppedGame[] {
  const saves: Array<DroppedGame & { key: string }> = [];
  for (const key of gameKeys(store)) {
    if (key === added) continue;
    const data = parseSmall(store.get(key) ?? '');
    if (typeof data !== 'object' || data === null) continue; // unreadable: set aside when listed, never dropped
    const { code, mode, savedAt } = data as Record<string, unknown>;
    if (typeof code !== 'string' || (mode !== 'us' && mode !== 'china' && mode !== 'two')) continue;
    saves.push({ key, id: key.slice(SAVE_PREFIX.length), code, mode, savedAt: typeof savedAt === 'number' ? savedAt : null });
  }
  const excess = saves.length + 1 - MAX_GAMES;
  if (excess <= 0) return [];
  saves.sort((a, b) => (a.savedAt ?? 0) - (b.savedAt ?? 0));
  return saves.slice(0, excess).map(({ key, ...game }) => {
    store.remove(key);
    return game;
  });
}
