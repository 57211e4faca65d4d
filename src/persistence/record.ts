/**
 * One saved game as text: what is stored is the game's replay code (small,
 * checksummed, refused if the scenario changed), the choices already made in
 * the round being played (two players: the first has chosen, the second not
 * yet), and a few fields to cross-check them, so a resumed game is replayed by
 * the same rules rather than trusted from disk. Reading one never throws: it
 * gives the replayed game or names the problem.
 */
import type { CheckRecord } from '../engine/replay/check-bits.ts';
import { z } from 'zod';
import { SIDES, type Scenario, type SideId } from '../engine/schema.ts';
import { MODES, type GameState, type Mode } from '../engine/types.ts';
import { bothChosen, choose, isPersonSide } from '../engine/rules.ts';
import { decodeReplay, encodeReplay, isReplayError, MAX_REPLAY_INPUT, replayGame, type ReplayInputs, type ScenarioLookup } from '../engine/replay/index.ts';

/** Format 1 lived in one key for the whole browser; format 2 is one key per game. */
export const SAVE_FORMAT = 2;
export const OLD_SAVE_FORMAT = 1;
/** Anything bigger is not one of our saves: refused before JSON.parse sees it. */
export const MAX_SAVE_CHARS = 64 * 1024;

/** Choices people have made in the round being played, by side. */
export type SavedChoices = Partial<Record<SideId, string>>;

/**
 * Why a save cannot be resumed: not ours or damaged; made by a newer Linkage;
 * a replay code the scenario refuses (`detail` says why); or a game that would
 * resume outside its rounds (already ended).
 */
export type SaveProblem = 'unreadable' | 'newer' | 'code' | 'ended';

export type ReadResult =
  | { ok: true; code: string; mode: Mode; savedAt: number | null; inputs: ReplayInputs; pending: SavedChoices; state: GameState }
  | { ok: false; problem: SaveProblem; detail?: string };

/** An option id as the scenario format allows it (checked against the round on resume). */
const OptionId = z.string().min(1).max(64);

const fields = {
  code: z.string().max(MAX_REPLAY_INPUT),
  mode: z.enum(MODES),
  scenarioId: z.string().max(40),
  /** When it was saved (ms since 1970), shown beside the game on the title. */
  savedAt: z.number().int().nonnegative().optional(),
  /** Choices already made in the round being played; absent when there are none. */
  pending: z.strictObject({ us: OptionId.optional(), china: OptionId.optional() }).optional(),
};
const RecordV1 = z.strictObject({ format: z.literal(OLD_SAVE_FORMAT), ...fields });
const RecordV2 = z.strictObject({ format: z.literal(SAVE_FORMAT), ...fields });

/** A finished game: its replay code and ending, kept so its link is never lost. */
export const FinishedRecord = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  code: z.string().max(MAX_REPLAY_INPUT),
  mode: z.enum(MODES),
  scenarioId: z.string().max(40),
  ending: z.string().min(1).max(64),
  savedAt: z.number().int().nonnegative(),
});
export type FinishedRecord = z.infer<typeof FinishedRecord>;

/**
 * The save's text for a game in progress, or null when the game cannot be
 * encoded (another scenario version). Its code carries the learning check's
 * answers given so far, so a resumed game keeps them.
 */
export function recordText(game: GameState, scenario: Scenario, now: number, check?: CheckRecord): string | null {
  let code: string;
  try {
    code = encodeReplay(scenario, game, check);
  } catch {
    return null;
  }
  const record: z.infer<typeof RecordV2> = { format: SAVE_FORMAT, code, mode: game.mode, scenarioId: game.scenario, savedAt: Math.max(0, Math.trunc(now)) };
  const pending = peoplesChoices(game);
  if (pending) record.pending = pending;
  return JSON.stringify(record);
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

/** JSON text, parsed only when small enough to be ours; undefined when it is not JSON. */
export function parseSmall(raw: string): unknown {
  if (raw.length > MAX_SAVE_CHARS) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** Reads a game in progress saved in `format` (1 for the old single key, 2 for a game's own key). */
export function readRecord(raw: string, scenarios: ScenarioLookup, format: typeof SAVE_FORMAT | typeof OLD_SAVE_FORMAT = SAVE_FORMAT): ReadResult {
  const data = parseSmall(raw);
  if (data === undefined) return { ok: false, problem: 'unreadable' };
  if (typeof data === 'object' && data !== null && 'format' in data && typeof data.format === 'number' && data.format > SAVE_FORMAT) {
    return { ok: false, problem: 'newer' };
  }
  const parsed = (format === SAVE_FORMAT ? RecordV2 : RecordV1).safeParse(data);
  if (!parsed.success) return { ok: false, problem: 'unreadable' };
  const record = parsed.data;

  let inputs: ReplayInputs;
  let state: GameState;
  try {
    inputs = decodeReplay(record.code, scenarios);
    if (inputs.mode !== record.mode || inputs.scenarioId !== record.scenarioId) return { ok: false, problem: 'unreadable' };
    const scenario = typeof scenarios === 'function' ? scenarios(inputs.scenarioId) : scenarios.get(inputs.scenarioId);
    if (!scenario) return { ok: false, problem: 'unreadable' };
    state = replayGame(scenario, inputs);
    // A finished game is not "in progress": resuming it would show "round 7 of 6".
    if (state.ending !== null || state.round >= scenario.rounds.length) return { ok: false, problem: 'ended' };
    state = withSavedChoices(scenario, state, record.pending ?? {});
  } catch (error) {
    return isReplayError(error) ? { ok: false, problem: 'code', detail: error.message } : { ok: false, problem: 'unreadable' };
  }
  return { ok: true, code: record.code, mode: record.mode, savedAt: record.savedAt ?? null, inputs, pending: record.pending ?? {}, state };
}

/** Reads a finished game's record; null when it is not one (it is then left alone: it holds no game in progress). */
export function readFinished(raw: string, scenarios: ScenarioLookup): FinishedRecord | null {
  const parsed = FinishedRecord.safeParse(parseSmall(raw));
  if (!parsed.success) return null;
  try {
    const inputs = decodeReplay(parsed.data.code, scenarios);
    return inputs.mode === parsed.data.mode && inputs.scenarioId === parsed.data.scenarioId ? parsed.data : null;
  } catch {
    return null;
  }
}
