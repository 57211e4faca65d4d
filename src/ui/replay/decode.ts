/**
 * A replay code, or a link or pasted text holding one, read into the run it
 * records. A code that cannot be read gives the decoder's message, never an
 * exception.
 */
import type { GameState } from '../../engine/types.ts';
import type { ReplayInputs } from '../../engine/replay/index.ts';
import { t } from '../locale/current.ts';
import type { LoadedGame } from '../ports.ts';

/** A recorded game: its chapter, its inputs, every state from the start to the end, and its bare code. */
export interface Run {
  /** The engine and the chapter's validated scenario the run was played in. */
  game: LoadedGame;
  inputs: ReplayInputs;
  states: GameState[];
  code: string;
}

export type Decoded = ({ ok: true } & Run) | { ok: false; message: string };

/** The engine with a chapter's scenario: the current chapter with no id, else the named one (rejects if there is none). */
export type ChapterLoad = (chapter?: string) => Promise<LoadedGame>;

/** Reads a code: the chapter it names first, then that chapter loaded, then the run. */
export async function decodeRun(load: ChapterLoad, text: string): Promise<Decoded> {
  const current = await load();
  const { replay } = current.engine;
  try {
    const code = replay.stripLink(text);
    if (!code) return { ok: false, message: t.replay.empty };
    const id = replay.replayScenarioId(code);
    let game: LoadedGame | null = current;
    if (current.scenario.id !== id) game = await load(id).catch(() => null);
    // Not a chapter here: perhaps a teacher's own file, which this browser does not have yet.
    if (!game) return { ok: false, message: t.replay.needFile(id) };
    const inputs = replay.decodeReplay(code, new Map([[game.scenario.id, game.scenario]]));
    return { ok: true, game, inputs, states: replay.replayStates(game.scenario, inputs), code };
  } catch (error) {
    return { ok: false, message: replay.isReplayError(error) ? error.message : t.replay.unreadable };
  }
}

/** The state a run ends in. */
export function finalState(run: Run): GameState {
  return run.states[run.states.length - 1] as GameState;
}
