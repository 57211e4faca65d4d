/**
 * The rules check conditions through closures that `compile` builds once per
 * scenario. They must agree exactly with a plain reading of the condition
 * (`holds` below, which follows docs/scenario-format.md part by part), for
 * any condition and any situation, including unknown measures, options
 * without a stance on an issue, and sides with no choice.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compile, type Chosen, type Situation } from '../../src/engine/condition.ts';
import type { Condition, Option, Stance } from '../../src/engine/schema.ts';

type SideMatch = NonNullable<Condition['us']>;

function sideHolds(match: SideMatch, chosen: Chosen | undefined): boolean {
  if (!chosen) return false;
  if (match.option && !match.option.includes(chosen.option.id)) return false;
  for (const [issue, want] of Object.entries(match.stance ?? {})) {
    const has = chosen.option.stances[issue];
    if (has === undefined) return false;
    if (typeof want === 'string' ? want !== has : !want.includes(has)) return false;
  }
  return true;
}

/** The reference: every part given must hold; an empty condition always holds. */
function holds(when: Condition, at: Situation): boolean {
  if (when.rounds && !when.rounds.includes(at.round)) return false;
  if (when.us && !sideHolds(when.us, at.choices.us)) return false;
  if (when.china && !sideHolds(when.china, at.choices.china)) return false;
  for (const [id, range] of Object.entries(when.measures ?? {})) {
    const value = at.measures[id] ?? 0;
    if (range.min !== undefined && value < range.min) return false;
    if (range.max !== undefined && value > range.max) return false;
  }
  if (when.flags?.all && !when.flags.all.every((f) => at.flags.includes(f))) return false;
  if (when.flags?.none && when.flags.none.some((f) => at.flags.includes(f))) return false;
  if (when.linked?.all && !when.linked.all.every((f) => at.linked.includes(f))) return false;
  if (when.linked?.none && when.linked.none.some((f) => at.linked.includes(f))) return false;
  if (when.agreed?.all && !when.agreed.all.every((f) => at.agreed.includes(f))) return false;
  if (when.agreed?.none && when.agreed.none.some((f) => at.agreed.includes(f))) return false;
  for (const side of ['us', 'china'] as const) {
    const r = when.score?.[side];
    const value = at.score?.[side] ?? 0;
    if (r?.min !== undefined && value < r.min) return false;
    if (r?.max !== undefined && value > r.max) return false;
  }
  if (when.blocked && !when.blocked.includes(at.blocked?.reason ?? 'none')) return false;
  return true;
}

// Small pools, so that generated conditions and situations often meet.
const ROUNDS = ['r1', 'r2', 'r3'];
const OPTIONS = ['a', 'b', 'c'];
const ISSUES = ['climate', 'trade', 'taiwan'];
const MEASURES = ['trust', 'climate', 'room'];
const FLAGS = ['f1', 'f2', 'f3'];
const ITEMS = ['i1', 'i2', 'i3'];
const REASONS = ['none', 'walk-away', 'hostage'] as const;
const allNone = (pool: string[]) =>
  fc.record({ all: fc.uniqueArray(fc.constantFrom(...pool)), none: fc.uniqueArray(fc.constantFrom(...pool)) }, { requiredKeys: [] });
const STANCES: Stance[] = ['link', 'separate', 'acknowledge'];

const someOf = (pool: string[]) => fc.uniqueArray(fc.constantFrom(...pool), { minLength: 1, maxLength: pool.length });
const stance = fc.constantFrom(...STANCES);
const level = fc.integer({ min: 0, max: 100 });

const sideMatch: fc.Arbitrary<SideMatch> = fc.record(
  {
    option: someOf(OPTIONS),
    stance: fc.dictionary(fc.constantFrom(...ISSUES), fc.oneof(stance, fc.uniqueArray(stance, { minLength: 1 })), { maxKeys: 3 }),
  },
  { requiredKeys: [] },
);

const range = fc
  .record({ min: level, max: level }, { requiredKeys: [] })
  .map((r) => (r.min !== undefined && r.max !== undefined && r.min > r.max ? { min: r.max, max: r.min } : r));

const baseCondition: fc.Arbitrary<Condition> = fc.record(
  {
    rounds: someOf(ROUNDS),
    us: sideMatch,
    china: sideMatch,
    measures: fc.dictionary(fc.constantFrom(...MEASURES), range, { maxKeys: 3 }),
    flags: allNone(FLAGS),
  },
  { requiredKeys: [] },
);
/** The negotiation model's parts: linked issues, package items, scores, a blocked package. */
const modelParts: fc.Arbitrary<Condition> = fc.record(
  {
    linked: allNone(ISSUES),
    agreed: allNone(ITEMS),
    score: fc.record({ us: range, china: range }, { requiredKeys: [] }),
    blocked: fc.uniqueArray(fc.constantFrom(...REASONS), { minLength: 1 }),
  },
  { requiredKeys: [] },
);
// A third of the conditions add model parts, so that conditions still often hold.
const condition: fc.Arbitrary<Condition> = fc.oneof(
  { arbitrary: baseCondition, weight: 2 },
  { arbitrary: fc.tuple(baseCondition, modelParts).map(([a, b]) => ({ ...a, ...b })), weight: 1 },
);

const chosen: fc.Arbitrary<Chosen> = fc
  .record({ id: fc.constantFrom(...OPTIONS), stances: fc.dictionary(fc.constantFrom(...ISSUES), stance, { maxKeys: 3 }) })
  .map(({ id, stances }): Chosen => ({ option: { id, label: id, text: id, stances, effects: {} } satisfies Option }));

const situation: fc.Arbitrary<Situation> = fc.record({
  round: fc.constantFrom(...ROUNDS),
  choices: fc.record({ us: chosen, china: chosen }, { requiredKeys: [] }),
  // Some measures missing: an unknown measure reads as 0.
  measures: fc.dictionary(fc.constantFrom(...MEASURES), level, { maxKeys: 3 }),
  flags: fc.uniqueArray(fc.constantFrom(...FLAGS)),
  linked: fc.uniqueArray(fc.constantFrom(...ISSUES)),
  agreed: fc.uniqueArray(fc.constantFrom(...ITEMS)),
  blocked: fc.option(fc.record({ reason: fc.constantFrom('walk-away' as const, 'hostage' as const), side: fc.constantFrom('us' as const, 'china' as const) })),
  // Endings see scores; elsewhere they are absent and read as 0.
  score: fc.option(fc.record({ us: level, china: level }), { nil: undefined }),
}, { requiredKeys: ['round', 'choices', 'measures', 'flags', 'linked', 'agreed', 'blocked'] });

describe('compile', () => {
  it('agrees with the plain reading of a condition on every situation', () => {
    fc.assert(
      fc.property(condition, fc.array(situation, { minLength: 1, maxLength: 8 }), (when, situations) => {
        const test = compile(when);
        for (const at of situations) expect(test(at)).toBe(holds(when, at));
      }),
      { numRuns: 2000 },
    );
  });

  it('meets both answers often enough to mean something', () => {
    // A property that held only because every condition failed would prove nothing.
    const answers = fc.sample(fc.tuple(condition, situation), { numRuns: 4000, seed: 1 }).map(([when, at]) => compile(when)(at));
    expect(answers.filter(Boolean).length).toBeGreaterThan(40);
    expect(answers.filter((a) => !a).length).toBeGreaterThan(40);
  });

  it('holds always for an empty condition', () => {
    fc.assert(fc.property(situation, (at) => compile({})(at)));
  });
});
