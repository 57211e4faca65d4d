// @vitest-environment happy-dom
/**
 * Classroom views: cause tracing from the log (pure), and the debrief, guide and
 * class page built as DOM from real games of the Beijing scenario.
 */
import { describe, expect, test } from 'vitest';
import scenarioJson from '../../src/scenarios/beijing-2023.json' with { type: 'json' };
import { encodeReplay, replayGame } from '../../src/engine/replay/index.ts';
import { Scenario as ScenarioSchema, type Scenario } from '../../src/engine/schema.ts';
import type { GameState, Mode } from '../../src/engine/types.ts';
import { keyMeasures, measureSeries, pathBesideHistory, traceCauses } from '../../src/ui/classroom/causes.ts';
import { buildClassPage } from '../../src/ui/classroom/class-page.ts';
import { buildDebrief } from '../../src/ui/classroom/debrief.ts';
import { buildGuide } from '../../src/ui/classroom/guide.ts';
import { h } from '../../src/ui/dom.ts';

const scenario: Scenario = ScenarioSchema.parse(scenarioJson);
const historical = scenario.rounds.map((r) => r.options.us.find((o) => o.historical)!.id);
const walkOut = scenario.rounds.map((r, i) => (i === scenario.rounds.length - 1 ? 'us-f-walk' : r.options.us[2]!.id));

function play(choices: string[], seed = 12345, mode: Mode = 'us'): GameState {
  return replayGame(scenario, {
    scenarioId: scenario.id, version: scenario.version, seed, mode, rounds: choices.length,
    choices: choices.map((id) => ({ us: id })),
  });
}

/** Independent recomputation: Σ|by| per cause over the given measures. */
function weights(state: GameState, measures: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const record of state.log) {
    for (const change of record.changes) {
      if (!measures.includes(change.measure)) continue;
      const key = change.cause.kind === 'option' ? `option:${change.cause.side}:${change.cause.id}` : `${change.cause.kind}:${change.cause.id}`;
      out.set(key, (out.get(key) ?? 0) + Math.abs(change.by));
    }
  }
  return out;
}

describe('cause tracing', () => {
  test('key measures: those the ending names, else all', () => {
    const unstuck = scenario.endings.find((e) => e.id === 'unstuck');
    const frozen = scenario.endings.find((e) => e.id === 'frozen');
    expect(keyMeasures(scenario, unstuck)).toEqual(['trust', 'climate']);
    expect(keyMeasures(scenario, frozen)).toEqual(scenario.measures.map((m) => m.id));
  });

  test('the largest causes come first, with weights and net moves that match the log', () => {
    for (const seed of [1, 2, 3, 12345, 99999]) {
      const state = play(historical, seed);
      const ending = scenario.endings.find((e) => e.id === state.ending);
      const measures = keyMeasures(scenario, ending);
      const expected = weights(state, measures);
      const causes = traceCauses(scenario, state, 3);
      expect(causes.length).toBeGreaterThanOrEqual(2);
      expect(causes.length).toBeLessThanOrEqual(3);
      const top = Math.max(...expected.values());
      expect(causes[0]!.weight).toBe(top);
      for (const cause of causes) {
        expect(cause.weight).toBe(expected.get(cause.key));
        // Net moves on key measures only, and their |sum| never exceeds the weight.
        for (const move of cause.moves) expect(measures).toContain(move.measure);
        expect(cause.moves.reduce((sum, m) => sum + Math.abs(m.by), 0)).toBeLessThanOrEqual(cause.weight);
        expect(cause.label).not.toBe(cause.id);
      }
      for (let i = 1; i < causes.length; i++) expect(causes[i - 1]!.weight).toBeGreaterThanOrEqual(causes[i]!.weight);
      // No cause left out weighs more than the last one shown.
      const shown = new Set(causes.map((c) => c.key));
      const lightest = causes[causes.length - 1]!.weight;
      for (const [key, w] of expected) if (!shown.has(key)) expect(w).toBeLessThanOrEqual(lightest);
    }
  });

  test('a walk-out that freezes the channel is named first as decisive, with the option that triggered it', () => {
    const state = play(walkOut);
    expect(state.ending).toBe('frozen');
    const causes = traceCauses(scenario, state);
    expect(causes[0]).toMatchObject({ kind: 'rule', id: 'us-walkout', decisive: true, rounds: ['final'] });
    expect(causes.map((c) => c.id)).toContain('us-f-walk');
    const walk = causes.find((c) => c.id === 'us-f-walk')!;
    expect(walk.side).toBe('us');
    expect(walk.moves.find((m) => m.measure === 'trust')!.by).toBeLessThan(0);
  });

  test('a limit of one returns one cause; an unfinished game still traces', () => {
    expect(traceCauses(scenario, play(historical), 1)).toHaveLength(1);
    expect(traceCauses(scenario, play(historical.slice(0, 2))).length).toBeGreaterThan(0);
  });

  test('measure series start from the scenario and follow the log; the path beside history marks same and different', () => {
    const state = play(walkOut);
    const series = measureSeries(scenario, state);
    for (const s of series) {
      expect(s.values).toHaveLength(scenario.rounds.length + 1);
      expect(s.values[0]).toBe(scenario.measures.find((m) => m.id === s.id)!.start);
      expect(s.values.at(-1)).toBe(state.measures[s.id]);
    }
    const rows = pathBesideHistory(scenario, state, 'us');
    expect(rows).toHaveLength(6);
    expect(rows.at(-1)).toMatchObject({ same: false, chosen: { id: 'us-f-walk', label: 'Walk away' }, real: { id: 'us-f-meet' } });
    expect(pathBesideHistory(scenario, play(historical), 'us').every((r) => r.same)).toBe(true);
  });
});

