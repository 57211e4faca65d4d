/**
 * Why the computer did what it did, round by round, for the debrief: each
 * computer choice of a finished (or unfinished) game recomputed from the state
 * before it, with the same draws, so the reasons are exactly those it acted on.
 */
import type { Scenario } from '../schema.ts';
import type { GameState } from '../types.ts';
import { isPersonSide } from '../rules.ts';
import { explainChoice, type Explanation } from '../policy.ts';
import { inputsOfGame } from '../replay/code.ts';
import { replayStates } from '../replay/play.ts';
import { SIDES } from '../schema.ts';

/** One explanation per round played and per side the computer played (none in two-person games). */
export function explainGame(scenario: Scenario, game: GameState): Explanation[] {
  const states = replayStates(scenario, inputsOfGame(game));
  const out: Explanation[] = [];
  for (let r = 0; r < game.log.length; r++) {
    for (const side of SIDES) {
      if (!isPersonSide(game.mode, side)) out.push(explainChoice(scenario, states[r]!, side));
    }
  }
  return out;
}
