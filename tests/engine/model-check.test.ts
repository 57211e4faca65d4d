/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call -- tests edit the fixture's raw JSON; parseScenario then checks it */
/** The logic checks for the negotiation model's parts of a scenario, and balance warnings for authors. */
import { describe, expect, it } from 'vitest';
import { balanceWarnings, parseScenario, ScenarioError, type Problem } from '../../src/engine/index.ts';
import { fixture } from './helpers.ts';
import { variantJson, type Json } from './variant.ts';

function problemsOf(change: (j: Json) => void): Problem[] {
  try {
    parseScenario(variantJson(change));
  } catch (e) {
    if (e instanceof ScenarioError) return e.problems;
    throw e;
  }
  return [];
}

const source = 'example-source';
const withPackage = (j: Json) => {
  j.package = {
    items: [{ id: 'plan', label: 'A plan', help: 'A plan.' }, { id: 'channel', label: 'A channel', issue: j.issues[0].id, help: 'A channel.' }],
    interests: { us: [{ item: 'plan', want: true, weight: 2, label: 'A plan', source }], china: [{ item: 'channel', want: true, weight: 2, label: 'A channel', source }] },
    shielded: [j.measures[0].id],
  };
};

describe('model checks', () => {
  it('accepts a package whose ids resolve', () => {
    expect(problemsOf(withPackage)).toEqual([]);
  });

  it.each<[string, (j: Json) => void, string, RegExp]>([
    ['an interest in an unknown item', (j) => { withPackage(j); j.package.interests.us[0].item = 'nothing'; }, 'package.interests.us[0].item', /not a package item/],
    ['an item of an unknown issue', (j) => { withPackage(j); j.package.items[1].issue = 'weather'; }, 'package.items[1].issue', /not an issue/],
    ['a shielded unknown measure', (j) => { withPackage(j); j.package.shielded = ['money']; }, 'package.shielded[0]', /not a measure/],
    ['an option agreeing an unknown item', (j) => { withPackage(j); j.rounds[0].options.us[0].agree = ['cake']; }, 'rounds[0].options.us[0].agree[0]', /not a package item/],
    ['an agree without a package', (j) => { j.rounds[0].options.us[0].agree = ['plan']; }, 'rounds[0].options.us[0].agree[0]', /has no "package"/],
    ['a condition on an unknown linked issue', (j) => { j.rules.push({ id: 'x', label: 'X', when: { linked: { all: ['weather'] } }, effects: {} }); }, 'rules[2].when.linked.all[0]', /not an issue/],
  ])('reports %s', (_name, change, path, message) => {
    const problems = problemsOf(change);
    const found = problems.find((p) => p.path === path && message.test(p.message));
    expect(found, JSON.stringify(problems)).toBeDefined();
  });
});

describe('balance warnings', () => {
  it('name each missed target with its measured value', () => {
    const warnings = balanceWarnings(fixture(), 2, 20);
    expect(warnings.length).toBeGreaterThan(0);
    for (const w of warnings) {
      expect(w.path).toBe('balance');
      expect(w.message).toMatch(/\(measured: .+\)$/);
    }
  });
});
