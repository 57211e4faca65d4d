/**
 * Decoding and replaying each line. A bad line never stops the others: it
 * becomes a problem with the decoder's own player-facing message.
 *
 * Unfinished games (fewer rounds than the scenario) are problems, not games:
 * they have no ending and no final measures, and counting them would make the
 * per-round shares sum to different totals in different rounds.
 * The same code pasted twice is counted once, and the repeat is a problem: a
 * code holds a random 32-bit seed, so two equal codes are one game.
 */
import { isReplayError } from '../replay/errors.ts';
import { decodeReplay, type ScenarioLookup } from '../replay/code.ts';
import { replayGame } from '../replay/play.ts';
import type { Scenario } from '../schema.ts';
import type { ClassEntry, ClassGame, ClassProblem } from './types.ts';

function scenarioFor(lookup: ScenarioLookup, id: string): Scenario | undefined {
  return typeof lookup === 'function' ? lookup(id) : lookup.get(id);
}

function reasonOf(error: unknown): string {
  // Only ReplayError messages are written for players; anything else is a bug, said plainly.
  return isReplayError(error) ? error.message : 'This replay code could not be replayed.';
}

export function loadClassGames(entries: readonly ClassEntry[], lookup: ScenarioLookup): { games: ClassGame[]; problems: ClassProblem[] } {
  const games: ClassGame[] = [];
  const problems: ClassProblem[] = [];
  const seen = new Map<string, number>();
  for (const { line, name, code } of entries) {
    const first = seen.get(code);
    if (first !== undefined) {
      problems.push({ line, reason: `This is the same game as line ${first}, so it is counted once.` });
      continue;
    }
    seen.set(code, line);
    try {
      const inputs = decodeReplay(code, lookup);
      // decodeReplay has checked that the lookup knows this scenario.
      const scenario = scenarioFor(lookup, inputs.scenarioId)!;
      if (inputs.rounds < scenario.rounds.length) {
        problems.push({ line, reason: `The game is not finished: ${inputs.rounds} of ${scenario.rounds.length} rounds were played.` });
        continue;
      }
      const state = replayGame(scenario, inputs);
      games.push({ line, name, code, inputs, state });
    } catch (error) {
      problems.push({ line, reason: reasonOf(error) });
    }
  }
  return { games, problems };
}
