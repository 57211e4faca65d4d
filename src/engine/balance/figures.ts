/**
 * The balance figures of a scenario, from the strategy walks and a few
 * simulations, and whether each target holds. The targets say what a fair
 * negotiation game must show: no single option is the answer, both sides can
 * do well, the computer reacts, and the last choice matters.
 */
import type { Scenario, SideId } from '../schema.ts';
import { SIDES } from '../schema.ts';
import { playComputerGame, playGame } from '../play.ts';
import { toneFor } from '../tone.ts';
import { linksAny, strategyChoices, walkSide, type SideWalk } from './walk.ts';
import { WALK_STEPS } from '../explore.ts';

export interface SideFigures {
  side: SideId;
  strategies: number;
  /** Most chosen option among the top tenth of strategies (ties at the cut included), and its share. */
  topOption: { round: string; option: string; share: number; top: number };
  /** Mean share of endings good for this side, over every strategy and seed. */
  goodShare: number;
  /** Share of games per ending id. */
  endings: Record<string, number>;
  /** Best good-ending share of a strategy that links nothing, and of one that links in at least three rounds. */
  bestNoLink: number;
  bestLinkThree: number;
  /** The computer (the other side): its most common option in any round, and that share. */
  computerTop: { round: string; option: string; share: number };
  /** Mean over rounds of the total-variation distance between the computer's choices after a linking and a non-linking round. */
  reactTv: number;
  /** Share of (game, other last choice) pairs where changing only the last choice changes the ending. */
  lastChoiceMatters: number;
  /** Share of this side's historical strategy reaching the historical ending against the computer. */
  historyVsComputer: number;
}

export interface BalanceFigures {
  scenario: string;
  seeds: number;
  sides: Record<SideId, SideFigures>;
  /** Both sides' historical choices (two people): share reaching the historical ending. */
  historyBoth: number;
  /** Two computers with the scenario's defaults: share per ending. */
  computers: Record<string, number>;
  targets: Array<{ name: string; ok: boolean; value: string }>;
}

const share = (n: number, d: number) => (d === 0 ? 0 : n / d);
const pct = (x: number) => `${Math.round(x * 100)}%`;

function sideFigures(scenario: Scenario, walk: SideWalk): SideFigures {
  const { side, seeds, strategies } = walk;
  const n = seeds.length;
  const tones = scenario.endings.map((e) => toneFor(e, side));
  const good = tones.map((t) => (t === 'good' ? 1 : 0));
  const points = tones.map((t) => (t === 'good' ? 2 : t === 'mixed' ? 1 : 0));
  const score = new Float64Array(strategies);
  const goods = new Uint16Array(strategies);
  const endingCounts = scenario.endings.map(() => 0);
  let goodTotal = 0;
  for (let i = 0; i < strategies; i++) {
    let g = 0;
    let p = 0;
    for (let s = 0; s < n; s++) {
      const e = walk.endings[i * n + s]!;
      g += good[e]!;
      p += points[e]!;
      endingCounts[e]!++;
    }
    goods[i] = g;
    // Rank by good endings first, then by how the rest read.
    score[i] = g * (2 * n + 1) + p;
    goodTotal += g;
  }
  const sorted = Array.from(score).sort((a, b) => b - a);
  const cut = sorted[Math.max(0, Math.ceil(strategies / 10) - 1)]!;
  const rounds = scenario.rounds;
  const counts = rounds.map((r) => r.options[side].map(() => 0));
  let top = 0;
  let bestNoLink = 0;
  let bestLinkThree = 0;
  const linking = rounds.map((r) => r.options[side].map(linksAny));
  for (let i = 0; i < strategies; i++) {
    const choices = strategyChoices(walk, i);
    if (score[i]! >= cut) {
      top++;
      choices.forEach((o, r) => counts[r]![o]!++);
    }
    const links = choices.reduce((a, o, r) => a + (linking[r]![o]! ? 1 : 0), 0);
    const g = goods[i]! / n;
    if (links === 0 && g > bestNoLink) bestNoLink = g;
    if (links >= Math.min(3, rounds.length) && g > bestLinkThree) bestLinkThree = g;
  }
  let topOption = { round: '', option: '', share: 0, top };
  counts.forEach((row, r) => row.forEach((c, o) => {
    if (share(c, top) > topOption.share) topOption = { round: rounds[r]!.id, option: rounds[r]!.options[side][o]!.id, share: share(c, top), top };
  }));
  const other: SideId = side === 'us' ? 'china' : 'us';
  let computerTop = { round: '', option: '', share: 0 };
  const games = strategies * n;
  walk.computer.forEach((row, r) => row.forEach((c, o) => {
    if (share(c, games) > computerTop.share) computerTop = { round: rounds[r]!.id, option: rounds[r]!.options[other][o]!.id, share: share(c, games) };
  }));
  let tvSum = 0;
  let tvRounds = 0;
  for (let r = 1; r < rounds.length; r++) {
    const [no, yes] = walk.after[r]! as [number[], number[]];
    const nNo = no.reduce((a, b) => a + b, 0);
    const nYes = yes.reduce((a, b) => a + b, 0);
    if (nNo === 0 || nYes === 0) continue;
    let tv = 0;
    for (let o = 0; o < no.length; o++) tv += Math.abs(no[o]! / nNo - yes[o]! / nYes);
    tvSum += tv / 2;
    tvRounds++;
  }
  const historical = rounds.map((r) => ({ [side]: (r.options[side].find((o) => o.historical) ?? r.options[side][0]!).id }));
  const histEnding = scenario.endings.find((e) => e.historical)?.id;
  let hist = 0;
  for (const seed of seeds) if (playGame(scenario, seed, side, historical).ending === histEnding) hist++;
  const endings: Record<string, number> = {};
  scenario.endings.forEach((e, i) => { if (endingCounts[i]! > 0) endings[e.id] = share(endingCounts[i]!, games); });
  return {
    side,
    strategies,
    topOption,
    goodShare: share(goodTotal, games),
    endings,
    bestNoLink,
    bestLinkThree,
    computerTop,
    reactTv: share(tvSum, tvRounds),
    lastChoiceMatters: share(walk.lastChanged, walk.lastPairs),
    historyVsComputer: share(hist, n),
  };
}

