/**
 * The lists the title shows: the games in progress (newest first), the saves
 * that could not be read (each set aside, or handed back to be copied), and the
 * finished games with their replay codes. The old single save of the whole
 * browser is moved into the new scheme the first time the list is read.
 */
import type { CheckRecord } from '../engine/replay/check-bits.ts';
import type { Scenario } from '../engine/schema.ts';
import type { GameState } from '../engine/types.ts';
import type { ScenarioLookup } from '../engine/replay/index.ts';
import { encodeReplay } from '../engine/replay/index.ts';
import { parseSmall, readFinished, readRecord, SAVE_FORMAT, type FinishedRecord } from './record.ts';
import type { SafeStorage } from './storage.ts';
import { gameKeys, loadKey, newGameId, OLD_SAVE_KEY, SAVE_PREFIX, saveKey, setAside, wrap, type SavedGame, type SaveStorage, type UnreadableSave } from './saves.ts';

import { FINISHED_PREFIX } from './keys.ts';

export { FINISHED_PREFIX };
/** The most finished games remembered; the oldest beyond it are forgotten (their links were shown on their ending). */
export const MAX_FINISHED = 50;

export const finishedKey = (id: string): string => `${FINISHED_PREFIX}${id}`;

export interface GameList {
  /** Newest first. */
  games: SavedGame[];
  unreadable: UnreadableSave[];
}

/**
 * Moves the old single save into a key of its own, removing the old key only
 * once the new one is written. An unreadable old save is set aside like any other.
 */
export function migrateOldSave(storage: SaveStorage, scenarios: ScenarioLookup): UnreadableSave | null {
  const store = wrap(storage);
  const raw = store.get(OLD_SAVE_KEY);
  if (raw === null) return null;
  const read = readRecord(raw, scenarios, 1);
  const id = newGameId();
  if (!read.ok) {
    const movedAside = setAside(store, OLD_SAVE_KEY, raw);
    const result: UnreadableSave = { ok: false, id, key: OLD_SAVE_KEY, problem: read.problem, movedAside };
    if (read.detail !== undefined) result.detail = read.detail;
    if (!movedAside) result.text = raw;
    return result;
  }
  const record = JSON.parse(raw) as Record<string, unknown>;
  const text = JSON.stringify({ ...record, format: SAVE_FORMAT });
  if (store.set(saveKey(id), text) && store.get(saveKey(id)) === text) store.remove(OLD_SAVE_KEY);
  return null;
}

/** Every game in progress and every unreadable save, reading (and migrating) storage once. */
export function listGames(storage: SaveStorage, scenarios: ScenarioLookup): GameList {
  const store = wrap(storage);
  const unreadable: UnreadableSave[] = [];
  const old = migrateOldSave(store, scenarios);
  if (old) unreadable.push(old);
  const games: SavedGame[] = [];
  for (const key of gameKeys(store)) {
    const loaded = loadKey(store, key, key.slice(SAVE_PREFIX.length), scenarios);
    if (loaded === null) continue;
    if (loaded.ok) games.push(loaded);
    else unreadable.push(loaded);
  }
  games.sort((a, b) => (b.savedAt ?? 0) - (a.savedAt ?? 0) || (a.id < b.id ? -1 : 1));
  return { games, unreadable };
}

export interface FinishedGame extends FinishedRecord {
  id: string;
}

export type FinishResult = { ok: true; code: string } | { ok: false; code: string | null };

/**
 * Keeps a finished game's replay code in the list of finished games, then
 * removes its save in progress (only once the finished record is written, so a
 * full quota leaves the last save rather than nothing).
 */
export function recordFinished(storage: SaveStorage, id: string, game: GameState, scenario: Scenario, now: number = Date.now(), check?: CheckRecord): FinishResult {
  const store = wrap(storage);
  let code: string;
  try {
    code = encodeReplay(scenario, game, check);
  } catch {
    return { ok: false, code: null };
  }
  if (game.ending === null) return { ok: false, code };
  const record: FinishedRecord = { format: SAVE_FORMAT, code, mode: game.mode, scenarioId: game.scenario, ending: game.ending, savedAt: Math.max(0, Math.trunc(now)) };
  forgetOldestFinished(store, finishedKey(id));
  if (!store.set(finishedKey(id), JSON.stringify(record))) return { ok: false, code };
  store.remove(saveKey(id));
  return { ok: true, code };
}

function finishedKeys(storage: SaveStorage): string[] {
  return wrap(storage).keys().filter((k) => k.startsWith(FINISHED_PREFIX));
}

/** The finished games this browser remembers, newest first; records that are not readable are skipped. */
export function listFinished(storage: SaveStorage, scenarios: ScenarioLookup): FinishedGame[] {
  const store = wrap(storage);
  const games: FinishedGame[] = [];
  for (const key of finishedKeys(store)) {
    const raw = store.get(key);
    const record = raw === null ? null : readFinished(raw, scenarios);
    if (record) games.push({ ...record, id: key.slice(FINISHED_PREFIX.length) });
  }
  return games.sort((a, b) => b.savedAt - a.savedAt);
}

/** Keeps the finished list to MAX_FINISHED, counting the one about to be added. */
function forgetOldestFinished(store: SafeStorage, adding: string): void {
  const keys = finishedKeys(store).filter((k) => k !== adding);
  if (keys.length + 1 <= MAX_FINISHED) return;
  const dated = keys.map((key) => {
    const data = parseSmall(store.get(key) ?? '');
    const savedAt = typeof data === 'object' && data !== null ? (data as { savedAt?: unknown }).savedAt : undefined;
    return { key, savedAt: typeof savedAt === 'number' ? savedAt : 0 };
  });
  dated.sort((a, b) => a.savedAt - b.savedAt);
  for (const { key } of dated.slice(0, keys.length + 1 - MAX_FINISHED)) store.remove(key);
}
