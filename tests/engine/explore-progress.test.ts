/** The walk tells a caller how far it has got while it runs, so a worker's progress bar moves during a long walk. */
import { describe, expect, it } from 'vitest';
import { balanceWarnings, checkScenario, EXPLORE_SEEDS, explore, parseScenarioText, WALK_STEPS } from '../../src/engine/index.ts';
import { fixture } from './helpers.ts';
import { bigScenario } from './fixtures/hostile.ts';

const wide = parseScenarioText(bigScenario(30, 50));

/** Each report with the number of resolutions asked for so far (stop() is asked once before each). */
function watched(run: (limits: { stop: () => boolean; progress: (done: number, total: number) => void }) => unknown) {
  let asked = 0;
  const reports: { done: number; total: number; asked: number }[] = [];
  run({ stop: () => (asked++, false), progress: (done, total) => reports.push({ done, total, asked }) });
  return { reports, asked };
}

describe('the walk\'s progress', () => {
  it('moves on during the walk, in growing steps, and ends at WALK_STEPS', () => {
    const { reports, asked } = watched((limits) => explore(wide, EXPLORE_SEEDS, 20_000, limits));
    const steps = reports.map((r) => r.done);
    expect(reports.every((r) => r.total === WALK_STEPS)).toBe(true);
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeGreaterThan(steps[i - 1]!);
    expect(steps.at(-1)).toBe(WALK_STEPS);
    // Not only at the end, nor only between seeds: hundreds of reports, spread over the resolutions.
    expect(reports.length).toBeGreaterThan(100);
    const halfway = reports.find((r) => r.done >= WALK_STEPS / 2)!;
    expect(halfway.asked).toBeGreaterThan(asked * 0.3);
    expect(halfway.asked).toBeLessThan(asked * 0.7);
    const midSeed = reports.filter((r) => r.done > 0 && r.done < WALK_STEPS / EXPLORE_SEEDS.length);
    expect(midSeed.length).toBeGreaterThan(10);
  });

  it('moves on through the levels of a walk that goes to its end', () => {
    const { reports } = watched((limits) => explore(fixture(), EXPLORE_SEEDS, 100_000, limits));
    expect(reports.length).toBeGreaterThan(EXPLORE_SEEDS.length);
    expect(reports.at(-1)?.done).toBe(WALK_STEPS);
    expect(new Set(reports.map((r) => r.done)).size).toBe(reports.length);
  });

  it('changes nothing in the walk it watches', () => {
    const plain = explore(wide, EXPLORE_SEEDS, 5_000);
    expect(explore(wide, EXPLORE_SEEDS, 5_000, { progress: () => undefined })).toEqual(plain);
  });

  it('says a remembered walk is done at once, and checkScenario passes the reports on', () => {
    const scenario = fixture();
    const first: number[] = [];
    expect(checkScenario(scenario, { progress: (done) => first.push(done) })).toEqual([]);
    const again: number[] = [];
    expect(checkScenario(scenario, { progress: (done) => again.push(done) })).toEqual([]);
    expect(first.length).toBeGreaterThan(1);
    expect(again).toEqual([WALK_STEPS]);
  });
});

describe('the balance walk\'s progress', () => {
  it('moves on in growing steps while the strategies and games are played, and changes no warning', () => {
    const scenario = fixture();
    const steps: number[] = [];
    const warned = balanceWarnings(scenario, 4, 100, (done, total) => {
      expect(total).toBe(WALK_STEPS);
      steps.push(done);
    });
    expect(steps.length).toBeGreaterThan(20);
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeGreaterThan(steps[i - 1]!);
    expect(steps.at(-1)).toBe(WALK_STEPS);
    expect(balanceWarnings(scenario, 4, 100)).toEqual(warned);
  });

  it('says it is done at once when the strategy tree is too big to walk', () => {
    const steps: number[] = [];
    const warned = balanceWarnings(wide, 8, 400, (done) => steps.push(done));
    expect(warned[0]?.message).toContain('too many fixed strategies');
    expect(steps).toEqual([WALK_STEPS]);
  });
});
