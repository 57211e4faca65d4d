/**
 * The walk behind `npm run balance`: every fixed strategy of one side (one
 * option per round, chosen in advance) against the computer on the other side,
 * for each seed. Strategies share prefixes, so the walk is a depth-first tree
 * over the person's choices: each round is resolved once per distinct prefix,
 * not once per strategy. It uses only the public rules, as a game would.
 */
import type { Scenario, SideId } from '../schema.ts';
import type { GameState } from '../types.ts';
import { choose, newGame, resolveRound } from '../rules.ts';
import { chooseForComputer } from '../policy.ts';

export interface SideWalk {
  side: SideId;
  seeds: readonly number[];
  /** Per round, how many options the person has. Strategy index = mixed radix, round 0 most significant. */
  radix: number[];
  strategies: number;
  /** Ending index (scenario order) of strategy i on seed s, at i * seeds.length + s. */
  endings: Uint8Array;
  /** Per round, per computer option, games (strategy × seed) in which the computer chose it. */
  computer: number[][];
  /** Per round ≥ 1: the computer's choices after a round the person linked in [1] or did not [0]. */
  after: number[][][];
  /** Last round: (game, other last choice) pairs whose ending differs from the game's, out of all pairs. */
  lastChanged: number;
  lastPairs: number;
}

/** Whether an option takes the stance "link" on any issue. */
export function linksAny(option: { stances: Record<string, string> }): boolean {
  for (const id in option.stances) if (option.stances[id] === 'link') return true;
  return false;
}

/** `tick`, if given, is called after each round resolution (a caller's progress bar). */
export function walkSide(scenario: Scenario, side: SideId, seeds: readonly number[], tick?: () => void): SideWalk {
  const other: SideId = side === 'us' ? 'china' : 'us';
  const rounds = scenario.rounds;
  const radix = rounds.map((r) => r.options[side].length);
  const strategies = radix.reduce((a, b) => a * b, 1);
  if (strategies > 1_000_000) throw new Error(`balance: ${side} has ${strategies} strategies, too many to walk`);
  // below[r]: strategies that share one prefix of r rounds.
  const below = radix.map((_, r) => radix.slice(r).reduce((a, b) => a * b, 1));
  const endingIndex = new Map(scenario.endings.map((e, i) => [e.id, i]));
  const computerIndex = rounds.map((r) => new Map(r.options[other].map((o, i) => [o.id, i])));
  const linking = rounds.map((r) => r.options[side].map(linksAny));
  const walk: SideWalk = {
    side,
    seeds,
    radix,
    strategies,
    endings: new Uint8Array(strategies * seeds.length),
    computer: rounds.map((r) => r.options[other].map(() => 0)),
    after: rounds.map((r) => [r.options[other].map(() => 0), r.options[other].map(() => 0)]),
    lastChanged: 0,
    lastPairs: 0,
  };
  const last = rounds.length - 1;
  const lastEndings: number[] = [];

  const visit = (state: GameState, r: number, prefix: number, linkedBefore: boolean, s: number): void => {
    const withComputer = chooseForComputer(scenario, state, other);
    const pick = computerIndex[r]!.get(withComputer.pending[other]!)!;
    walk.computer[r]![pick]! += below[r]!;
    if (r > 0) walk.after[r]![linkedBefore ? 1 : 0]![pick]! += below[r]!;
    const options = rounds[r]!.options[side];
    if (r === last) lastEndings.length = 0;
    for (let o = 0; o < options.length; o++) {
      const done = resolveRound(scenario, choose(scenario, withComputer, side, options[o]!.id));
      tick?.();
      const strategy = prefix * radix[r]! + o;
      if (r < last) {
        visit(done, r + 1, strategy, linking[r]![o]!, s);
        continue;
      }
      const e = endingIndex.get(done.ending!)!;
      walk.endings[strategy * seeds.length + s] = e;
      lastEndings.push(e);
    }
    if (r === last) {
      for (const a of lastEndings) for (const b of lastEndings) if (a !== b) walk.lastChanged++;
      walk.lastPairs += lastEndings.length * (lastEndings.length - 1);
    }
  };
  seeds.forEach((seed, s) => visit(newGame(scenario, seed, side), 0, 0, false, s));
  return walk;
}

/** The option indices of a strategy, round by round. */
export function strategyChoices(walk: SideWalk, strategy: number): number[] {
  const out = new Array<number>(walk.radix.length);
  for (let r = walk.radix.length - 1; r >= 0; r--) {
    out[r] = strategy % walk.radix[r]!;
    strategy = Math.floor(strategy / walk.radix[r]!);
  }
  return out;
}
