/**
 * Walks the game tree over every combination of both sides' choices (as if two
 * people played), for a few fixed seeds. Identical states at the same depth are
 * merged, which keeps the walk exhaustive for real scenarios; if a level still
 * grows past a limit it is thinned deterministically and the result says so.
 */
import type { Effects, Option, Scenario } from './schema.ts';
import type { Cause, GameState } from './types.ts';
import { choose, newGame, resolveRound } from './rules.ts';

export const EXPLORE_SEEDS: readonly number[] = [1, 2, 3, 4];
const LEVEL_LIMIT = 20_000;

export interface Clamp {
  round: string;
  measure: string;
  want: number;
  by: number;
  cause: Cause;
}

export interface Exploration {
  /** How many distinct final states reached each ending. */
  endings: Map<string, number>;
  /** Changes that had to be clamped to stay in 0–100, one per (round, measure, cause). */
  clamps: Clamp[];
  /** False when some level was thinned: an unreached ending may still be reachable. */
  exhaustive: boolean;
}

function keyOf(s: GameState): string {
  return JSON.stringify([s.measures, s.flags, s.fired, s.rng]);
}

/** Keeps every k-th state so a level stays under the limit; deterministic, no PRNG needed. */
function thin<T>(items: T[]): T[] {
  const step = Math.ceil(items.length / LEVEL_LIMIT);
  return items.filter((_, i) => i % step === 0);
}

function exploreUncached(scenario: Scenario, seeds: readonly number[]): Exploration {
  const endings = new Map<string, number>();
  const clamps = new Map<string, Clamp>();
  let exhaustive = true;
  for (const seed of seeds) {
    let level: GameState[] = [newGame(scenario, seed, 'two')];
    for (let r = 0; r < scenario.rounds.length; r++) {
      const round = scenario.rounds[r]!;
      const next = new Map<string, GameState>();
      for (const state of level) {
        for (const us of round.options.us) {
          for (const china of round.options.china) {
            const done = resolveRound(scenario, choose(scenario, choose(scenario, state, 'us', us.id), 'china', china.id));
            const record = done.log[done.log.length - 1]!;
            for (const c of record.changes) {
              if (c.want === c.by) continue;
              const k = `${record.round}|${c.measure}|${c.cause.kind}|${c.cause.id}`;
              if (!clamps.has(k)) clamps.set(k, { round: record.round, measure: c.measure, want: c.want, by: c.by, cause: c.cause });
            }
            // The last round's choices matter to endings, so keep them apart there.
            const key = done.ending === null ? keyOf(done) : `${keyOf(done)}|${us.id}|${china.id}`;
            if (!next.has(key)) next.set(key, done);
          }
        }
      }
      level = [...next.values()];
      if (level.length > LEVEL_LIMIT) {
        level = thin(level);
        exhaustive = false;
      }
    }
    for (const s of level) endings.set(s.ending!, (endings.get(s.ending!) ?? 0) + 1);
  }
  return { endings, clamps: [...clamps.values()], exhaustive };
}

/**
 * Only the parts of a scenario that change how games play: text is left out,
 * so scenarios that differ only in wording share one exploration (editing a
 * scenario's text in the browser, or the fuzz tests, would otherwise walk the
 * same tree again and again).
 */
function fingerprint(s: Scenario): string {
  const by = (effects: Effects) => Object.entries(effects).map(([id, e]) => [id, e.by]);
  const option = (o: Option) => [o.id, o.stances, by(o.effects), o.sets];
  return JSON.stringify([
    s.id, s.version, s.eventChance,
    s.measures.map((m) => [m.id, m.start]),
    s.rounds.map((r) => [r.id, r.options.us.map(option), r.options.china.map(option)]),
    s.rules.map((r) => [r.id, r.when, by(r.effects), r.sets]),
    s.events.map((e) => [e.id, e.weight, e.when, by(e.effects), e.sets]),
    s.endings.map((e) => [e.id, e.when]),
  ]);
}

const byObject = new WeakMap<Scenario, Exploration>();
const byPlay = new Map<string, Exploration>();
const MAX_REMEMBERED = 32;

/** The exploration for the default seeds, cached per scenario object and per way of playing. */
export function explore(scenario: Scenario, seeds: readonly number[] = EXPLORE_SEEDS): Exploration {
  if (seeds !== EXPLORE_SEEDS) return exploreUncached(scenario, seeds);
  let found = byObject.get(scenario);
  if (found) return found;
  const key = fingerprint(scenario);
  found = byPlay.get(key);
  if (!found) {
    found = exploreUncached(scenario, seeds);
    // Forget the oldest first: Map iterates in insertion order.
    if (byPlay.size >= MAX_REMEMBERED) byPlay.delete(byPlay.keys().next().value!);
    byPlay.set(key, found);
  }
  byObject.set(scenario, found);
  return found;
}