describe('classroom DOM', () => {
  const heading = (text: string) => h('h1', { tabindex: -1 }, text);

  test('the debrief shows causes, a labelled chart with its table, history per round, questions and glossary', () => {
    const state = play(walkOut);
    const el = buildDebrief({ scenario, state, heading, onBack: () => undefined, branch: (i) => h('button', { 'data-branch': i }, 'Try') });
    expect(el.querySelector('h1')!.textContent).toBe('Debrief: The channel freezes again');
    expect(el.querySelectorAll('.causes > li')).toHaveLength(3);
    const svg = el.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect([...svg.querySelectorAll('.chart-axis')].map((t) => t.textContent)).toEqual(['Start', '1', '2', '3', '4', '5', '6']);
    expect(el.querySelectorAll('.chart-table tbody tr')).toHaveLength(scenario.measures.length);
    expect(el.querySelectorAll('.beside-round')).toHaveLength(6);
    expect(el.querySelectorAll('[data-branch]')).toHaveLength(6);
    expect(el.querySelectorAll('.beside-verdict[data-same="false"]').length).toBeGreaterThan(0);
    const n = el.querySelectorAll('.questions > li').length;
    expect(n >= 4 && n <= 6).toBe(true);
    expect(el.querySelectorAll('.glossary dt').length).toBe(scenario.debrief.glossary.length);
    for (const a of el.querySelectorAll('a[target="_blank"]')) expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(el.querySelector('[style]')).toBeNull();
  });

  test('the guide has contents for every section and scoped table headers', () => {
    const el = buildGuide({ heading, onBack: () => undefined, classHref: '#/class', chapters: [scenario] });
    const sections = el.querySelectorAll('section.guide-section');
    expect(el.querySelectorAll('.guide-contents a')).toHaveLength(sections.length);
    for (const th of el.querySelectorAll('th')) expect(['col', 'row']).toContain(th.getAttribute('scope'));
    expect(el.querySelector('a[href="#/class"]')).not.toBeNull();
    // The printed materials: a role sheet per side and the source packet of each chapter, and the memo.
    const printed = [...el.querySelectorAll('[data-print-chapter] a')].map((a) => a.getAttribute('href'));
    expect(printed).toEqual([`#/roles/${scenario.id}/us`, `#/roles/${scenario.id}/china`, `#/sources/${scenario.id}`]);
    expect(el.querySelector('a[href="#/memo"]')).not.toBeNull();
  });

  test('the class page counts games, reports a damaged line by number and keeps the rest', () => {
    // A seed on which the historical US path reaches the historical ending against the computer.
    const seed = Array.from({ length: 100 }, (_, i) => i + 1).find((s) => play(historical, s).ending === 'unstuck')!;
    const codes = [encodeReplay(scenario, play(historical, seed)), encodeReplay(scenario, play(walkOut))];
    const said: string[] = [];
    const el = buildClassPage({ scenarios: [scenario], heading, onBack: () => undefined, teachersHref: '#/teachers', announce: (t) => said.push(t) });
    document.body.replaceChildren(el);
    const input = el.querySelector('textarea')!;
    input.value = `${codes[0]}\nnot a code\nTeam Red: ${codes[1]}\n`;
    (el.querySelector('[data-action="show-results"]') as HTMLButtonElement).click();
    expect(el.querySelector('[data-class-status]')!.textContent).toBe('2 games counted. 1 line could not be read.');
    expect([...el.querySelectorAll('.class-problems li')].map((li) => li.getAttribute('data-line'))).toEqual(['2']);
    expect(el.querySelector('[data-ending="frozen"] td')!.textContent).toBe('1');
    expect(el.querySelector('[data-ending="unstuck"] td')!.textContent).toBe('1');
    expect((el.querySelector('[data-action="download-csv"]') as HTMLButtonElement).disabled).toBe(false);
    expect(said).toEqual(['2 games counted. 1 line could not be read.']);
  });

  test('codes from two chapters are counted together and their results grouped by chapter, each with its CSV', () => {
    // A second chapter: the same rules under another id and title, as a stand-in for a real one.
    const other: Scenario = { ...scenario, id: 'other-chapter', title: 'Another chapter' };
    const playIn = (s: Scenario, seed: number): GameState => replayGame(s, {
      scenarioId: s.id, version: s.version, seed, mode: 'us', rounds: historical.length, choices: historical.map((id) => ({ us: id })),
    });
    const stranger: Scenario = { ...scenario, id: 'not-on-this-page' };
    const el = buildClassPage({ scenarios: [scenario, other], heading, onBack: () => undefined, teachersHref: '#/teachers', announce: () => undefined });
    document.body.replaceChildren(el);
    el.querySelector('textarea')!.value = [
      encodeReplay(other, playIn(other, 1)), encodeReplay(scenario, playIn(scenario, 2)), encodeReplay(other, playIn(other, 3)),
      encodeReplay(stranger, playIn(stranger, 4)),
    ].join('\n');
    (el.querySelector('[data-action="show-results"]') as HTMLButtonElement).click();
    expect(el.querySelector('[data-class-status]')!.textContent).toBe('3 games counted. 1 line could not be read.');
    const groups = [...el.querySelectorAll<HTMLElement>('section.class-chapter')];
    // In the chapters' order, not the order pasted.
    expect(groups.map((g) => g.dataset.chapter)).toEqual(['beijing-2023', 'other-chapter']);
    expect(groups.map((g) => g.querySelector('h2')!.textContent)).toEqual([scenario.title, 'Another chapter']);
    expect(groups.map((g) => g.querySelector('.big-number')!.textContent)).toEqual(['1', '2']);
    expect(groups[1]!.querySelectorAll('h3').length).toBeGreaterThan(0);
    expect(groups.map((g) => g.querySelectorAll('[data-action="download-csv"]').length)).toEqual([1, 1]);
    expect(el.querySelector('.class-problems li')!.textContent).toContain('"not-on-this-page"');
    const ids = [...el.querySelectorAll('[id]')].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
