import { describe, expect, it } from 'vitest';
import {
  chooseForComputer, computerChoice, choose, newGame, resolveRound, POLICY_NAMES, type GameState, type Policy, type PolicyName, type SideId,
} from '../../src/engine/index.ts';
import { fixture } from './helpers.ts';

const s = fixture();
/** A two-player game at the delegation talks (round 2), for a given seed. */
function atTalks(seed: number): GameState {
  return resolveRound(s, choose(s, choose(s, newGame(s, seed, 'two'), 'us', 'warm'), 'china', 'welcome'));
}
function picks(side: SideId, policy: PolicyName | Policy, seeds = 300): Set<string> {
  const seen = new Set<string>();
  for (let seed = 0; seed < seeds; seed++) seen.add(computerChoice(s, atTalks(seed), side, policy).option);
  return seen;
}

describe('computerChoice', () => {
  it('"separate" takes the option with most separate stances', () => {
    expect(picks('us', 'separate')).toEqual(new Set(['separate']));
  });

  it('"link" takes the option with most link stances', () => {
    expect(picks('us', 'link')).toEqual(new Set(['link-tech']));
    expect(picks('china', 'link')).toEqual(new Set(['link']));
  });

  it('breaks ties with the seeded PRNG', () => {
    // Neither China option keeps an issue separate: a tie, so both get picked over many seeds.
    expect(picks('china', 'separate')).toEqual(new Set(['link', 'methane']));
  });

  it('"history" takes the historical option', () => {
    expect(picks('us', 'history')).toEqual(new Set(['separate']));
    expect(picks('china', 'history')).toEqual(new Set(['link']));
  });

  it('"random" can take every option', () => {
    expect(picks('us', 'random')).toEqual(new Set(['separate', 'link-tech']));
  });

  it('"scenario" follows the side\'s policy: weights, linkage and history bonus', () => {
    // US: separate scores 3·5 + 2·5 + 10 (linkage) + 5 (history) = 40 + noise ≤ 10; link-tech scores −15 + noise.
    expect(picks('us', 'scenario')).toEqual(new Set(['separate']));
  });

  it('accepts a policy object', () => {
    const linker: Policy = { weights: {}, linkage: 10, noise: 0, history: 0, explain: 'Links everything.' };
    expect(picks('us', linker)).toEqual(new Set(['link-tech']));
  });

  it('is pure: the same state gives the same pick and PRNG state, and the input is untouched', () => {
    const g = atTalks(5);
    const before = g.rng.slice();
    for (const policy of POLICY_NAMES) {
      expect(computerChoice(s, g, 'china', policy)).toEqual(computerChoice(s, g, 'china', policy));
    }
    expect(g.rng).toEqual(before);
    expect(computerChoice(s, g, 'china', 'random').rng).not.toEqual(before);
  });

  it('throws once the game is over', () => {
    const over = { ...atTalks(1), round: 3 };
    expect(() => computerChoice(s, over, 'us', 'random')).toThrow(/over/);
  });
});

describe('chooseForComputer', () => {
  it('chooses only for the computer\'s side, once', () => {
    const g = newGame(s, 3, 'us');
    expect(chooseForComputer(s, g, 'us')).toBe(g);
    const h = chooseForComputer(s, g, 'china');
    expect(h.pending.china).toBeDefined();
    expect(chooseForComputer(s, h, 'china')).toBe(h);
  });
});
