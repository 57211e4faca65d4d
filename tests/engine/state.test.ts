/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call -- tests corrupt saved games as raw JSON */
import { describe, expect, it } from 'vitest';
import { newGame, playGame, validateGameState, StateError, choose, type Problem } from '../../src/engine/index.ts';
import { fixture } from './helpers.ts';
import type { Json } from './variant.ts';

const s = fixture();
const finished = playGame(s, 8, 'two', [{ us: 'warm', china: 'welcome' }, { us: 'separate', china: 'link' }, { us: 'statement', china: 'statement' }]);

function problemsOf(change: (g: Json) => void, from: unknown = finished): Problem[] {
  const g: unknown = JSON.parse(JSON.stringify(from));
  change(g as Json);
  try {
    validateGameState(s, g);
  } catch (e) {
    if (e instanceof StateError) return e.problems;
    throw e;
  }
  return [];
}

describe('validateGameState', () => {
  it('accepts games at every stage, through JSON', () => {
    for (const g of [newGame(s, 1, 'us'), choose(s, newGame(s, 1, 'two'), 'us', 'warm'), finished]) {
      expect(validateGameState(s, JSON.parse(JSON.stringify(g)))).toEqual(g);
    }
  });

  it.each<[string, (g: Json) => void, string]>([
    ['another scenario', (g) => { g.scenario = 'other'; }, 'scenario'],
    ['another version', (g) => { g.version = 2; }, 'version'],
    ['a measure above 100', (g) => { g.measures.trust = 101; }, 'measures.trust'],
    ['a missing measure', (g) => { delete g.measures.trust; }, 'measures'],
    ['a fractional measure', (g) => { g.measures.trust = 40.5; }, 'measures.trust'],
    ['a round out of range', (g) => { g.round = 9; }, 'round'],
    ['a log that does not match the round', (g) => { g.log.pop(); }, 'log'],
    ['an unknown option in the log', (g) => { g.log[0].choices.us = 'shout'; }, 'log[0].choices.us'],
    ['an unknown ending', (g) => { g.ending = 'utopia'; }, 'ending'],
    ['an unknown event', (g) => { g.fired = ['quake']; }, 'fired[0]'],
    ['an extra key', (g) => { g.cheat = true; }, ''],
    ['a short PRNG state', (g) => { g.rng = [1, 2]; }, 'rng'],
  ])('refuses %s', (_, change, path) => {
    expect(problemsOf(change).map((p) => p.path)).toContain(path);
  });

  it('refuses a pending choice that is not offered', () => {
    expect(problemsOf((g) => { g.pending = { us: 'separate' }; }, newGame(s, 1, 'two')).map((p) => p.path)).toContain('pending.us');
  });

  it('refuses non-objects', () => {
    for (const bad of [null, 'x', 3, []]) expect(() => validateGameState(s, bad)).toThrow(StateError);
  });
});
