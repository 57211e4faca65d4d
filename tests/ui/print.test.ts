// @vitest-environment happy-dom
/**
 * The printed materials are generated from the scenario: the role sheet's
 * interests, limits, alternative, home and excerpts come from the data (a changed
 * interest changes the sheet), and the source packet holds every sourced line.
 */
import { describe, expect, test } from 'vitest';
import scenarioJson from '../../src/scenarios/beijing-2023.json' with { type: 'json' };
import { Scenario as ScenarioSchema, type Scenario } from '../../src/engine/schema.ts';
import { citations } from '../../src/engine/sources.ts';
import { buildPrintPage } from '../../src/ui/print/index.ts';
import { roleSheetView } from '../../src/ui/print/print-views.ts';
import { failedEndings, roleSheet } from '../../src/ui/print/role-sheet.ts';
import { sourcePacket } from '../../src/ui/print/source-packet.ts';

const scenario: Scenario = ScenarioSchema.parse(scenarioJson);
const copy = (): Scenario => structuredClone(scenario);

describe('role sheets', () => {
  test('what each side wants and must not give up are its interests, heaviest first, with their weights', () => {
    for (const side of scenario.sides) {
      const sheet = roleSheet(scenario, side.id);
      const interests = scenario.package!.interests[side.id];
      expect(sheet.wants.map((w) => w.label).sort()).toEqual(interests.filter((i) => i.want).map((i) => i.label).sort());
      expect(sheet.mustNot.map((w) => w.label).sort()).toEqual(interests.filter((i) => !i.want).map((i) => i.label).sort());
      for (const list of [sheet.wants, sheet.mustNot]) {
        expect(list.map((w) => w.weight)).toEqual([...list.map((w) => w.weight)].sort((a, b) => b - a));
      }
      const lead = side.delegation.find((p) => p.id === side.lead)!;
      expect(sheet.speaksAs.name).toBe(lead.name);
      expect(sheet.others).toHaveLength(side.delegation.length - 1);
      expect(sheet.hostage).toEqual(scenario.issues.filter((i) => i.hostage).map((i) => i.label));
      expect(sheet.batna?.text).toBe(side.batna?.text);
      expect(sheet.home.note?.text).toBe(side.home?.text);
    }
  });

  test('the three excerpts are the side\'s own sourced lines, from different rounds and sources', () => {
    for (const side of scenario.sides) {
      const people = new Set(side.delegation.map((p) => p.name));
      const { excerpts } = roleSheet(scenario, side.id);
      expect(excerpts).toHaveLength(3);
      for (const e of excerpts) expect(people.has(e.speaker)).toBe(true);
      expect(new Set(excerpts.map((e) => e.round)).size).toBe(3);
      expect(new Set(excerpts.map((e) => e.source.url)).size).toBe(3);
    }
  });

  test('talks that fail: the ending with no condition, a blocked package, bad for both; home: the ending at its limit', () => {
    const failed = failedEndings(scenario).map((e) => e.id);
    expect(failed).toContain(scenario.endings.at(-1)!.id);
    for (const e of scenario.endings) {
      if (e.when.blocked?.includes('hostage')) expect(failed).toContain(e.id);
      if (e.tone === 'good' || (typeof e.tone === 'object' && (e.tone.us === 'good' || e.tone.china === 'good'))) expect(failed).not.toContain(e.id);
    }
    const us = roleSheet(scenario, 'us');
    const limit = scenario.endings.find((e) => e.when.measures?.['us-home']?.max !== undefined)!;
    expect(us.home.undone).toEqual([{ at: limit.when.measures!['us-home']!.max, ending: limit.title }]);
  });

  test('the sheet changes when the scenario\'s interests change', () => {
    const changed = copy();
    const interests = changed.package!.interests.us;
    const methane = interests.find((i) => i.item === 'methane-plan')!;
    methane.weight = 9;
    methane.label = 'A methane plan with hard numbers';
    interests.find((i) => i.item === 'working-group')!.want = false;
    changed.package!.interests.china = changed.package!.interests.china.filter((i) => i.item !== 'taiwan-wording');

    const before = roleSheet(scenario, 'us');
    const after = roleSheet(changed, 'us');
    expect(after.wants[0]).toMatchObject({ label: 'A methane plan with hard numbers', weight: 9 });
    expect(before.wants[0]!.label).not.toBe('A methane plan with hard numbers');
    expect(after.wants.map((w) => w.item)).not.toContain('A working group with a timetable');
    expect(after.mustNot.map((w) => w.item)).toContain('A working group with a timetable');
    expect(roleSheet(changed, 'china').wants.map((w) => w.label)).not.toContain('The one-China principle');

    // And so does the printed page.
    const text = roleSheetView(after).textContent ?? '';
    expect(text).toContain('weight 9');
    expect(text).toContain('A methane plan with hard numbers');
    expect(roleSheetView(before).textContent).not.toContain('A methane plan with hard numbers');
  });

  test('the notes cite the scenario\'s sources table, and the check sees those citations', () => {
    const us = roleSheet(scenario, 'us');
    expect(us.batna?.sources.map((src) => src.url)).toEqual(scenario.sides[0].batna!.sources.map((id) => scenario.sources[id]!.url));
    const paths = citations(scenario).map((c) => c.path);
    expect(paths).toContain('sides[0].batna.sources[0]');
    expect(paths).toContain('sides[1].home.sources[0]');
  });

  test('a scenario without a package or notes still gets a sheet', () => {
    const bare = copy();
    delete bare.package;
    delete bare.sides[0].batna;
    delete bare.sides[0].home;
    const sheet = roleSheet(bare, 'us');
    expect(sheet.wants).toEqual([]);
    expect(sheet.batna).toBeNull();
    const el = roleSheetView(sheet);
    expect(el.querySelector('.sheet-must-not')?.textContent).toContain('Nothing in the package counts against you.');
    expect(el.querySelector('.sheet-no-deal')?.textContent).toContain(scenario.endings.at(-1)!.title);
  });
});

