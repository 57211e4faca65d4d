/**
 * Balance of the Beijing, July 2023 scenario: reachability, no dead ends,
 * strategy variety, the historical path, and the spread of random play.
 *
 * What is covered, exactly:
 * - Exhaustive walks over every combination of the person's choices in mode
 *   'us' (China by the scenario's policy) and in mode 'china' (US by the
 *   scenario's policy): 4^6 = 4,096 choice sequences per mode and seed, for
 *   SEEDS. Prefixes are shared and identical states at the same depth merged.
 *   Every ending is reached in the union of the two modes for every seed, no
 *   game stalls, and every measure stays within 0–100 after every change.
 * - Mode 'two' is walked exhaustively in beijing-two-players.test.ts.
 * - The scenario is read with the schema only (Scenario.parse), not with
 *   parseScenario, so this file does not pay for the engine's logic check.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  Scenario,
  choose,
  computerChoice,
  newGame,
  playGame,
  renderText,
  resolveRound,
  type GameState,
  type Mode,
  type PolicyName,
  type SideId,
} from '../../src/engine/index.ts';
import { BEIJING_PATH } from './helpers.ts';

const scenario = Scenario.parse(JSON.parse(readFileSync(BEIJING_PATH, 'utf8')));
const SEEDS = process.env.BALANCE_SEEDS ? process.env.BALANCE_SEEDS.split(',').map(Number) : [1, 2, 3, 4, 5];
const ENDINGS = scenario.endings.map((e) => e.id);
const tone = (id: string) => scenario.endings.find((e) => e.id === id)!.tone;
const HISTORICAL_ENDING = scenario.endings.find((e) => e.historical)!.id;
const historical = (side: SideId) => scenario.rounds.map((r) => r.options[side].find((o) => o.historical)!.id);

/** Choice patterns a student might follow, one option id per round. */
const US_PATTERNS = {
  // Never links anything: every issue it touches is kept separate (Taiwan only acknowledged).
  'separate throughout': ['us-d-freestanding', 'us-h-coal', 'us-p-noreparations', 'us-w-freestanding', 'us-r-reconnect', 'us-f-meet'],
  // Offers movement on trade, refuses to discuss Taiwan (and keeps tech apart at the Great Hall).
  'link trade, Taiwan separate': ['us-d-listen', 'us-h-solar', 'us-p-tariffs', 'us-w-refuse', 'us-r-quiet', 'us-f-statement'],
  // Puts trade and technology on the table at every turn (but no new Taiwan wording).
  'link broadly': ['us-d-listen', 'us-h-tech', 'us-p-tariffs', 'us-w-review', 'us-r-hint', 'us-f-statement'],
} as const;
const CN_PATTERNS = {
  'as in history (link at the top)': historical('china'),
  'Taiwan only as a condition': ['cn-d-common', 'cn-h-candid', 'cn-p-institutions', 'cn-w-taiwan', 'cn-r-friend', 'cn-f-group'],
  'link everything': ['cn-d-august', 'cn-h-crackdown', 'cn-p-trade', 'cn-w-linkage', 'cn-r-media', 'cn-f-core'],
} as const;

function playAs(side: SideId, pattern: readonly string[], seed: number): GameState {
  return playGame(scenario, seed, side, pattern.map((id) => ({ [side]: id })));
}

/** Both sides played by the computer (the machine's 'two' mode with policy choices). */
function playComputers(us: PolicyName, china: PolicyName, seed: number): GameState {
  let state = newGame(scenario, seed, 'two');
  while (state.ending === null) {
    for (const [side, policy] of [['us', us], ['china', china]] as const) {
      const pick = computerChoice(scenario, state, side, policy);
      state = choose(scenario, { ...state, rng: pick.rng }, side, pick.option);
    }
    state = resolveRound(scenario, state);
  }
  return state;
}

function distribution(games: GameState[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const g of games) out[g.ending!] = (out[g.ending!] ?? 0) + 1;
  return out;
}

const seeds = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

interface Walk {
  endings: Set<string>;
  leaves: number;
  outOfRange: string[];
  stalls: number;
}

