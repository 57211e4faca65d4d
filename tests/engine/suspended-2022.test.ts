/**
 * The chapter "August 2022: talks suspended": it parses and passes the
 * checker (its balance targets are asserted with every chapter's, in
 * chapter-balance.test.ts), and its content keeps to the record: the eight countermeasures as
 * the foreign ministry published them, the real sequence of decision points,
 * the historical paths reaching the historical ending, and the lever's
 * mechanics (a refused Taiwan held hostage at the end, a walk-out freezing
 * the talks).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Scenario, checkScenario, packageOutcome, playGame, toneFor, type SideId } from '../../src/engine/index.ts';
import { chapterPath } from './helpers.ts';

const raw = JSON.parse(readFileSync(chapterPath('suspended-2022'), 'utf8')) as Record<string, unknown>;
const scenario = Scenario.parse(raw);
const historical = (side: SideId) => scenario.rounds.map((r) => r.options[side].find((o) => o.historical)!.id);
const seeds = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const both = (us: string[], china: string[]) => us.map((u, i) => ({ us: u, china: china[i]! }));

/** The MFA's English list of 5 August 2022, in its order (facts sheet §4). */
const EIGHT = [
  'Canceling China-U.S. Theater Commanders Talk.',
  'Canceling China-U.S. Defense Policy Coordination Talks (DPCT).',
  'Canceling China-U.S. Military Maritime Consultative Agreement (MMCA) meetings.',
  'Suspending China-U.S. cooperation on the repatriation of illegal immigrants.',
  'Suspending China-U.S. cooperation on legal assistance in criminal matters.',
  'Suspending China-U.S. cooperation against transnational crimes.',
  'Suspending China-U.S. counternarcotics cooperation.',
  'Suspending China-U.S. talks on climate change.',
];

describe('suspended-2022: checks', () => {
  it('passes the engine’s logic check, including every ending reached in the two-player walk', () => {
    expect(checkScenario(scenario)).toEqual([]);
  });
});

