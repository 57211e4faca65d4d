/** The walk's limits: a hard budget of round resolutions per seed, and a caller's stop(). */
import { describe, expect, it } from 'vitest';
import { EXPLORE_SEEDS, explore, parseScenarioText } from '../../src/engine/index.ts';
import { fixture } from './helpers.ts';
import { bigScenario } from './fixtures/hostile.ts';

const wide = parseScenarioText(bigScenario(30, 50));

describe('explore within limits', () => {
  it('keeps to its budget on a file whose single level costs more than the budget', () => {
    const walk = explore(wide, EXPLORE_SEEDS, 2000);
    expect(walk.resolutions).toBe(2000);
    expect(walk.stoppedBy).toBe('budget');
    expect(walk.exhaustive).toBe(false);
    // Deterministic: the same limits give the same walk.
    expect(explore(wide, EXPLORE_SEEDS, 2000)).toEqual(walk);
  });

  it('gives each seed its share, so every seed is walked', () => {
    const one = explore(wide, [1], 500);
    const four = explore(wide, [1, 2, 3, 4], 2000);
    expect(four.resolutions).toBe(4 * one.resolutions);
  });

  it('stops the whole walk when stop() says so, asked before each resolution', () => {
    let asked = 0;
    const walk = explore(wide, EXPLORE_SEEDS, 100_000, { stop: () => ++asked > 300 });
    expect(walk).toMatchObject({ stoppedBy: 'stop', exhaustive: false, resolutions: 300 });
    expect(asked).toBe(301);
  });

  it('says nothing about stopping when the walk went to the end', () => {
    const walk = explore(fixture(), EXPLORE_SEEDS, 100_000, { stop: () => false });
    expect(walk.exhaustive).toBe(true);
    expect(walk.stoppedBy).toBeUndefined();
    expect(walk.endings.size).toBeGreaterThan(1);
  });
});