/** Every sequence of the person's choices in mode 'us' or 'china'; the other side plays the scenario's policy. */
function walkPerson(mode: Exclude<Mode, 'two'>, seed: number): Walk {
  const other: SideId = mode === 'us' ? 'china' : 'us';
  const walk: Walk = { endings: new Set(), leaves: 0, outOfRange: [], stalls: 0 };
  const key = (s: GameState) => JSON.stringify([s.measures, s.flags, s.fired, s.rng]);
  let level: GameState[] = [newGame(scenario, seed, mode)];
  for (let r = 0; r < scenario.rounds.length; r++) {
    const next = new Map<string, GameState>();
    for (const state of level) {
      const pick = computerChoice(scenario, state, other, 'scenario');
      const withOther = { ...state, rng: pick.rng, pending: { [other]: pick.option } };
      for (const option of scenario.rounds[r]!.options[mode]) {
        const done = resolveRound(scenario, choose(scenario, withOther, mode, option.id));
        if (done.round !== r + 1) walk.stalls++;
        for (const c of done.log[done.log.length - 1]!.changes) {
          if (c.to < 0 || c.to > 100) walk.outOfRange.push(`${scenario.rounds[r]!.id} ${c.measure} ${c.to}`);
        }
        if (done.ending !== null) {
          walk.leaves++;
          walk.endings.add(done.ending);
        } else if (!next.has(key(done))) next.set(key(done), done);
      }
    }
    level = [...next.values()];
  }
  return walk;
}

describe('beijing-2023 balance: reachability (exhaustive over one person’s choices)', () => {
  it('reaches every ending for every seed, with no dead end and measures in 0–100', () => {
    let chinaStatements = 0;
    for (const seed of SEEDS) {
      const us = walkPerson('us', seed);
      const china = walkPerson('china', seed);
      for (const w of [us, china]) {
        expect(w.stalls).toBe(0);
        expect(w.outOfRange).toEqual([]);
      }
      if (process.env.BALANCE_REPORT) {
        console.log(seed, [...us.endings].sort().join(','), '|', [...china.endings].sort().join(','), us.leaves, china.leaves);
      }
      const union = new Set([...us.endings, ...china.endings]);
      expect([...union].sort(), `seed ${seed}`).toEqual([...ENDINGS].sort());
      // The US alone reaches every ending except China's collapse at home.
      expect([...us.endings].sort(), `US alone, seed ${seed}`).toEqual(ENDINGS.filter((e) => e !== 'undone-china').sort());
      // China alone: the same, except that an early joint statement needs some luck with the US policy and events.
      const chinaNeeds = ENDINGS.filter((e) => e !== 'undone-us' && e !== 'joint-statement');
      for (const e of chinaNeeds) expect(china.endings.has(e), `China alone reaches ${e}, seed ${seed}`).toBe(true);
      if (china.endings.has('joint-statement')) chinaStatements++;
    }
    expect(chinaStatements).toBeGreaterThanOrEqual(SEEDS.length - 1);
  });
});

