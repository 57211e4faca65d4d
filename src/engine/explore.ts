/**
 * Walks the game tree over every combination of both sides' choices (as if two
 * people played), for a few fixed seeds. Identical states at the same depth are
 * merged, which keeps small scenarios exhaustive; a level that would cost more
 * than the budget allows is thinned deterministically, and the result says so.
 */
import type { Effects, Option, Scenario } from './schema.ts';
import type { Cause, GameState } from './types.ts';
import { newGame, resolveRound } from './rules.ts';
import { indexOf } from './lookup.ts';

export const EXPLORE_SEEDS: readonly number[] = [1, 2, 3, 4];
/**
 * Round resolutions the default walk may spend, shared evenly between the seeds;
 * each seed's share is a hard cap (see exploreUncached). The
 * walk runs only where reachability is asked for (`checkScenario`, and
 * `parseScenario` with `reachability`: the scenario:check command and the
 * tests, which check many scenarios), never when the game loads one. Tests
 * that must prove reachability pass a larger budget or Infinity.
 */
export const EXPLORE_BUDGET = 100_000;

export interface Clamp {
  round: string;
  measure: string;
  want: number;
  by: number;
  cause: Cause;
}

export interface Exploration {
  /** How many last-round resolutions (from distinct states) reached each ending. */
  endings: Map<string, number>;
  /** Changes that had to be clamped to stay in 0–100, one per (round, measure, cause). */
  clamps: Clamp[];
  /** False when some level was thinned: an unreached ending may still be reachable. */
  exhaustive: boolean;
  /** Round resolutions computed, over all seeds. */
  resolutions: number;
  /**
   * Why the walk ended before its last round for some seed: `budget` when a
   * seed's share of the resolutions ran out, `stop` when the caller's `stop`
   * (a clock, in the checker) said so. Absent when every seed was walked to the end.
   */
  stoppedBy?: 'budget' | 'stop';
}

/** `WalkLimits.progress` counts the walk in this many steps. */
export const WALK_STEPS = 1000;

/** Limits on a walk beyond its budget. The engine reads no clock: a caller that wants a time limit passes `stop`. */
export interface WalkLimits {
  /** Asked before each round resolution; true ends the whole walk there. */
  stop?: () => boolean;
  /**
   * Told how far the walk has got, in steps of WALK_STEPS, each time a round
   * resolution moves it on by a step (and WALK_STEPS at the end), so a worker
   * can move a progress bar during a long walk, not only after it.
   */
  progress?: (done: number, total: number) => void;
}

/**
 * Where a walk is, from 0 to 1: the seeds in turn, and within a seed whichever
 * is further on, its place in the tree (round, state of the level, option pair)
 * or its share of the seed's budget spent. Both only grow, so the figure does.
 */
function walkShare(at: { seed: number; seeds: number; round: number; rounds: number; state: number; states: number; pair: number; pairs: number; spent: number; share: number }): number {
  const tree = (at.round + (at.state + at.pair / at.pairs) / at.states) / at.rounds;
  return (at.seed + Math.min(1, Math.max(tree, at.spent / at.share))) / at.seeds;
}

/**
 * Everything a state's future depends on: the rules read only the measures,
 * flags, fired events and PRNG (the round is the level's). The log is history.
 */
function keyOf(s: GameState, measureIds: readonly string[]): string {
  let key = '';
  for (const id of measureIds) key += `${s.measures[id]},`;
  // The model's part that rules read: what is linked and agreed, refusals (for a hostage), a blocked package.
  // The rest of the memory only steers a computer side, and this walk has none.
  const m = s.model;
  const blocked = m.blocked === null ? '' : `${m.blocked.reason}:${m.blocked.side}`;
  const model = `${m.linked.join(',')}|${m.agreed.join(',')}|${m.memory.us.refused.join(',')}/${m.memory.china.refused.join(',')}|${blocked}`;
  return `${key}|${s.flags.join(',')}|${s.fired.join(',')}|${s.rng.join(',')}|${model}`;
}

/**
 * Cuts a level down to `limit` states, deterministically. Endings usually turn
 * on a measure being high or low, so half the room goes to the states at both
 * extremes of each measure and the rest to an even spread of the others.
 */
function thin(level: GameState[], limit: number, measures: string[]): GameState[] {
  const kept = new Set<GameState>();
  const perEnd = Math.max(1, Math.floor(limit / 4 / measures.length));
  for (const m of measures) {
    const sorted = level.slice().sort((a, b) => a.measures[m]! - b.measures[m]!);
    for (const s of sorted.slice(0, perEnd)) kept.add(s);
    for (const s of sorted.slice(-perEnd)) kept.add(s);
  }
  const step = Math.max(1, Math.ceil(level.length / (limit - kept.size)));
  for (let i = 0; i < level.length && kept.size < limit; i += step) kept.add(level[i]!);
  return [...kept];
}

