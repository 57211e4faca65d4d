/** Class results: loading and aggregating generated sets of games. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODES, Scenario as ScenarioSchema, playGame, type Mode, type Scenario, type SideId, type GameState } from '../../src/engine/index.ts';
import { encodeReplay } from '../../src/engine/replay/index.ts';
import { aggregate, loadClassGames, parseClassInput, percentOf, meanTenths, type ClassGame } from '../../src/engine/class/index.ts';
import { BEIJING_PATH } from './helpers.ts';

const S: Scenario = ScenarioSchema.parse(JSON.parse(readFileSync(BEIJING_PATH, 'utf8')));
const lookup = new Map([[S.id, S]]);

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0);
}

type Choices = Array<Partial<Record<SideId, string>>>;
const historical: Choices = S.rounds.map((r) => ({
  us: r.options.us.find((o) => o.historical)!.id,
  china: r.options.china.find((o) => o.historical)!.id,
}));

/** `count` finished games with random people's choices, seeds and modes (computer sides play the scenario's policy, as replays do). */
function randomGames(count: number, seed: number): GameState[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const mode: Mode = MODES[next() % MODES.length]!;
    const choices: Choices = S.rounds.map((r) => ({
      us: r.options.us[next() % r.options.us.length]!.id,
      china: r.options.china[next() % r.options.china.length]!.id,
    }));
    return playGame(S, next(), mode, choices);
  });
}

function load(states: GameState[]): ClassGame[] {
  const text = states.map((g, i) => `Student ${i + 1}: ${encodeReplay(S, g)}`).join('\n');
  const input = parseClassInput(text);
  expect(input.problems).toEqual([]);
  const { games, problems } = loadClassGames(input.entries, lookup);
  expect(problems).toEqual([]);
  return games;
}

describe('integer percentages and means', () => {
  it('rounds halves up and handles zero', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(1, 8)).toBe(13); // 12.5 → 13
    expect(percentOf(1, 200)).toBe(1); // 0.5 → 1
    expect(percentOf(0, 0)).toBe(0);
    expect(meanTenths(1045, 20)).toBe(523); // 52.25 → 52.3
    expect(meanTenths(10, 3)).toBe(33); // 3.33 → 3.3
    expect(meanTenths(5, 0)).toBe(0);
  });
});