describe('beijing-2023 balance: no single strategy is the answer', () => {
  const N = 200;

  it('three different US patterns each reach a good ending against the scenario’s China', () => {
    const report: Record<string, Record<string, number>> = {};
    for (const [name, pattern] of Object.entries(US_PATTERNS)) {
      const games = seeds(N).map((s) => playAs('us', pattern, s));
      report[name] = distribution(games);
      const good = games.filter((g) => tone(g.ending!) === 'good');
      expect(good.length, `${name}: ${JSON.stringify(report[name])}`).toBeGreaterThan(0);
    }
    // They are not the same strategy in disguise: their outcome profiles differ.
    expect(report['link broadly']!['joint-statement'] ?? 0).toBeGreaterThan(report['separate throughout']!['joint-statement'] ?? 0);
    expect(report['separate throughout']!['impasse'] ?? 0).toBeGreaterThan(report['link broadly']!['impasse'] ?? 0);
    expect(report['link broadly']!['undone-us'] ?? 0).toBeGreaterThan(0);
  });

  it('the text renderer shows why each US pattern worked', () => {
    const first = (pattern: readonly string[], ending: string) =>
      seeds(N).map((s) => playAs('us', pattern, s)).find((g) => g.ending === ending)!;
    // Separation: slow, but the channel survives; Beijing notes "policy", not "principle".
    const sep = renderText(scenario, first(US_PATTERNS['separate throughout'], 'unstuck'));
    expect(sep).toContain('Ending: Talks unstuck: keep meeting (good)');
    expect(sep).toContain('US chose: A global issue; one-China policy');
    expect(sep).toMatch(/US separates (trade|technology|Taiwan), China links it|Policy, not principle/);
    // Trade linkage buys trust; Taiwan is refused, and that costs something.
    const trade = renderText(scenario, first(US_PATTERNS['link trade, Taiwan separate'], 'unstuck'));
    expect(trade).toContain('US chose: Offer to ease clean-energy tariffs');
    expect(trade).toContain('A concrete offer on trade');
    expect(trade).toContain('Ending: Talks unstuck: keep meeting (good)');
    // Broad linkage: bargains build trust and climate, at a price at home.
    const broad = renderText(scenario, first(US_PATTERNS['link broadly'], 'joint-statement'));
    expect(broad).toContain('Rule fired: Both sides put technology on the table');
    expect(broad).toContain('Critics in Washington attack the technology bargain');
    expect(broad).toContain('Ending: An early joint statement (good)');
    const broadLost = renderText(scenario, first(US_PATTERNS['link broadly'], 'undone-us'));
    expect(broadLost).toContain('Ending: A deal undone in Washington (bad)');
  });

  it('China-side variety: three different patterns each reach a good ending against the scenario’s US', () => {
    const report: Record<string, Record<string, number>> = {};
    for (const [name, pattern] of Object.entries(CN_PATTERNS)) {
      const games = seeds(N).map((s) => playAs('china', pattern, s));
      report[name] = distribution(games);
      if (name === 'link everything') continue; // checked below: linkage as a weapon
      expect(games.some((g) => tone(g.ending!) === 'good'), `${name}: ${JSON.stringify(report[name])}`).toBe(true);
    }
    expect(report['Taiwan only as a condition']!['joint-statement'] ?? 0).toBeGreaterThan(0);
    // Linking everything against a separating US does not pay: no good ending.
    expect(Object.keys(report['link everything']!).every((e) => tone(e) !== 'good')).toBe(true);
    // A China that gives everything away loses at home.
    const giveAll = ['cn-d-common', 'cn-h-methane', 'cn-p-institutions', 'cn-w-separate', 'cn-r-methane', 'cn-f-statement'];
    const given = distribution(seeds(N).map((s) => playAs('china', giveAll, s)));
    expect(given['undone-china'] ?? 0).toBeGreaterThan(N / 2);
  });

  it('a Taiwan concession is costly and lasting', () => {
    const h = historical('us');
    const pattern = [h[0]!, h[1]!, h[2]!, 'us-w-principle', 'us-r-reconnect', 'us-f-meet'];
    const games = seeds(N).map((s) => playAs('us', pattern, s));
    expect(games.every((g) => g.flags.includes('taiwan-concession'))).toBe(true);
    expect(distribution(games)['undone-us'] ?? 0).toBeGreaterThan(N * 0.9);
    const text = renderText(scenario, games[0]!);
    expect(text).toContain('Congress reads it as a concession on Taiwan');
    expect(text).toContain('Congress keeps asking what the envoy said on Taiwan');
  });
});

describe('beijing-2023 balance: history', () => {
  const N = 200;

  it('the historical choices on both sides reach the historical ending for most seeds', () => {
    const us = historical('us');
    const china = historical('china');
    const games = seeds(N).map((s) => playGame(scenario, s, 'two', us.map((u, i) => ({ us: u, china: china[i]! }))));
    const hits = games.filter((g) => g.ending === HISTORICAL_ENDING).length;
    expect(hits / N).toBeGreaterThan(0.7);
  });

  it('the historical US choices against the scenario’s China mostly reach it too', () => {
    const games = seeds(N).map((s) => playAs('us', historical('us'), s));
    const hits = games.filter((g) => g.ending === HISTORICAL_ENDING).length;
    expect(hits / N).toBeGreaterThan(0.5);
  });
});

describe('beijing-2023 balance: computer play is not trivially dominated', () => {
  const N = 500;
  it('random play spreads over the endings', () => {
    const d = distribution(seeds(N).map((s) => playComputers('random', 'random', s)));
    expect(Object.keys(d).length).toBeGreaterThanOrEqual(5);
    for (const count of Object.values(d)) expect(count / N).toBeLessThan(0.6);
  });
  it('the scenario policies against each other end historically or in a polite impasse, not in a rout', () => {
    const d = distribution(seeds(N).map((s) => playComputers('scenario', 'scenario', s)));
    expect((d[HISTORICAL_ENDING] ?? 0) / N).toBeGreaterThan(0.4);
    expect((d['frozen'] ?? 0) / N).toBeLessThan(0.1);
  });
});
