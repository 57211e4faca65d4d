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
import type { Effects, Option, Policy, Scenario } from '../schema.ts';
import { canonicalJson } from '../hash.ts';
import { fnv1a32 } from './checksum.ts';

// Scenarios are never edited in place, and hashing one takes a moment: once per object.
const cache = new WeakMap<Scenario, number>();

/** Effects as ordered [measure, by] pairs: canonical JSON sorts keys, but the log keeps this order. */
function effects(e: Effects): Array<[string, number]> {
  return Object.keys(e).map((measure) => [measure, e[measure]!.by]);
}

function option(o: Option): unknown {
  return { id: o.id, stances: o.stances, effects: effects(o.effects), sets: o.sets, historical: o.historical, agree: o.agree, walkAway: o.walkAway };
}

/** A policy's play data: everything but its explanation, temperament included. */
function policy(p: Policy): unknown {
  return { weights: p.weights, linkage: p.linkage, noise: p.noise, history: p.history, temperament: p.temperament };
}

/** The part of a scenario that decides how a game plays. */
function playData(s: Scenario): unknown {
  return {
    format: s.format,
    id: s.id,
    version: s.version,
    sides: s.sides.map((side) => ({ id: side.id, homeMeasure: side.homeMeasure })),
    measures: s.measures.map((m) => ({ id: m.id, start: m.start })),
    issues: s.issues.map((i) => ({ id: i.id, hostage: i.hostage })),
    package: s.package
      ? { items: s.package.items.map((i) => ({ id: i.id, issue: i.issue })), interests: s.package.interests.us.concat(s.package.interests.china).map((i) => [i.item, i.want, i.weight]), shielded: s.package.shielded }
      : undefined,
    rounds: s.rounds.map((r) => ({ id: r.id, us: r.options.us.map(option), china: r.options.china.map(option) })),
    eventChance: s.eventChance,
    rules: s.rules.map((r) => ({ id: r.id, when: r.when, effects: effects(r.effects), sets: r.sets, agree: r.agree, drop: r.drop })),
    events: s.events.map((e) => ({ id: e.id, weight: e.weight, when: e.when, effects: effects(e.effects), sets: e.sets, issue: e.issue })),
    policies: {
      us: policy(s.policies.us),
      china: policy(s.policies.china),
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
