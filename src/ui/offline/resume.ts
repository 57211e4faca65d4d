/**
 * Applying an update reloads the page: when that loses nothing, and the saved
 * game to go straight back to afterwards.
 */
import type { Scenario } from '../../engine/schema.ts';
import type { GameState } from '../../engine/types.ts';
import { safeStorage } from '../../persistence/storage.ts';
import type { EngineModule } from '../ports.ts';

/** What reloadSafety reads of the game in progress. */
export interface LiveGame {
  phase(): string;
  state(): { log: readonly unknown[] };
}

/**
 * Whether reloading into a new version before `screen` loses nothing, and
 * whether the saved game then resumes: only at the start of a round already
 * saved (never in the middle of one), or on the title and in the teacher's
 * guide with no game on.
 */
export function reloadSafety(screen: string, game: LiveGame | null): 'no' | 'reload' | 'resume' {
  const live = game !== null && game.phase() !== 'ended';
  if (screen === 'title' || screen === 'teachers') return live ? 'no' : 'reload';
  const saved = live && game.state().log.length > 0;
  return (screen === 'round' || screen === 'pass') && saved ? 'resume' : 'no';
}

/**
 * The saved game as a state to play on from, or null when there is none or it
 * cannot be read (the title then offers or reports it as usual).
 */
export function savedGame(engine: EngineModule, scenario: Scenario): GameState | null {
  try {
    const save = engine.loadSave(safeStorage(), new Map([[scenario.id, scenario]]));
    if (!save?.ok) return null;
    return engine.withSavedChoices(scenario, engine.replay.replayGame(scenario, save.inputs), save.pending);
  } catch {
    return null;
  }
}
