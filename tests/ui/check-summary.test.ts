// @vitest-environment happy-dom
/** The class page's check section, built from real codes: figures in text, games of another set named, nothing without checks. */
import { describe, expect, it } from 'vitest';
import scenarioJson from '../../src/scenarios/beijing-2023.json' with { type: 'json' };
import { encodeReplay, replayGame, type CheckRecord } from '../../src/engine/replay/index.ts';
import { loadClassGames, parseClassInput } from '../../src/engine/class/index.ts';
import { Scenario as ScenarioSchema, type Scenario } from '../../src/engine/schema.ts';
import { checkSummaryView } from '../../src/ui/classroom/check-summary.ts';

const scenario: Scenario = ScenarioSchema.parse(scenarioJson);
const lookup = new Map([[scenario.id, scenario]]);

function code(seed: number, check?: CheckRecord): string {
  const choices = scenario.rounds.map((r, i) => ({ us: r.options.us[(seed + i) % r.options.us.length]!.id }));
  return encodeReplay(scenario, replayGame(scenario, { scenarioId: scenario.id, version: scenario.version, seed, mode: 'us', rounds: choices.length, choices }), check);
}

function games(lines: string[]) {
  return loadClassGames(parseClassInput(lines.join('\n')).entries, lookup).games;
}

describe('the class page\'s check section', () => {
  it('is absent when no code carries a check', () => {
    expect(checkSummaryView(games([code(1), code(2)]))).toBeNull();
  });

  it('gives every figure in text, says "not taken" where no one took the post-check, and names lines of another set', () => {
    const view = checkSummaryView(games([
      code(1, { set: 1, pre: ['right', 'wrong', 'wrong', 'skipped', 'right'] }),
      code(2, { set: 1, pre: ['right', 'right', 'wrong', 'wrong', 'wrong'] }),
      code(3, { set: 9, pre: ['right', 'right', 'right', 'right', 'right'] }),
    ]))!;
    document.body.replaceChildren(view);
    expect(view.querySelector('[data-check-counts]')?.getAttribute('data-check-counts')).toBe('2/0/0');
    const row = (q: string) => [...view.querySelectorAll(`tr[data-question="${q}"] td`)].map((td) => td.textContent);
    expect(row('1')).toEqual(['2 of 2 (100%)', 'not taken', '']);
    expect(row('2')).toEqual(['1 of 2 (50%)', 'not taken', '']);
    expect(row('all')).toEqual(['4 of 10 (40%)', 'not taken', '']);
    expect(view.textContent).toContain('Left out, because their check had other questions: 3.');
    // The chart has a bar (with its percentage) only where a check was taken, and a title naming what it shows.
    expect(view.querySelectorAll('svg .bar-pair .bar-before')).toHaveLength(6);
    expect(view.querySelectorAll('svg .bar-pair .bar-after')).toHaveLength(0);
    expect(view.querySelectorAll('svg .bar-pair .bar-value')).toHaveLength(6);
    expect(view.querySelector('svg')?.getAttribute('role')).toBe('img');
    expect(view.querySelector('svg title')?.textContent).toMatch(/before .* after/);
  });
});