describe('suspended-2022: content', () => {
  it('names the eight countermeasures as published, climate talks last, in the round they were announced', () => {
    const entry = scenario.debrief.glossary.find((g) => g.term.startsWith('The eight countermeasures'))!;
    const positions = EIGHT.map((item, i) => entry.text.indexOf(`${i + 1}. ${item}`));
    expect(positions.every((p) => p >= 0), entry.text).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const round = scenario.rounds.find((r) => r.id === 'measures')!;
    expect(round.date).toMatch(/^5–/);
    expect(round.lines.some((l) => l.text.includes('暂停中美气候变化商谈'))).toBe(true);
    const eight = round.options.china.find((o) => o.historical)!;
    expect(eight.stances).toMatchObject({ taiwan: 'link', military: 'link' });
    expect(eight.sets).toContain('talks-suspended');
  });

  it('follows the six decision points of the record, in order, in scenes the game knows', () => {
    expect(scenario.rounds.map((r) => r.id)).toEqual(['warning', 'visit', 'measures', 'condition', 'bali', 'cop27']);
    expect(scenario.rounds.map((r) => r.scene)).toEqual(['press', 'neutral', 'briefing-room', 'press', 'bali', 'cop-hall']);
    for (const round of scenario.rounds) {
      for (const side of ['us', 'china'] as const) {
        expect(round.options[side].length, `${round.id} ${side}`).toBeGreaterThanOrEqual(3);
        expect(round.options[side].filter((o) => o.historical).length, `${round.id} ${side}`).toBe(1);
      }
    }
  });

  it('dates every event and keeps it in the rounds of its time', () => {
    expect(scenario.events.length).toBeGreaterThanOrEqual(12);
    const months = /(July|August|September|October|November)/;
    for (const e of scenario.events) {
      expect(e.when.rounds, e.id).toBeDefined();
      expect(e.text, e.id).toMatch(months);
    }
    // The chip controls of 7 October cannot come before the condition round (9 August–12 October).
    expect(scenario.events.find((e) => e.id === 'chip-controls')!.when.rounds).toEqual(['condition', 'bali']);
  });

  it('lets each side both link and separate Taiwan and the military talks', () => {
    for (const side of ['us', 'china'] as const) {
      for (const issue of ['taiwan', 'military']) {
        const stances = scenario.rounds.flatMap((r) => r.options[side].map((o) => o.stances[issue]));
        expect(stances, `${side} ${issue}`).toContain('link');
        expect(stances, `${side} ${issue}`).toContain('separate');
      }
    }
  });

  it('writes every source as an id into one table, each entry used and none repeated', () => {
    const table = raw.sources as Record<string, { url: string }>;
    const used = new Set<string>();
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object') {
        for (const [k, v] of Object.entries(x)) {
          if (x === raw && k === 'sources') continue;
          if (k === 'source') {
            expect(typeof v, 'a source is an id').toBe('string');
            used.add(v as string);
          } else if (k === 'sources' && Array.isArray(v)) v.forEach((id) => { expect(typeof id).toBe('string'); used.add(id as string); });
          else walk(v);
        }
      }
    };
    walk(raw);
    expect([...used].filter((id) => !(id in table))).toEqual([]);
    expect(Object.keys(table).filter((id) => !used.has(id))).toEqual([]);
    const urls = Object.values(table).map((s) => s.url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('ends as the record does when both sides play what really happened', () => {
    const ending = scenario.endings.find((e) => e.historical)!;
    expect(ending.id).toBe('thaw');
    expect(ending.history).toMatch(/15 and 17 November/);
    expect(ending.history).toMatch(/July 2023/);
    expect(ending.history).toMatch(/military channels stayed cut until November 2023/);
    const games = seeds(50).map((s) => playGame(scenario, s, 'two', both(historical('us'), historical('china'))));
    expect(games.filter((g) => g.ending === 'thaw').length).toBeGreaterThanOrEqual(30);
    // The talks resumed and the leaders empowered their officials; no gesture on Taiwan was made.
    const usual = games.find((g) => g.ending === 'thaw')!;
    expect(usual.model.agreed).toEqual(expect.arrayContaining(['talks-resumed', 'leaders-mandate']));
    expect(packageOutcome(scenario, usual.model).us.gaveUp).toEqual([]);
  });

  it('has endings good for one side only, both ways, and a last ending that always holds', () => {
    const usOnly = scenario.endings.filter((e) => toneFor(e, 'us') === 'good' && toneFor(e, 'china') !== 'good');
    const chinaOnly = scenario.endings.filter((e) => toneFor(e, 'china') === 'good' && toneFor(e, 'us') !== 'good');
    expect(usOnly.map((e) => e.id)).toEqual(['separate-track']);
    expect(chinaOnly.map((e) => e.id)).toEqual(['trade-off']);
    expect(scenario.endings.at(-1)!.when).toEqual({});
  });
});

describe('suspended-2022: the lever’s mechanics', () => {
  it('a Taiwan refused while Beijing held the lever, linked again at COP27, holds the package hostage', () => {
    const china = historical('china').map((id, i, all) => (i === all.length - 1 ? 'cn-6-blame' : id));
    for (const s of seeds(30)) {
      const g = playGame(scenario, s, 'two', both(historical('us'), china));
      expect(g.model.blocked).toEqual({ reason: 'hostage', side: 'china', issue: 'taiwan' });
      expect(g.ending).toBe('hostage');
    }
  });

  it('keeping the suspension at COP27 freezes the talks with an empty package', () => {
    const china = historical('china').map((id, i, all) => (i === all.length - 1 ? 'cn-6-freeze' : id));
    for (const s of seeds(20)) {
      const g = playGame(scenario, s, 'china', china.map((id) => ({ china: id })));
      expect(g.model.blocked?.reason).toBe('walk-away');
      expect(g.ending).toBe('deep-freeze');
    }
  });

  it('a gesture on Taiwan counts only while Taiwan stays linked, and taking it back costs trust', () => {
    const kept = historical('us').map((id, i) => (i === 3 ? 'us-4-gesture' : id));
    const taken = kept.map((id, i) => (i === 4 ? 'us-5-rights' : id));
    const a = playGame(scenario, 1, 'two', both(kept, historical('china')));
    const b = playGame(scenario, 1, 'two', both(taken, historical('china')));
    expect(packageOutcome(scenario, a.model).china.secured).toContain('taiwan-gesture');
    expect(b.model.agreed).not.toContain('taiwan-gesture');
    expect(b.log[4]!.rules).toContain('gesture-withdrawn');
  });
});
