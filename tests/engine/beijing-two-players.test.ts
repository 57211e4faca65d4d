/**
 * Reachability of the Beijing, July 2023 scenario in mode 'two': every
 * combination of both people's choices (16^6 ≈ 16.8 million choice sequences
 * per seed), walked exhaustively by the engine's `explore` with no budget.
 *
 * The walk is a proof, not a sample: states with the same measures, flags,
 * fired events and PRNG state at the same round have the same future (the
 * rules read nothing else), so merging them loses no path. About 317,000
 * distinct states remain before the last round; the walk takes ~25 s per seed.
 * The one-person modes are walked in beijing-balance.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Scenario, explore } from '../../src/engine/index.ts';
import { BEIJING_PATH } from './helpers.ts';

const scenario = Scenario.parse(JSON.parse(readFileSync(BEIJING_PATH, 'utf8')));
const SEEDS = process.env.TWO_PLAYER_SEEDS ? process.env.TWO_PLAYER_SEEDS.split(',').map(Number) : [1, 2, 3];
const ENDINGS = scenario.endings.map((e) => e.id).sort();

describe('beijing-2023 reachability, two players (exhaustive over both people’s choices)', () => {
  it.each(SEEDS)('seed %i: every ending is reached, every path ends, nothing is clamped out of range', (seed) => {
    const walk = explore(scenario, [seed], Infinity);
    expect(walk.exhaustive).toBe(true);
    expect([...walk.endings.keys()].sort()).toEqual(ENDINGS);
    // No dead end: every resolution of the last round, from every distinct state, produced an ending.
    const ended = [...walk.endings.values()].reduce((a, b) => a + b, 0);
    const lastRound = scenario.rounds.at(-1)!;
    expect(ended % (lastRound.options.us.length * lastRound.options.china.length)).toBe(0);
    expect(ended).toBeGreaterThan(1_000_000);
    // Far more resolutions than a sampled walk would make (the default budget is 100,000).
    expect(walk.resolutions).toBeGreaterThan(ended);
    // Measures stay in 0–100 because changes are clamped; the scenario is written so that no clamp is large.
    for (const c of walk.clamps) expect(Math.abs(c.want - c.by), `${c.round} ${c.measure} ${c.cause.id}`).toBeLessThanOrEqual(30);
  }, 300_000);
});
