/* eslint-disable @typescript-eslint/no-unsafe-member-access -- tests edit the fixture's raw JSON; parseScenario then checks it */
import { describe, expect, it } from 'vitest';
import {
  choose, evaluateEnding, newGame, offeredOptions, playGame, resolveRound, hashState, isPersonSide,
  type GameState, type Scenario, type SideId,
} from '../../src/engine/index.ts';
import { fixture } from './helpers.ts';
import { variant } from './variant.ts';

const quiet = variant((j) => { j.eventChance = 0; });

function playRound(s: Scenario, state: GameState, us: string, china: string): GameState {
  return resolveRound(s, choose(s, choose(s, state, 'us', us), 'china', china));
}

describe('newGame', () => {
  it('starts every measure at its start value, at round 0, with a seeded PRNG', () => {
    const s = fixture();
    const g = newGame(s, 42, 'two');
    expect(g.measures).toEqual({ trust: 40, climate: 20, 'us-home': 60, 'china-home': 92 });
    expect(g.round).toBe(0);
    expect(g.rng).toHaveLength(4);
    expect(newGame(s, 42, 'two').rng).toEqual(g.rng);
    expect(newGame(s, 43, 'two').rng).not.toEqual(g.rng);
  });

  it('stores seeds as unsigned 32-bit integers', () => {
    expect(newGame(fixture(), -1, 'us').seed).toBe(0xffffffff);
    expect(newGame(fixture(), -1, 'us').rng).toEqual(newGame(fixture(), 0xffffffff, 'us').rng);
  });
});

describe('resolveRound', () => {
  it('applies the US option, then China, in the order the effects are written, then the rules', () => {
    const g = playRound(quiet, newGame(quiet, 1, 'two'), 'press', 'grievances');
    const rec = g.log[0]!;
    expect(rec.changes.map((c) => [c.cause.kind === 'option' ? c.cause.side : c.cause.kind, c.measure, c.by])).toEqual([
      ['us', 'climate', 5],
      ['us', 'trust', -5],
      ['china', 'trust', -5],
      ['china', 'china-home', 5],
      ['rule', 'trust', -5],
    ]);
    expect(g.measures).toEqual({ trust: 25, climate: 25, 'us-home': 60, 'china-home': 97 });
    expect(rec.measures).toEqual(g.measures);
    expect(g.round).toBe(1);
    expect(g.pending).toEqual({});
  });

  it('clamps to 0–100 and records what was wanted and what was applied', () => {
    let g = playRound(quiet, newGame(quiet, 1, 'two'), 'warm', 'grievances');
    g = playRound(quiet, g, 'link-tech', 'link');
    const change = g.log[1]!.changes.find((c) => c.measure === 'china-home')!;
    expect(change).toMatchObject({ want: 5, by: 3, to: 100 });
    expect(g.measures['china-home']).toBe(100);
  });

  it('checks rule conditions on the measures before the round', () => {
    const at = (trust: number): GameState => ({ ...newGame(quiet, 1, 'two'), round: 1, log: [], measures: { trust, climate: 20, 'us-home': 60, 'china-home': 50 } });
    // China's "link" takes trust down 5 first, but the rule looks at the value before the round.
    expect(playRound(quiet, at(59), 'separate', 'link').log[0]!.rules).toEqual(['clash']);
    expect(playRound(quiet, at(60), 'separate', 'link').log[0]!.rules).toEqual([]);
    const fired = playRound(quiet, at(59), 'separate', 'link').log[0]!.changes.at(-1)!;
    expect(fired).toMatchObject({ measure: 'trust', by: -5, cause: { kind: 'rule', id: 'clash' } });
  });

  it('sets flags from options and rules, once each', () => {
    let g = playRound(quiet, newGame(quiet, 1, 'two'), 'warm', 'welcome');
    g = playRound(quiet, g, 'link-tech', 'methane');
    expect(g.flags).toEqual(['bridge']);
    const h = playRound(quiet, playRound(quiet, newGame(quiet, 1, 'two'), 'warm', 'welcome'), 'separate', 'link');
    expect(h.flags).toEqual(['kept-separate']);
  });

  it('returns the same state while a choice is missing', () => {
    const g = choose(quiet, newGame(quiet, 1, 'two'), 'us', 'warm');
    expect(resolveRound(quiet, g)).toBe(g);
  });

  it('sets the ending after the last round and offers nothing more', () => {
    const g = playGame(quiet, 1, 'two', [{ us: 'warm', china: 'welcome' }, { us: 'separate', china: 'methane' }, { us: 'statement', china: 'statement' }]);
    expect(g.round).toBe(3);
    expect(g.ending).toBe('joint');
    expect(offeredOptions(quiet, g, 'us')).toEqual([]);
    expect(resolveRound(quiet, g)).toBe(g);
  });
});

