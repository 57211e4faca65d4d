/**
 * A short hash of what a scenario's play depends on. Codes carry it so a code
 * made before a rules change is refused ("scenario-version") instead of
 * silently playing differently, even if the author forgot to bump `version`.
 *
 * Only play-relevant data is hashed: ids, option order, stances, effects (in
 * their order: it is the order of the log), flags, conditions, weights,
 * policies, endings and their order. Player-facing text (labels, lines,
 * history, sources, debrief) is left out, so fixing a typo or translating a
 * scenario does not break every link already shared.
 * If the rules ever read a new scenario field, add it here.
 */
import type { Effects, Option, Scenario } from '../schema.ts';
import { canonicalJson } from '../hash.ts';
import { fnv1a32 } from './checksum.ts';

// Scenarios are never edited in place, and hashing one takes a moment: once per object.
const cache = new WeakMap<Scenario, number>();

/** Effects as ordered [measure, by] pairs: canonical JSON sorts keys, but the log keeps this order. */
function effects(e: Effects): Array<[string, number]> {
  return Object.keys(e).map((measure) => [measure, e[measure]!.by]);
}

function option(o: Option): unknown {
  return { id: o.id, stances: o.stances, effects: effects(o.effects), sets: o.sets, historical: o.historical };
}

/** The part of a scenario that decides how a game plays. */
function playData(s: Scenario): unknown {
  return {
    format: s.format,
    id: s.id,
    version: s.version,
    sides: s.sides.map((side) => ({ id: side.id, homeMeasure: side.homeMeasure })),
    measures: s.measures.map((m) => ({ id: m.id, start: m.start })),
    issues: s.issues.map((i) => i.id),
    rounds: s.rounds.map((r) => ({ id: r.id, us: r.options.us.map(option), china: r.options.china.map(option) })),
    eventChance: s.eventChance,
    rules: s.rules.map((r) => ({ id: r.id, when: r.when, effects: effects(r.effects), sets: r.sets })),
    events: s.events.map((e) => ({ id: e.id, weight: e.weight, when: e.when, effects: effects(e.effects), sets: e.sets })),
    policies: {
      us: { weights: s.policies.us.weights, linkage: s.policies.us.linkage, noise: s.policies.us.noise, history: s.policies.us.history },
      china: { weights: s.policies.china.weights, linkage: s.policies.china.linkage, noise: s.policies.china.noise, history: s.policies.china.history },
    },
    endings: s.endings.map((e) => ({ id: e.id, tone: e.tone, historical: e.historical, when: e.when })),
  };
}

/** FNV-1a 32 of the canonical JSON of playData(scenario). */
export function scenarioFingerprint(scenario: Scenario): number {
  let fp = cache.get(scenario);
  if (fp === undefined) {
    fp = fnv1a32(canonicalJson(playData(scenario)));
    cache.set(scenario, fp);
  }
  return fp;
}
