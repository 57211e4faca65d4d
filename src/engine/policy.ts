/**
 * How the computer plays a side. A policy scores each offered option with
 * integers only; the highest score wins and ties are broken by the seeded PRNG,
 * so a class can trace exactly why the computer acted as it did.
 */
import type { Policy, Scenario, SideId } from './schema.ts';
import type { GameState } from './types.ts';
import { indexOf, type OptionInfo } from './lookup.ts';
import { draws, type Draws } from './rng.ts';
import { isOver, isPersonSide, refusal, withChoice } from './rules.ts';

export const POLICY_NAMES = ['scenario', 'random', 'separate', 'link', 'history'] as const;
export type PolicyName = (typeof POLICY_NAMES)[number];

export function isPolicyName(name: unknown): name is PolicyName {
  return typeof name === 'string' && (POLICY_NAMES as readonly string[]).includes(name);
}

/** Σ weight·effect + linkage·(links − separates) + history bonus + noise in [0, noise]. */
function policyScore(policy: Policy, info: OptionInfo, d: Draws): number {
  let score = policy.linkage * (info.links - info.separates);
  for (const { measure, by } of info.steps) score += (policy.weights[measure] ?? 0) * by;
  if (info.option.historical) score += policy.history;
  if (policy.noise > 0) score += d.int(0, policy.noise);
  return score;
}

function scoreOf(policy: Exclude<PolicyName, 'random'> | Policy, info: OptionInfo, d: Draws, own: Policy): number {
  switch (policy) {
    case 'separate':
      return info.separates;
    case 'link':
      return info.links;
    case 'history':
      return info.option.historical ? 1 : 0;
    case 'scenario':
      return policyScore(own, info, d);
    default:
      return policyScore(policy, info, d);
  }
}

/** Which option the computer picks for a side in the current round, and the advanced PRNG state. */
export function computerChoice(
  scenario: Scenario,
  state: GameState,
  side: SideId,
  policy: PolicyName | Policy,
): { option: string; rng: number[] } {
  if (isOver(scenario, state)) throw new Error('computerChoice: the game is over');
  const options = [...indexOf(scenario).options[state.round]![side].values()];
  const d = draws(state.rng);
  if (policy === 'random') {
    return { option: options[d.int(0, options.length - 1)]!.option.id, rng: d.state() };
  }
  let best: OptionInfo[] = [];
  let bestScore = -Infinity;
  for (const info of options) {
    const score = scoreOf(policy, info, d, scenario.policies[side]);
    if (score > bestScore) {
      bestScore = score;
      best = [info];
    } else if (score === bestScore) best.push(info);
  }
  const pick = best.length === 1 ? best[0]! : best[d.int(0, best.length - 1)]!;
  return { option: pick.option.id, rng: d.state() };
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
