/**
 * A replay code, or a link or pasted text holding one, read into the run it
 * records. A code that cannot be read gives the decoder's message, never an
 * exception.
 */
import type { GameState } from '../../engine/types.ts';
import type { ReplayInputs } from '../../engine/replay/index.ts';
import { t } from '../locale/en.ts';
import type { LoadedGame } from '../ports.ts';

/** A recorded game: its inputs, every state from the start to the end, and its bare code. */
export interface Run {
  inputs: ReplayInputs;
  states: GameState[];
  code: string;
}

export type Decoded = ({ ok: true } & Run) | { ok: false; message: string };

export function decodeRun({ engine, scenario }: LoadedGame, text: string): Decoded {
  const { replay } = engine;
  try {
    const code = replay.stripLink(text);
    if (!code) return { ok: false, message: t.replay.empty };
    const inputs = replay.decodeReplay(code, new Map([[scenario.id, scenario]]));
    return { ok: true, inputs, states: replay.replayStates(scenario, inputs), code };
  } catch (error) {
    return { ok: false, message: replay.isReplayError(error) ? error.message : t.replay.unreadable };
  }
}

/** The state a run ends in. */
export function finalState(run: Run): GameState {
  return run.states[run.states.length - 1] as GameState;
}