describe('source packet', () => {
  test('every sourced line of both delegations, by round, with its date and link', () => {
    const packet = sourcePacket(scenario);
    const sourced = scenario.rounds.flatMap((r) => r.lines.filter((l) => l.source));
    expect(packet.rounds.flatMap((r) => r.excerpts)).toHaveLength(sourced.length);
    expect(new Set(packet.rounds.flatMap((r) => r.excerpts.map((e) => e.side)))).toEqual(new Set(['us', 'china']));
    for (const r of packet.rounds) expect(scenario.rounds.some((round) => round.date === r.date && round.title === r.title)).toBe(true);
  });

  test('the page: the packet, and the guide\'s source check for the chapter it belongs to, with no answers shown', () => {
    const el = buildPrintPage({ name: 'sources', chapter: scenario.id }, scenario);
    expect(el.querySelectorAll('.packet .excerpt').length).toBe(scenario.rounds.flatMap((r) => r.lines.filter((l) => l.source)).length);
    const exercise = el.querySelector('.packet-exercise');
    expect(exercise?.textContent).toContain('Xinhua');
    for (const details of exercise?.querySelectorAll('details') ?? []) expect(details.hasAttribute('open')).toBe(false);
    const other = copy();
    other.id = 'my-beijing';
    expect(buildPrintPage({ name: 'sources', chapter: other.id }, other).querySelector('.packet-exercise')).toBeNull();
    expect(el.querySelector('[style]')).toBeNull();
  });

  test('the memo page has the template\'s prompts and the rubric; an unknown chapter says so', () => {
    const memo = buildPrintPage({ name: 'memo' }, null);
    expect(memo.querySelectorAll('.memo-steps > li').length).toBeGreaterThanOrEqual(5);
    expect(memo.querySelectorAll('.memo-rubric tbody tr').length).toBeGreaterThanOrEqual(3);
    expect(buildPrintPage({ name: 'roles', chapter: 'nowhere', side: 'us' }, null).textContent).toContain('nowhere');
  });
});
