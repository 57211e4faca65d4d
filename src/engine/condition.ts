/**
 * Conditions: when a rule fires, an event may be drawn, or an ending applies.
 * Every part given must hold; an empty condition always holds.
 */
import type { Condition, SideId } from './schema.ts';
import type { OptionInfo } from './lookup.ts';

/** What a condition is checked against. */
export interface Situation {
  /** Id of the round being resolved (for endings: the last round). */
  round: string;
  /** The options chosen in that round. */
  choices: Partial<Record<SideId, OptionInfo>>;
  measures: Record<string, number>;
  flags: readonly string[];
}

type SideMatch = NonNullable<Condition['us']>;

function sideHolds(match: SideMatch, chosen: OptionInfo | undefined): boolean {
  if (!chosen) return false;
  if (match.option && !match.option.includes(chosen.option.id)) return false;
  if (match.stance) {
    for (const issue of Object.keys(match.stance)) {
      const want = match.stance[issue]!;
      // An issue the option does not name has no stance, and matches nothing.
      const has = chosen.option.stances[issue];
      if (has === undefined) return false;
      if (typeof want === 'string' ? want !== has : !want.includes(has)) return false;
    }
  }
  return true;
}

export function holds(when: Condition, at: Situation): boolean {
  if (when.rounds && !when.rounds.includes(at.round)) return false;
  if (when.us && !sideHolds(when.us, at.choices.us)) return false;
  if (when.china && !sideHolds(when.china, at.choices.china)) return false;
  if (when.measures) {
    for (const id of Object.keys(when.measures)) {
      const range = when.measures[id]!;
      // An unknown measure reads as 0; checkScenario reports it.
      const value = at.measures[id] ?? 0;
      if (range.min !== undefined && value < range.min) return false;
      if (range.max !== undefined && value > range.max) return false;
    }
  }
  if (when.flags) {
    if (when.flags.all && !when.flags.all.every((f) => at.flags.includes(f))) return false;
    if (when.flags.none && when.flags.none.some((f) => at.flags.includes(f))) return false;
  }
  return true;
}

/** A condition checked against a situation; `compile` builds one that agrees with `holds` exactly. */
export type Test = (at: Situation) => boolean;

function compileSide(match: SideMatch): (chosen: OptionInfo | undefined) => boolean {
  const options = match.option;
  const stance = match.stance;
  const issues = stance ? Object.keys(stance) : [];
  const wants = issues.map((issue) => stance![issue]!);
  const n = issues.length;
  return (chosen) => {
    if (!chosen) return false;
    if (options && !options.includes(chosen.option.id)) return false;
    if (n > 0) {
      const stances = chosen.option.stances;
      for (let i = 0; i < n; i++) {
        const has = stances[issues[i]!];
        if (has === undefined) return false;
        const want = wants[i]!;
        if (typeof want === 'string' ? want !== has : !want.includes(has)) return false;
      }
    }
    return true;
  };
}

/**
 * A condition turned into a closure once (per scenario, by the lookups): the
 * same checks in the same order as `holds`, with the keys read out in advance.
 */
export function compile(when: Condition): Test {
  const tests: Test[] = [];
  if (when.rounds) {
    const rounds = when.rounds;
    tests.push((at) => rounds.includes(at.round));
  }
  if (when.us) {
    const side = compileSide(when.us);
    tests.push((at) => side(at.choices.us));
  }
  if (when.china) {
    const side = compileSide(when.china);
    tests.push((at) => side(at.choices.china));
  }
  if (when.measures) {
    const ranges = when.measures;
    for (const id of Object.keys(ranges)) {
      const { min, max } = ranges[id]!;
      tests.push((at) => {
        const value = at.measures[id] ?? 0;
        return !((min !== undefined && value < min) || (max !== undefined && value > max));
      });
    }
  }
  if (when.flags) {
    const { all, none } = when.flags;
    if (all) tests.push((at) => all.every((f) => at.flags.includes(f)));
    if (none) tests.push((at) => !none.some((f) => at.flags.includes(f)));
  }
  const n = tests.length;
  if (n === 0) return () => true;
  if (n === 1) return tests[0]!;
  return (at) => {
    for (let i = 0; i < n; i++) if (!tests[i]!(at)) return false;
    return true;
  };
}
