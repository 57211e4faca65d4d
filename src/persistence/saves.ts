/**
 * The game in progress, saved after every round and after every choice a
 * person makes. What is stored is the game's replay code (small, checksummed,
 * refused if the scenario changed), the choices already made in the round
 * being played (two players: the first has chosen, the second not yet), and a
 * few fields to cross-check them, so a resumed game is replayed by the same
 * rules rather than trusted from disk. A save that cannot be read is moved aside to
 * SAVE_KEY + ":bad" for inspection, reported, and never crashes the game.
 */
import { z } from 'zod';
import { SIDES, type Scenario, type SideId } from '../engine/schema.ts';
import { MODES, type GameState } from '../engine/types.ts';
import { bothChosen, choose, isPersonSide } from '../engine/rules.ts';
import { decodeReplay, encodeReplay, isReplayError, MAX_REPLAY_INPUT, type ReplayInputs, type ScenarioLookup } from '../engine/replay/index.ts';
import { safeStorage, type SafeStorage } from './storage.ts';

import { SAVE_KEY } from './save-key.ts';

export { SAVE_KEY };
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

/** Choices people have made in the round being played, by side. */
export type SavedChoices = Partial<Record<SideId, string>>;

export type LoadResult = { ok: true; inputs: ReplayInputs; pending: SavedChoices; savedAt: number | null } | { ok: false; reason: string } | null;

/** An option id as the scenario format allows it (checked against the round on resume). */
const OptionId = z.string().min(1).max(64);

const SaveRecord = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  code: z.string().max(MAX_REPLAY_INPUT),
  mode: z.enum(MODES),
  scenarioId: z.string().max(40),
  /** When it was saved (ms since 1970), for "Resume (saved 5 minutes ago)". */
  savedAt: z.number().int().nonnegative().optional(),
  /** Choices already made in the round being played; absent when there are none. */
  pending: z.strictObject({ us: OptionId.optional(), china: OptionId.optional() }).optional(),
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
  const pending = peoplesChoices(game);
  if (pending) record.pending = pending;
  return wrap(storage).set(SAVE_KEY, JSON.stringify(record));
}

/** The choices people have made in the current round (a computer's hidden choice is drawn again on resume). */
function peoplesChoices(game: GameState): SavedChoices | undefined {
  const chosen: SavedChoices = {};
  for (const side of SIDES) {
    const option = game.pending[side];
    if (option !== undefined && isPersonSide(game.mode, side)) chosen[side] = option;
  }
  return Object.keys(chosen).length > 0 ? chosen : undefined;
}

/**
 * A resumed game: `state` (its completed rounds, replayed) with the choices the
 * save says were already made in the round being played. A choice the round does
 * not offer that side's person is dropped, and so are both if they would
 * complete the round (no real save holds that): the round then starts afresh.
 */
export function withSavedChoices(scenario: Scenario, state: GameState, pending: SavedChoices): GameState {
  let next = state;
  for (const side of SIDES) {
    const option = pending[side];
    if (option !== undefined) next = choose(scenario, next, side, option);
  }
  return bothChosen(next) ? state : next;
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
  return { ok: true, inputs, pending: parsed.data.pending ?? {}, savedAt: parsed.data.savedAt ?? null };
}
