/**
 * The saved game as a state to play on from, or null when there is none or it
 * cannot be read (the title then reports it as usual). Used after the reload
 * that applies an update, to go straight back to the same round.
 */
import type { Scenario } from '../../engine/schema.ts';
import type { GameState } from '../../engine/types.ts';
import { safeStorage } from '../../persistence/storage.ts';
import type { EngineModule } from '../ports.ts';

export function savedGame(engine: EngineModule, scenario: Scenario): GameState | null {
  try {
    const save = engine.loadSave(safeStorage(), new Map([[scenario.id, scenario]]));
    if (!save?.ok) return null;
    return engine.withSavedChoices(scenario, engine.replay.replayGame(scenario, save.inputs), save.pending);
  } catch {
    return null;
  }
}
