/**
 * Replaying decoded inputs: the people's choices come from the code, the
 * computer's are recomputed by the scenario's policy from the seeded PRNG in
 * the state, in the same order as the machine and playGame make them.
 */
import { SIDES, type Scenario } from '../schema.ts';
import type { GameState } from '../types.ts';
import { choose, isPersonSide, newGame, resolveRound } from '../rules.ts';
import { chooseForComputer } from '../policy.ts';
import { ReplayError } from './errors.ts';
import type { ReplayInputs } from './code.ts';

/** Plays one round; throws ReplayError if a person's choice is missing or not offered. */
function playRound(scenario: Scenario, state: GameState, inputs: ReplayInputs): GameState {
  const r = state.round;
  for (const side of SIDES) {
    if (!isPersonSide(inputs.mode, side)) state = chooseForComputer(scenario, state, side, 'scenario');
  }
  for (const side of SIDES) {
    if (!isPersonSide(inputs.mode, side)) continue;
    const option = inputs.choices[r]?.[side];
    const next = option === undefined ? state : choose(scenario, state, side, option);
    if (next === state) throw new ReplayError('invalid-choice');
    state = next;
  }
  return resolveRound(scenario, state);
}

/**
 * Every state of the replay: the new game, then the state after each round.
 * The viewer steps through these; branching starts a game from one of them.
 */
export function replayStates(scenario: Scenario, inputs: ReplayInputs): GameState[] {
  if (inputs.scenarioId !== scenario.id || inputs.version !== scenario.version) {
    throw new ReplayError('scenario-version');
  }
  if (inputs.rounds > scenario.rounds.length || inputs.choices.length < inputs.rounds) {
    throw new ReplayError('invalid-choice');
  }
  let state = newGame(scenario, inputs.seed, inputs.mode, inputs.settings);
  const states = [state];
  for (let r = 0; r < inputs.rounds; r++) {
    state = playRound(scenario, state, inputs);
    states.push(state);
  }
  return states;
}

/** The state after the replayed rounds: for a complete code, the finished game, as playGame gives it. */
export function replayGame(scenario: Scenario, inputs: ReplayInputs): GameState {
  const states = replayStates(scenario, inputs);
  return states[states.length - 1]!;
}

/** The inputs of the first `rounds` rounds: where a branch starts, and a full code of its own. */
export function truncateInputs(inputs: ReplayInputs, rounds: number): ReplayInputs {
  const kept = Math.max(0, Math.min(rounds, inputs.rounds));
  return { ...inputs, rounds: kept, choices: inputs.choices.slice(0, kept).map((round) => ({ ...round })) };
}