describe('events', () => {
  it('never fire when eventChance is 0', () => {
    for (let seed = 0; seed < 200; seed++) {
      const g = playGame(quiet, seed, 'two', [{ us: 'warm', china: 'welcome' }, { us: 'separate', china: 'link' }, { us: 'statement', china: 'statement' }]);
      expect(g.log.every((r) => r.event === null)).toBe(true);
    }
  });

  it('fire at most once per game, only when their condition holds, and apply after the rules', () => {
    const always = variant((j) => { j.eventChance = 100; });
    for (let seed = 0; seed < 200; seed++) {
      const g = playGame(always, seed, 'two', [{ us: 'warm', china: 'welcome' }, { us: 'separate', china: 'link' }, { us: 'statement', china: 'statement' }]);
      // Only "heat" may fire in the dinner round; both events then fire exactly once.
      expect(g.log[0]!.event).toBe('heat');
      expect(g.log.map((r) => r.event).filter((e) => e !== null).sort()).toEqual(['hearing', 'heat']);
      expect(new Set(g.fired).size).toBe(g.fired.length);
      expect(g.flags).toContain('heat');
      expect(g.log[0]!.changes.at(-1)!.cause).toEqual({ kind: 'event', id: 'heat' });
    }
  });

  it('are drawn by weight among those eligible', () => {
    const both = variant((j) => { j.eventChance = 100; j.events[0].when = { rounds: ['talks'] }; });
    let heat = 0;
    const n = 3000;
    for (let seed = 0; seed < n; seed++) {
      const g = playRound(both, playRound(both, newGame(both, seed, 'two'), 'warm', 'welcome'), 'separate', 'link');
      if (g.log[1]!.event === 'heat') heat++;
    }
    // Weights 2 and 1: heat about two thirds of the time.
    expect(heat / n).toBeGreaterThan(0.62);
    expect(heat / n).toBeLessThan(0.71);
  });

  it('fire at about eventChance percent', () => {
    let fired = 0;
    const s = fixture(); // eventChance 50
    for (let seed = 0; seed < 2000; seed++) {
      if (playRound(s, newGame(s, seed, 'two'), 'warm', 'welcome').log[0]!.event !== null) fired++;
    }
    expect(fired / 2000).toBeGreaterThan(0.45);
    expect(fired / 2000).toBeLessThan(0.55);
  });
});

describe('evaluateEnding', () => {
  const s = quiet;
  const ended = (measures: Record<string, number>): GameState => ({ ...newGame(s, 1, 'two'), measures });
  it('takes the first ending whose condition holds', () => {
    expect(evaluateEnding(s, ended({ trust: 50, climate: 50, 'us-home': 30, 'china-home': 50 }))).toBe('joint');
    expect(evaluateEnding(s, ended({ trust: 50, climate: 40, 'us-home': 30, 'china-home': 50 }))).toBe('home-collapse');
    expect(evaluateEnding(s, ended({ trust: 40, climate: 40, 'us-home': 41, 'china-home': 50 }))).toBe('unstuck');
    expect(evaluateEnding(s, ended({ trust: 39, climate: 40, 'us-home': 41, 'china-home': 50 }))).toBe('frozen');
  });
});

describe('choose', () => {
  const s = quiet;
  it('records a person\'s choice in a new state', () => {
    const g = newGame(s, 1, 'us');
    const h = choose(s, g, 'us', 'warm');
    expect(h).not.toBe(g);
    expect(h.pending).toEqual({ us: 'warm' });
    expect(g.pending).toEqual({});
  });

  it.each<[string, (g: GameState) => GameState]>([
    ['an option not offered this round', (g) => choose(s, g, 'us', 'separate')],
    ['an option of the other side', (g) => choose(s, g, 'us', 'welcome')],
    ['the computer\'s side', (g) => choose(s, g, 'china', 'welcome')],
    ['a second choice', (g) => { const h = choose(s, g, 'us', 'warm'); return choose(s, h, 'us', 'press') === h ? g : h; }],
    ['an unknown side', (g) => choose(s, g, 'russia' as SideId, 'warm')],
    ['a non-string option', (g) => choose(s, g, 'us', 7 as unknown as string)],
  ])('refuses %s by returning the same state', (_, act) => {
    const g = newGame(s, 1, 'us');
    expect(act(g)).toBe(g);
  });

  it('refuses every choice once the game is over', () => {
    const g = playGame(s, 1, 'two', [{ us: 'warm', china: 'welcome' }, { us: 'separate', china: 'link' }, { us: 'statement', china: 'statement' }]);
    expect(choose(s, g, 'us', 'statement')).toBe(g);
  });

  it('knows who is a person', () => {
    expect([isPersonSide('us', 'us'), isPersonSide('us', 'china'), isPersonSide('china', 'china'), isPersonSide('two', 'us'), isPersonSide('two', 'china')]).toEqual([true, false, true, true, true]);
  });
});

describe('playGame', () => {
  const s = fixture();
  it('is a pure function of scenario, seed and choices', () => {
    const choices = [{ us: 'press' }, { us: 'link-tech' }, { us: 'keep-meeting' }];
    const a = playGame(s, 9, 'us', choices);
    const b = playGame(s, 9, 'us', choices);
    expect(hashState(a)).toBe(hashState(b));
    expect(a).toEqual(b);
    expect(a.ending).not.toBeNull();
  });

  it('throws a clear error when a person\'s choice is missing or not offered', () => {
    expect(() => playGame(s, 1, 'us', [{ us: 'warm' }])).toThrow(/no choice for us in round 2 \("talks"\)/);
    expect(() => playGame(s, 1, 'two', [{ us: 'warm', china: 'nope' }])).toThrow(/"nope" is not an option for china in round 1/);
  });
});