export interface BalanceOptions {
  /** Seeds for the strategy walks (1..seeds). */
  seeds: number;
  /** Games for the two-computer and historical-path figures. */
  games: number;
  /** Told how far the figures have got, in steps of WALK_STEPS, each time they move on by a step. */
  progress?: (done: number, total: number) => void;
}

/** Round resolutions of one side's strategy walk: one per prefix of the strategy tree, per seed. */
export function walkResolutions(scenario: Scenario, side: SideId, seeds: number): number {
  let prefixes = 1;
  let nodes = 0;
  for (const r of scenario.rounds) nodes += prefixes *= r.options[side].length;
  return nodes * seeds;
}

/** A tick per unit of work, told to `progress` as steps of WALK_STEPS out of `total` units. */
function counter(total: number, progress?: (done: number, total: number) => void): () => void {
  let units = 0;
  let told = 0;
  return () => {
    const done = Math.floor((WALK_STEPS * ++units) / total);
    if (progress && done > told) progress((told = Math.min(done, WALK_STEPS)), WALK_STEPS);
  };
}

export function balanceFigures(scenario: Scenario, opts: BalanceOptions): BalanceFigures {
  const seeds = Array.from({ length: opts.seeds }, (_, i) => i + 1);
  const sides = {} as Record<SideId, SideFigures>;
  // The units: each round resolution of the two walks, and each seed of the games below.
  const tick = counter(walkResolutions(scenario, 'us', opts.seeds) + walkResolutions(scenario, 'china', opts.seeds) + opts.games, opts.progress);
  for (const side of SIDES) sides[side] = sideFigures(scenario, walkSide(scenario, side, seeds, tick));
  const histEnding = scenario.endings.find((e) => e.historical)?.id;
  const both = scenario.rounds.map((r) => ({
    us: (r.options.us.find((o) => o.historical) ?? r.options.us[0]!).id,
    china: (r.options.china.find((o) => o.historical) ?? r.options.china[0]!).id,
  }));
  let hist = 0;
  const computers: Record<string, number> = {};
  for (let seed = 1; seed <= opts.games; seed++) {
    if (playGame(scenario, seed, 'two', both).ending === histEnding) hist++;
    const e = playComputerGame(scenario, seed).ending!;
    computers[e] = (computers[e] ?? 0) + 1;
    tick();
  }
  for (const id of Object.keys(computers)) computers[id] = computers[id]! / opts.games;
  const figures: BalanceFigures = { scenario: scenario.id, seeds: opts.seeds, sides, historyBoth: share(hist, opts.games), computers, targets: [] };
  figures.targets = targetsOf(scenario, figures);
  return figures;
}

function targetsOf(scenario: Scenario, f: BalanceFigures): BalanceFigures['targets'] {
  const t: BalanceFigures['targets'] = [];
  const add = (name: string, ok: boolean, value: string) => t.push({ name, ok, value });
  for (const side of SIDES) {
    const s = f.sides[side];
    add(`${side}: no option in more than 60% of the top tenth`, s.topOption.share <= 0.6, `${pct(s.topOption.share)} ${s.topOption.option} (${s.topOption.round}), top ${s.topOption.top}`);
    add(`${side}: a strategy linking nothing is good at least half the time`, s.bestNoLink >= 0.5, pct(s.bestNoLink));
    add(`${side}: a strategy linking in 3+ rounds is good at least half the time`, s.bestLinkThree >= 0.5, pct(s.bestLinkThree));
    add(`computer against ${side}: most common option at most 85%`, s.computerTop.share <= 0.85, `${pct(s.computerTop.share)} ${s.computerTop.option} (${s.computerTop.round})`);
    add(`computer against ${side}: reacts to linking (TV distance ≥ 0.15)`, s.reactTv >= 0.15, s.reactTv.toFixed(2));
    add(`${side}: at least 5 endings reachable`, Object.keys(s.endings).length >= 5, String(Object.keys(s.endings).length));
    add(`${side}: changing only the last choice changes the ending at least half the time`, s.lastChoiceMatters >= 0.5, pct(s.lastChoiceMatters));
  }
  const gap = Math.abs(f.sides.us.goodShare - f.sides.china.goodShare);
  add('good-ending share differs by at most 0.12 between sides', gap <= 0.12, `US ${f.sides.us.goodShare.toFixed(2)}, China ${f.sides.china.goodShare.toFixed(2)}`);
  const reached = new Set([...Object.keys(f.sides.us.endings), ...Object.keys(f.sides.china.endings)]);
  const missing = scenario.endings.filter((e) => !reached.has(e.id)).map((e) => e.id);
  add('every ending reachable', missing.length === 0, missing.length === 0 ? 'all' : `missing ${missing.join(', ')}`);
  add('both historical paths reach the historical ending at least 60%', f.historyBoth >= 0.6, pct(f.historyBoth));
  const common = Object.values(f.computers).filter((x) => x >= 0.05).length;
  add('two computers: at least 4 endings at 5% or more', common >= 4, String(common));
  return t;
}