describe('aggregate over 200 generated games', () => {
  const states = randomGames(200, 7);
  const games = load(states);
  const summary = aggregate(S, games);

  it('counts every game and every ending', () => {
    expect(summary.games).toBe(200);
    expect(summary.endings.map((e) => e.id)).toEqual(S.endings.map((e) => e.id));
    expect(summary.endings.reduce((a, e) => a + e.count, 0)).toBe(200);
    for (const e of summary.endings) expect(e.count).toBe(states.filter((g) => g.ending === e.id).length);
    expect(summary.endings.filter((e) => e.count > 0).length).toBeGreaterThan(1); // the set is varied enough to test anything
    expect(summary.otherScenario).toEqual([]);
  });

  it('option shares per round and side sum to the games, percentages to 100 ± rounding', () => {
    summary.rounds.forEach((round, r) => {
      expect(round.id).toBe(S.rounds[r]!.id);
      for (const side of ['us', 'china'] as const) {
        const shares = round.sides[side];
        expect(shares.options.reduce((a, o) => a + o.count, 0)).toBe(200);
        const pct = shares.options.reduce((a, o) => a + o.percent, 0);
        expect(Math.abs(pct - 100)).toBeLessThanOrEqual(shares.options.length / 2);
        for (const o of shares.options) {
          expect(o.count).toBe(states.filter((g) => g.log[r]!.choices[side] === o.id).length);
          expect(o.percent).toBe(Math.round((100 * o.count) / 200));
        }
        expect(shares.people).toBe(states.filter((g) => g.mode === 'two' || g.mode === side).length);
        expect(shares.options.reduce((a, o) => a + o.byPeople, 0)).toBe(shares.people);
        for (const issue of shares.issues) {
          const values = Object.values(issue.stances);
          expect(values.reduce((a, s) => a + s.count, 0)).toBe(200);
          expect(Math.abs(values.reduce((a, s) => a + s.percent, 0) - 100)).toBeLessThanOrEqual(2);
          const links = states.filter((g) => {
            const option = S.rounds[r]!.options[side].find((o) => o.id === g.log[r]!.choices[side])!;
            return option.stances[issue.id] === 'link';
          }).length;
          expect(issue.stances.link.count).toBe(links);
        }
      }
    });
  });

  it('means equal a straightforward recomputation', () => {
    for (const m of summary.measures) {
      expect(m.start).toBe(S.measures.find((x) => x.id === m.id)!.start);
      expect(m.meanTenths).toHaveLength(S.rounds.length);
      m.meanTenths.forEach((tenths, r) => {
        const mean = states.reduce((a, g) => a + g.log[r]!.measures[m.id]!, 0) / states.length;
        expect(tenths).toBe(Math.round(mean * 10));
      });
    }
  });

  it('lists every game by closeness to history, ordered by share of differences, then count, then line', () => {
    expect(summary.closest).toHaveLength(200);
    for (let i = 1; i < summary.closest.length; i++) {
      const a = summary.closest[i - 1]!;
      const b = summary.closest[i]!;
      const ra = a.distance / a.compared;
      const rb = b.distance / b.compared;
      expect(ra < rb || (ra === rb && (a.distance < b.distance || (a.distance === b.distance && a.line < b.line)))).toBe(true);
    }
    for (const c of summary.closest) {
      const g = states[c.line - 1]!;
      expect(c.compared).toBe(g.mode === 'two' ? 12 : 6);
      const sides: SideId[] = g.mode === 'two' ? ['us', 'china'] : [g.mode];
      const differ = g.log.reduce((a, rec, r) => a + sides.filter((s) => rec.choices[s] !== historical[r]![s]).length, 0);
      expect(c.distance).toBe(differ);
    }
  });
});

describe('closest to history', () => {
  it('puts a game that plays exactly the historical options first, at distance 0', () => {
    const states = randomGames(30, 99);
    const real = playGame(S, 12345, 'two', historical);
    states.splice(17, 0, real); // line 18
    const summary = aggregate(S, load(states));
    expect(summary.closest[0]).toMatchObject({ line: 18, distance: 0, compared: 12, name: 'Student 18' });
    expect(summary.closest[1]!.distance).toBeGreaterThan(0);
  });

  it('breaks ties by line', () => {
    const a = playGame(S, 1, 'us', historical);
    const b = playGame(S, 2, 'us', historical);
    const summary = aggregate(S, load([b, a]));
    expect(summary.closest.map((c) => [c.line, c.distance])).toEqual([[1, 0], [2, 0]]);
  });
});

describe('aggregate edge cases', () => {
  it('an empty class gives zeros, not NaN', () => {
    const summary = aggregate(S, []);
    expect(summary.games).toBe(0);
    expect(summary.endings.every((e) => e.count === 0 && e.percent === 0)).toBe(true);
    expect(summary.measures.every((m) => m.meanTenths.every((v) => v === 0))).toBe(true);
    expect(JSON.stringify(summary)).not.toMatch(/NaN|null/);
  });

  it('leaves out games of another scenario version', () => {
    const games = load(randomGames(3, 5));
    const other = { ...games[1]!, state: { ...games[1]!.state, version: S.version + 1 } };
    const summary = aggregate(S, [games[0]!, other, games[2]!]);
    expect(summary.games).toBe(2);
    expect(summary.otherScenario).toEqual([2]);
    expect(summary.rounds[0]!.sides.us.options.reduce((a, o) => a + o.count, 0)).toBe(2);
  });
});
