/**
 * How the computer plays a side. A policy scores each offered option with
 * integers only; the highest score wins and ties are broken by the seeded PRNG,
 * so a class can trace exactly why the computer acted as it did.
 */
import type { Policy, Scenario, SideId } from './schema.ts';
import type { GameState } from './types.ts';
import { baseScore, indexOf, type OptionInfo } from './lookup.ts';
import { draws, type Draws } from './rng.ts';
import { isOver, isPersonSide, refusal, withChoice } from './rules.ts';
import { pickIndex, traitsOf, type OptionScore, type View } from './model/counterpart.ts';

export const POLICY_NAMES = ['scenario', 'random', 'separate', 'link', 'history'] as const;
export type PolicyName = (typeof POLICY_NAMES)[number];

export function isPolicyName(name: unknown): name is PolicyName {
  return typeof name === 'string' && (POLICY_NAMES as readonly string[]).includes(name);
}

/** Base score + noise in [0, noise]. */
function scoreOf(policy: Exclude<PolicyName, 'random'> | Policy, info: OptionInfo, d: Draws, own: Policy): number {
  switch (policy) {
    case 'separate':
      return info.separates;
    case 'link':
      return info.links;
    case 'history':
      return info.option.historical ? 1 : 0;
    case 'scenario':
      return own.noise > 0 ? info.ownScore + d.int(0, own.noise) : info.ownScore;
    default:
      // A policy passed in may be built on the fly (or changed between calls): score it afresh.
      return policy.noise > 0 ? baseScore(policy, info) + d.int(0, policy.noise) : baseScore(policy, info);
  }
}

/** Reused between calls (never re-entered): the options tied for the best score. */
const best: OptionInfo[] = [];

/** What the scenario's own computer sees of the game when it chooses for a side. */
function viewOf(scenario: Scenario, state: GameState, side: SideId): View {
  const policy = scenario.policies[side];
  const measure = policy.temperament?.walkMeasure;
  return {
    temper: state.model.temper[side],
    setting: state.model.settings.temperament,
    other: state.model.memory[side === 'us' ? 'china' : 'us'],
    walkValue: measure === undefined ? 100 : (state.measures[measure] ?? 100),
    lastRound: state.round === scenario.rounds.length - 1,
    history: policy.history,
  };
}

/**
 * The option the computer picks for a side in the state's round, drawing from a live PRNG cursor.
 * Simulations keep one cursor for a whole game; the draws are the same as `computerChoice` makes.
 */
export function pickOption(scenario: Scenario, state: GameState, side: SideId, policy: PolicyName | Policy, d: Draws): OptionInfo {
  const roundIndex = state.round;
  const options = indexOf(scenario).optionList[roundIndex]![side];
  if (policy === 'random') return options[d.int(0, options.length - 1)]!;
  if (policy === 'scenario') return options[pickIndex(traitsOf(scenario)[roundIndex]![side], viewOf(scenario, state, side), d)]!;
  const own = scenario.policies[side];
  best.length = 0;
  let bestScore = -Infinity;
  for (const info of options) {
    const score = scoreOf(policy, info, d, own);
    if (score > bestScore) {
      bestScore = score;
      best.length = 0;
      best.push(info);
    } else if (score === bestScore) best.push(info);
  }
  return best.length === 1 ? best[0]! : best[d.int(0, best.length - 1)]!;
}

/** Which option the computer picks for a side in the current round, and the advanced PRNG state. */
export function computerChoice(
  scenario: Scenario,
  state: GameState,
  side: SideId,
  policy: PolicyName | Policy,
): { option: string; rng: number[] } {
  if (isOver(scenario, state)) throw new Error('computerChoice: the game is over');
  const d = draws(state.rng);
  const pick = pickOption(scenario, state, side, policy, d);
  return { option: pick.option.id, rng: d.state() };
}

/** Why the scenario's computer picks what it picks for a side now: every option's score, part by part. */
export interface Explanation {
  round: string;
  side: SideId;
  chosen: string;
  scores: OptionScore[];
}

/** Recomputes the computer's choice for a side in the state's round, with the same draws, keeping its reasons. */
export function explainChoice(scenario: Scenario, state: GameState, side: SideId): Explanation {
  if (isOver(scenario, state)) throw new Error('explainChoice: the game is over');
  const scores: OptionScore[] = [];
  const options = traitsOf(scenario)[state.round]![side];
  const i = pickIndex(options, viewOf(scenario, state, side), draws(state.rng), scores);
  return { round: scenario.rounds[state.round]!.id, side, chosen: options[i]!.id, scores };
}

/** Lets the computer choose for a side it plays; the same state if that side is a person's or has chosen. */
export function chooseForComputer(
  scenario: Scenario,
  state: GameState,
  side: SideId,
  policy: PolicyName | Policy = 'scenario',
): GameState {
  if (isPersonSide(state.mode, side) || isOver(scenario, state) || state.pending[side] !== undefined) return state;
  const { option, rng } = computerChoice(scenario, state, side, policy);
  if (refusal(scenario, state, side, option, false) !== null) return state;
  return withChoice(state, side, option, rng);
}