function exploreUncached(scenario: Scenario, seeds: readonly number[], budget: number, limits: WalkLimits = {}): Exploration {
  let combos = 0;
  for (const r of scenario.rounds) combos += r.options.us.length * r.options.china.length;
  // Each state kept at a level costs at most `combos` resolutions over the rest of the walk.
  const levelLimit = Math.max(16, Math.floor(budget / seeds.length / combos));
  const measureIds = scenario.measures.map((m) => m.id);
  const endings = new Map<string, number>();
  const clamps = new Map<string, Clamp>();
  let exhaustive = true;
  let resolutions = 0;
  let stoppedBy: Exploration['stoppedBy'];
  // A hard cap per seed: thinning alone cannot keep a level of thousands of option pairs within the budget.
  const perSeed = Math.max(1, Math.floor(budget / seeds.length));
  const options = indexOf(scenario).optionList;
  const last = scenario.rounds.length - 1;
  let told = 0;
  const tell = limits.progress;
  walk: for (const [s, seed] of seeds.entries()) {
    const start = resolutions;
    const cap = start + perSeed;
    let level: GameState[] = [newGame(scenario, seed, 'two')];
    for (let r = 0; r <= last; r++) {
      const next = new Map<string, GameState>();
      const pairs = options[r]!.us.length * options[r]!.china.length;
      for (const [j, state] of level.entries()) {
        let pair = 0;
        for (const us of options[r]!.us) {
          for (const china of options[r]!.china) {
            if (tell) {
              const at = { seed: s, seeds: seeds.length, round: r, rounds: last + 1, state: j, states: level.length, pair: pair++, pairs };
              const done = Math.floor(WALK_STEPS * walkShare({ ...at, spent: resolutions - start, share: perSeed }));
              if (done > told) tell((told = done), WALK_STEPS);
            }
            if (limits.stop?.()) {
              stoppedBy = 'stop';
              exhaustive = false;
              break walk;
            }
            if (resolutions >= cap) {
              stoppedBy = 'budget';
              exhaustive = false;
              continue walk;
            }
            const done = resolveRound(scenario, state, { us, china });
            resolutions++;
            const record = done.log[done.log.length - 1]!;
            for (const c of record.changes) {
              if (c.want === c.by) continue;
              const k = `${record.round}|${c.measure}|${c.cause.kind}|${c.cause.id}`;
              if (!clamps.has(k)) clamps.set(k, { round: record.round, measure: c.measure, want: c.want, by: c.by, cause: c.cause });
            }
            if (r === last) {
              // Endings are decided here, from this round's choices: count them, keep nothing.
              endings.set(done.ending!, (endings.get(done.ending!) ?? 0) + 1);
              continue;
            }
            const key = keyOf(done, measureIds);
            // Kept without its log, which no later round reads: a level can hold hundreds of thousands of states.
            if (!next.has(key)) next.set(key, { ...done, log: [] });
          }
        }
      }
      level = [...next.values()];
      if (level.length > levelLimit) {
        level = thin(level, levelLimit, measureIds);
        exhaustive = false;
      }
    }
  }
  if (tell && told < WALK_STEPS) tell(WALK_STEPS, WALK_STEPS);
  return { endings, clamps: [...clamps.values()], exhaustive, resolutions, ...(stoppedBy ? { stoppedBy } : {}) };
}

/**
 * Only the parts of a scenario that change how games play: text is left out,
 * so scenarios that differ only in wording share one exploration (editing a
 * scenario's text in the browser, or the fuzz tests, would otherwise walk the
 * same tree again and again).
 */
function fingerprint(s: Scenario): string {
  const by = (effects: Effects) => Object.entries(effects).map(([id, e]) => [id, e.by]);
  const option = (o: Option) => [o.id, o.stances, by(o.effects), o.sets, o.agree, o.walkAway];
  return JSON.stringify([
    s.id, s.version, s.eventChance,
    s.measures.map((m) => [m.id, m.start]),
    s.rounds.map((r) => [r.id, r.options.us.map(option), r.options.china.map(option)]),
    s.issues.map((i) => [i.id, i.hostage]),
    s.package ? [s.package.items.map((i) => [i.id, i.issue]), s.package.interests, s.package.shielded] : null,
    s.rules.map((r) => [r.id, r.when, by(r.effects), r.sets, r.agree, r.drop]),
    s.events.map((e) => [e.id, e.weight, e.when, by(e.effects), e.sets, e.issue]),
    s.endings.map((e) => [e.id, e.when]),
  ]);
}

const byObject = new WeakMap<Scenario, Exploration>();
const byPlay = new Map<string, Exploration>();
const MAX_REMEMBERED = 32;

/**
 * The exploration; with the default seeds and budget and no `stop` it is cached
 * per scenario object and per way of playing (a walk cut short by a clock is not
 * a result to reuse; one told its progress is).
 */
export function explore(scenario: Scenario, seeds: readonly number[] = EXPLORE_SEEDS, budget = EXPLORE_BUDGET, limits: WalkLimits = {}): Exploration {
  if (seeds !== EXPLORE_SEEDS || budget !== EXPLORE_BUDGET || limits.stop) return exploreUncached(scenario, seeds, budget, limits);
  let found = byObject.get(scenario);
  let remembered = true;
  if (!found) {
    const key = fingerprint(scenario);
    found = byPlay.get(key);
    if (!found) {
      remembered = false;
      // Progress changes nothing in the walk, so its result is kept like any other.
      found = exploreUncached(scenario, seeds, budget, limits);
      // Forget the oldest first: Map iterates in insertion order.
      if (byPlay.size >= MAX_REMEMBERED) byPlay.delete(byPlay.keys().next().value!);
      byPlay.set(key, found);
    }
  }
  // A walk remembered is a walk done: say so, so a progress bar still fills.
  if (remembered) limits.progress?.(WALK_STEPS, WALK_STEPS);
  byObject.set(scenario, found);
  return found;
}
