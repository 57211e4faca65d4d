/**
 * Conditions: when a rule fires, an event may be drawn, or an ending applies.
 * Every part given must hold; an empty condition always holds.
 */
import type { Condition, Option, SideId } from './schema.ts';
import type { Blocked } from './model/state.ts';

/** A side's choice as a condition sees it: only the option itself (the lookups' OptionInfo is one). */
export interface Chosen {
  readonly option: Option;
}

/** What a condition is checked against. */
export interface Situation {
  /** Id of the round being resolved (for endings: the last round). */
  round: string;
  /** The options chosen in that round. */
  choices: Partial<Record<SideId, Chosen>>;
  measures: Record<string, number>;
  flags: readonly string[];
  /** Issues linked to climate, package items on the table, and whether the package fell apart. */
  linked: readonly string[];
  agreed: readonly string[];
  blocked: Blocked | null;
  /** For endings: each side's package score in percent (absent elsewhere, where it reads as 0). */
  score?: Record<SideId, number>;
}

type AllNone = { all?: string[]; none?: string[] };
function listTest(want: AllNone, get: (at: Situation) => readonly string[]): Test {
  const { all, none } = want;
  return (at) => {
    const have = get(at);
    if (all && !all.every((f) => have.includes(f))) return false;
    return !(none && none.some((f) => have.includes(f)));
  };
}

type SideMatch = NonNullable<Condition['us']>;

/** A condition checked against a situation. */
export type Test = (at: Situation) => boolean;

function compileSide(match: SideMatch): (chosen: Chosen | undefined) => boolean {
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
        // An issue the option does not name has no stance, and matches nothing.
        if (has === undefined) return false;
        const want = wants[i]!;
        if (typeof want === 'string' ? want !== has : !want.includes(has)) return false;
      }
    }
    return true;
  };
}

/**
 * A condition turned into a closure once (per scenario, by the lookups), with
 * its keys read out in advance. tests/engine/condition.test.ts checks it
 * against a plain reading of the condition over generated conditions.
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
        // An unknown measure reads as 0; checkScenario reports it.
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
  if (when.linked) tests.push(listTest(when.linked, (at) => at.linked));
  if (when.agreed) tests.push(listTest(when.agreed, (at) => at.agreed));
  if (when.score) {
    const score = when.score;
    for (const side of ['us', 'china'] as const) {
      const range = score[side];
      if (!range) continue;
      const { min, max } = range;
      tests.push((at) => {
        const value = at.score?.[side] ?? 0;
        return !((min !== undefined && value < min) || (max !== undefined && value > max));
      });
    }
  }
  if (when.blocked) {
    const reasons: readonly string[] = when.blocked;
    tests.push((at) => reasons.includes(at.blocked?.reason ?? 'none'));
  }
  const n = tests.length;
  if (n === 0) return () => true;
  if (n === 1) return tests[0]!;
  return (at) => {
    for (let i = 0; i < n; i++) if (!tests[i]!(at)) return false;
    return true;
  };
}
