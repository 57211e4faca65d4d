import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseScenario } from '../../src/engine/index.ts';
import type { Change } from '../../src/engine/types.ts';
import {
  findOption, formatDelta, likelyMoves, measuresBefore, netChanges, optionForKey, otherSide, pathSummary,
  reasonFor, speakerOf, stanceBadges,
} from '../../src/ui/view-model.ts';

const scenario = parseScenario(JSON.parse(readFileSync('tests/engine/fixtures/mini.json', 'utf8')));
const round = scenario.rounds[0]!;

describe('view helpers', () => {
  test('formatDelta uses a sign and a true minus', () => {
    expect(formatDelta(5)).toBe('+5');
    expect(formatDelta(-3)).toBe('\u22123');
    expect(formatDelta(0)).toBe('0');
  });

  test('stance badges follow the scenario issue order and only name touched issues', () => {
    for (const option of [...round.options.us, ...round.options.china]) {
      const badges = stanceBadges(scenario, option);
      expect(badges.map((b) => b.issue)).toEqual(scenario.issues.map((i) => i.id).filter((id) => option.stances[id]));
      for (const badge of badges) expect(badge.stance).toBe(option.stances[badge.issue]);
    }
  });

  test('likely moves give direction only, for measures the option moves', () => {
    for (const option of round.options.us) {
      const moves = likelyMoves(scenario, option);
      for (const move of moves) {
        const by = option.effects[move.measure]!.by;
        expect(move.direction).toBe(by > 0 ? 'up' : 'down');
        expect(move).not.toHaveProperty('by');
      }
      expect(moves.length).toBe(Object.values(option.effects).filter((e) => e.by !== 0).length);
    }
  });

  test('reasons come from the option, rule or event that caused a change', () => {
    const option = round.options.us[0]!;
    const [measure, effect] = Object.entries(option.effects)[0]!;
    const change: Change = { measure, want: effect.by, by: effect.by, to: 50, cause: { kind: 'option', side: 'us', id: option.id } };
    expect(reasonFor(scenario, round.id, change)).toBe(effect.why);
    const rule = scenario.rules.find((r) => Object.keys(r.effects).length > 0);
    if (rule) {
      const [rm, re] = Object.entries(rule.effects)[0]!;
      expect(reasonFor(scenario, round.id, { measure: rm, want: re.by, by: re.by, to: 1, cause: { kind: 'rule', id: rule.id } })).toBe(re.why);
    }
    expect(reasonFor(scenario, round.id, { measure: 'trust', want: 1, by: 1, to: 1, cause: { kind: 'event', id: 'nope' } })).toBe('');
  });

  test('net changes sum per measure and keep the last value', () => {
    const changes: Change[] = [
      { measure: 'trust', want: 5, by: 5, to: 45, cause: { kind: 'rule', id: 'a' } },
      { measure: 'trust', want: -8, by: -8, to: 37, cause: { kind: 'rule', id: 'b' } },
      { measure: 'climate', want: 3, by: 3, to: 23, cause: { kind: 'rule', id: 'c' } },
      { measure: 'us-home', want: 2, by: 2, to: 62, cause: { kind: 'rule', id: 'd' } },
      { measure: 'us-home', want: -2, by: -2, to: 60, cause: { kind: 'rule', id: 'e' } },
    ];
    expect(netChanges(scenario, changes)).toEqual([
      { measure: 'trust', by: -3, to: 37 },
      { measure: 'climate', by: 3, to: 23 },
    ]);
  });

  test('speakers resolve to side, name, role and delegation index', () => {
    const china = scenario.sides[1];
    const last = china.delegation[china.delegation.length - 1]!;
    expect(speakerOf(scenario, last.id)).toEqual({ side: 'china', name: last.name, role: last.role, index: china.delegation.length - 1 });
    expect(speakerOf(scenario, 'nobody').side).toBeNull();
  });

  test('number keys map to options within range only', () => {
    expect(optionForKey('1', 3)).toBe(0);
    expect(optionForKey('3', 3)).toBe(2);
    expect(optionForKey('4', 3)).toBeNull();
    expect(optionForKey('0', 3)).toBeNull();
    expect(optionForKey('a', 3)).toBeNull();
    expect(optionForKey('12', 20)).toBeNull();
  });

  test('path summary and measures before a round', () => {
    const us = round.options.us[0]!;
    const cn = round.options.china[0]!;
    const log = [{ round: round.id, choices: { us: us.id, china: cn.id }, changes: [], rules: [], event: null, measures: { trust: 1 } }];
    expect(pathSummary(scenario, log)).toEqual([{ round: round.title, us: us.label, china: cn.label }]);
    expect(findOption(scenario, round.id, 'us', us.id)).toBe(us);
    expect(otherSide('us')).toBe('china');
    const state = { log } as unknown as Parameters<typeof measuresBefore>[1];
    expect(measuresBefore(scenario, state, 1)).toEqual({ trust: 1 });
    expect(measuresBefore(scenario, state, 0)).toEqual(Object.fromEntries(scenario.measures.map((m) => [m.id, m.start])));
  });
});
