/**
 * The game in progress, saved after every round. What is stored is the game's
 * replay code (small, checksummed, refused if the scenario changed) plus a few
 * fields to cross-check it, so a resumed game is replayed by the same rules
 * rather than trusted from disk. A save that cannot be read is moved aside to
 * SAVE_KEY + ":bad" for inspection, reported, and never crashes the game.
 */
import { z } from 'zod';
import type { Scenario } from '../engine/schema.ts';
import { MODES, type GameState } from '../engine/types.ts';
import { decodeReplay, encodeReplay, isReplayError, MAX_REPLAY_INPUT, type ReplayInputs, type ScenarioLookup } from '../engine/replay/index.ts';
import { safeStorage, type SafeStorage } from './storage.ts';

export const SAVE_KEY = 'linkage.save.v1';
export const BAD_SAVE_KEY = `${SAVE_KEY}:bad`;
export const SAVE_FORMAT = 1;
/** Anything bigger is not one of our saves: refused before JSON.parse sees it. */
export const MAX_SAVE_CHARS = 64 * 1024;

/** The raw Web Storage calls; any of them may throw (private windows, full disks). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Saves accept raw storage (wrapped here) or the app's SafeStorage; null when there is none. */
export type SaveStorage = StorageLike | SafeStorage | null | undefined;

export type LoadResult = { ok: true; inputs: ReplayInputs; savedAt: number | null } | { ok: false; reason: string } | null;

const SaveRecord = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  code: z.string().max(MAX_REPLAY_INPUT),
  mode: z.enum(MODES),
  scenarioId: z.string().max(40),
  /** When it was saved (ms since 1970), for "Resume (saved 5 minutes ago)". */
  savedAt: z.number().int().nonnegative().optional(),
});
type SaveRecord = z.infer<typeof SaveRecord>;

function wrap(storage: SaveStorage): SafeStorage {
  if (!storage) return safeStorage(null);
  // safeStorage only calls getItem/setItem/removeItem, each inside try/catch.
  if ('getItem' in storage) return safeStorage(storage as Storage);
  return guarded(storage);
}

/** A SafeStorage from outside is trusted to be safe, but a fake in a test might still throw. */
function guarded(inner: SafeStorage): SafeStorage {
  return {
    get: (key) => {
      try {
        const value = inner.get(key);
        return typeof value === 'string' ? value : null;
      } catch {
        return null;
      }
    },
    set: (key, value) => {
      try {
        return inner.set(key, value) === true;
      } catch {
        return false;
      }
    },
    remove: (key) => {
      try {
        inner.remove(key);
      } catch {
        // storage unavailable: nothing to remove
      }
    },
  };
}

/** Saves the game so far. False when it could not be stored (the replay code still works). */
export function saveGame(storage: SaveStorage, game: GameState, scenario: Scenario, now: number = Date.now()): boolean {
  let code: string;
  try {
    code = encodeReplay(scenario, game);
  } catch {
    return false; // a game that cannot be encoded cannot be resumed either
  }
  const record: SaveRecord = { format: SAVE_FORMAT, code, mode: game.mode, scenarioId: game.scenario, savedAt: Math.max(0, Math.trunc(now)) };
  return wrap(storage).set(SAVE_KEY, JSON.stringify(record));
}

export function clearSave(storage: SaveStorage): void {
  wrap(storage).remove(SAVE_KEY);
}

/** Keeps the unreadable save under the bad key (replacing an older bad one) and clears the slot. */
function setAside(store: SafeStorage, raw: string, reason: string): { ok: false; reason: string } {
  store.set(BAD_SAVE_KEY, raw);
  store.remove(SAVE_KEY);
  return { ok: false, reason };
}

const UNREADABLE = 'The saved game could not be read, so it was set aside. You can start a new game.';

/**
 * The saved game's inputs, ready for replayGame; `{ ok: false, reason }` (with
 * the save moved aside) if it cannot be used; null if there is no save or no storage.
 */
export function loadSave(storage: SaveStorage, scenarios: ScenarioLookup): LoadResult {
  const store = wrap(storage);
  const raw = store.get(SAVE_KEY);
  if (raw === null) return null;
  if (raw.length > MAX_SAVE_CHARS) return setAside(store, raw, UNREADABLE);

  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return setAside(store, raw, UNREADABLE);
  }
  if (typeof data === 'object' && data !== null && 'format' in data && typeof data.format === 'number' && data.format > SAVE_FORMAT) {
    return setAside(store, raw, 'The saved game was made by a newer version of Linkage, so it was set aside. Reload the page to update.');
  }
  const parsed = SaveRecord.safeParse(data);
  if (!parsed.success) return setAside(store, raw, UNREADABLE);

  let inputs: ReplayInputs;
  try {
    inputs = decodeReplay(parsed.data.code, scenarios);
  } catch (error) {
    if (!isReplayError(error)) return setAside(store, raw, UNREADABLE);
    return setAside(store, raw, `The saved game could not be resumed: ${error.message}`);
  }
  if (inputs.mode !== parsed.data.mode || inputs.scenarioId !== parsed.data.scenarioId) {
    return setAside(store, raw, UNREADABLE);
  }
  return { ok: true, inputs, savedAt: parsed.data.savedAt ?? null };
}
