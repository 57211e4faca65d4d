/** Whole games in one call: for replays, tests, the simulate command and the bench. */
import { SIDES, type Policy, type Scenario, type SideId } from './schema.ts';
import type { GameState, Mode } from './types.ts';
import { choose, isPersonSide, newGame, resolveRound, resolveWith } from './rules.ts';
import { indexOf } from './lookup.ts';
import { chooseForComputer, computerChoice, type PolicyName } from './policy.ts';

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
): GameState {
  let state = newGame(scenario, seed, mode);
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
  const index = indexOf(scenario);
  let state = newGame(scenario, seed, 'two');
  while (state.ending === null) {
    const us = computerChoice(scenario, state, 'us', policies.us ?? 'scenario');
    // China draws from the PRNG state the US choice left.
    const china = computerChoice(scenario, { ...state, rng: us.rng }, 'china', policies.china ?? 'scenario');
    const options = index.options[state.round]!;
    state = resolveWith(scenario, state, { us: options.us.get(us.option)!, china: options.china.get(china.option)! }, china.rng);
  }
  return state;
}
