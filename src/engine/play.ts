/** Whole games in one call: for replays, tests, the simulate command and the bench. */
import { SIDES, type Policy, type Scenario, type SideId } from './schema.ts';
import type { GameState, Mode } from './types.ts';
import type { Settings } from './model/state.ts';
import { choose, isPersonSide, newGame, resolveRound } from './rules.ts';
import { draws } from './rng.ts';
import { chooseForComputer, pickOption, type PolicyName } from './policy.ts';

export type Policies = Partial<Record<SideId, PolicyName | Policy>>;

/**
 * Plays a game to its ending. People's choices come from `choices[roundIndex]`;
 * computer sides follow `policies` (the scenario's own by default). Throws if a
 * person's choice is missing or not offered.
 */
export function playGame(
  scenario: Scenario,
  seed: number,
  mode: Mode,
  choices: Array<Partial<Record<SideId, string>>>,
  policies: Policies = {},
  settings?: Settings,
): GameState {
  let state = newGame(scenario, seed, mode, settings);
  while (state.ending === null) {
    const r = state.round;
    const roundId = scenario.rounds[r]!.id;
    // Computer sides pick first, as the machine does on entering a round.
    for (const side of SIDES) {
      if (!isPersonSide(mode, side)) state = chooseForComputer(scenario, state, side, policies[side] ?? 'scenario');
    }
    for (const side of SIDES) {
      if (!isPersonSide(mode, side)) continue;
      const option = choices[r]?.[side];
      if (option === undefined) throw new Error(`playGame: no choice for ${side} in round ${r + 1} ("${roundId}")`);
      const next = choose(scenario, state, side, option);
      if (next === state) throw new Error(`playGame: "${option}" is not an option for ${side} in round ${r + 1} ("${roundId}")`);
      state = next;
    }
    state = resolveRound(scenario, state);
  }
  return state;
}

/**
 * A game with the computer on both sides (for simulations and the bench):
 * the US picks first, then China, each by its policy, from the game's PRNG.
 * The state records mode "two", since no mode has two computer sides.
 */
export function playComputerGame(scenario: Scenario, seed: number, policies: Policies = {}): GameState {
  const us = policies.us ?? 'scenario';
  const china = policies.china ?? 'scenario';
  let state = newGame(scenario, seed, 'two');
  // One PRNG cursor for the whole game: the US draws, then China, then the event, round after round,
  // exactly as separate cursors handing their state on would.
  const d = draws(state.rng);
  while (state.ending === null) {
    const usPick = pickOption(scenario, state, 'us', us, d);
    const chinaPick = pickOption(scenario, state, 'china', china, d);
    state = resolveRound(scenario, state, { us: usPick, china: chinaPick }, d);
  }
  return state;
}
