/** Content rules for the Beijing, July 2023 scenario: shape, history marks, sources. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Scenario, checkScenario, explore, toneFor, type SideId } from '../../src/engine/index.ts';
import { BEIJING_PATH } from './helpers.ts';

const scenario = Scenario.parse(JSON.parse(readFileSync(BEIJING_PATH, 'utf8')));
const SIDES: SideId[] = ['us', 'china'];

describe('beijing-2023 content', () => {
  it('passes the engine’s logic check, and its two-player walk (sampled) finds every ending', () => {
    expect(checkScenario(scenario)).toEqual([]);
    const found = explore(scenario); // cached by checkScenario: same scenario object, default seeds
    expect([...found.endings.keys()].sort()).toEqual(scenario.endings.map((e) => e.id).sort());
  });

  it('has the ids, measures, issues and delegations the game expects', () => {
    expect(scenario.id).toBe('beijing-2023');
    expect(scenario.measures.map((m) => m.id)).toEqual(['trust', 'climate', 'us-home', 'china-home']);
    expect(scenario.issues.map((i) => i.id)).toEqual(['trade', 'tech', 'taiwan']);
    expect(scenario.sides[0].delegation.map((p) => p.id)).toEqual(['kerry']);
    expect(scenario.sides[1].delegation.map((p) => p.id)).toEqual(['xie', 'wang-yi', 'li-qiang', 'han-zheng']);
  });

  it('follows the real sequence of the visit', () => {
    expect(scenario.rounds.map((r) => r.scene)).toEqual(['dinner', 'hotel', 'premier', 'great-hall', 'press', 'final']);
    for (const round of scenario.rounds) {
      for (const side of SIDES) {
        expect(round.options[side].length, `${round.id} ${side}`).toBeGreaterThanOrEqual(3);
        expect(round.options[side].filter((o) => o.historical).length, `${round.id} ${side} historical`).toBe(1);
      }
      expect(round.headlines!.length).toBeGreaterThanOrEqual(2);
      expect(round.headlines!.length).toBeLessThanOrEqual(4);
    }
  });

  it('keeps every event in a time window and gives it a source', () => {
    expect(scenario.events.length).toBeGreaterThanOrEqual(8);
    for (const e of scenario.events) {
      expect(e.when.rounds, e.id).toBeDefined();
      expect(scenario.sources[e.source]?.url, e.id).toMatch(/^https?:\/\//);
    }
    // The later US investment order appears only as a rumour, and only after the talks' main rounds.
    const rumour = scenario.events.find((e) => e.id === 'chip-rumour')!;
    expect(rumour.text).toMatch(/rumour/);
    expect(rumour.when.rounds).toEqual(['press', 'final']);
  });

  it('has one historical ending, plus good, mixed and bad ones', () => {
    expect(scenario.endings.filter((e) => e.historical).map((e) => e.id)).toEqual(['unstuck']);
    expect(scenario.endings.length).toBeGreaterThanOrEqual(5);
    for (const side of ['us', 'china'] as const) {
      expect(new Set(scenario.endings.map((e) => toneFor(e, side))), side).toEqual(new Set(['good', 'mixed', 'bad']));
    }
    // Some endings read well for one side and not for the other.
    const split = scenario.endings.filter((e) => (toneFor(e, 'us') === 'good') !== (toneFor(e, 'china') === 'good'));
    expect(split.length).toBeGreaterThanOrEqual(2);
    expect(scenario.endings[scenario.endings.length - 1]!.when).toEqual({});
  });

  it('makes a Taiwan concession set a lasting flag that a later rule reads', () => {
    const concession = scenario.rounds.flatMap((r) => r.options.us).find((o) => o.sets?.includes('taiwan-concession'))!;
    expect(concession.stances.taiwan).toBe('link');
    expect(concession.effects['us-home']!.by).toBeLessThanOrEqual(-20);
    const echo = scenario.rules.find((r) => r.when.flags?.all?.includes('taiwan-concession'))!;
    expect(echo.effects['us-home']!.by).toBeLessThan(0);
  });
});
