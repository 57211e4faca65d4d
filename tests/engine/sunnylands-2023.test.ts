/**
 * The chapter "Sunnylands, November 2023": it parses and passes the checker,
 * (its balance targets are in chapter-balance.test.ts), and
 * keeps to the record of the fact sheet: the rounds in their real order, the
 * Sunnylands Statement as it was published, every claim with a source from the
 * sources table, and linkage that works both ways for both sides.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Scenario, checkScenario, packageOutcome, playGame, toneFor, type SideId } from '../../src/engine/index.ts';

const PATH = fileURLToPath(new URL('../../src/scenarios/sunnylands-2023.json', import.meta.url));
const raw = JSON.parse(readFileSync(PATH, 'utf8')) as { sources: Record<string, { label: string; url: string }> };
const scenario = Scenario.parse(raw);
const SIDES: SideId[] = ['us', 'china'];
const seeds = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const historical = (side: SideId) => scenario.rounds.map((r) => r.options[side].find((o) => o.historical)!.id);
/** Both sides played by people: the historical path, with some rounds changed. */
const play = (seed: number, change: { us?: Record<number, string>; china?: Record<number, string> } = {}) => {
  const us = historical('us').map((id, i) => change.us?.[i] ?? id);
  const china = historical('china').map((id, i) => change.china?.[i] ?? id);
  return playGame(scenario, seed, 'two', us.map((u, i) => ({ us: u, china: china[i]! })));
};

// The balance targets are asserted for every chapter in chapter-balance.test.ts.
describe('sunnylands-2023: the checker', () => {
  it('passes the engine’s checks: ids resolve and every ending is reachable', () => {
    expect(checkScenario(scenario)).toEqual([]);
  });
});

describe('sunnylands-2023: the record', () => {
  it('follows the real sequence from New York to Dubai, with one historical option per side and round', () => {
    expect(scenario.rounds.map((r) => r.scene)).toEqual(['hotel', 'great-hall', 'sunnylands', 'press', 'filoli', 'cop-hall']);
    for (const round of scenario.rounds) {
      for (const side of SIDES) {
        expect(round.options[side].length, `${round.id} ${side}`).toBeGreaterThanOrEqual(3);
        expect(round.options[side].filter((o) => o.historical).length, `${round.id} ${side}`).toBe(1);
      }
      expect(round.history.sources.length, round.id).toBeGreaterThan(0);
    }
  });

  it('states what the Sunnylands Statement said, as the fact sheet records it, in the historical ending', () => {
    const ending = scenario.endings.filter((e) => e.historical);
    expect(ending.map((e) => e.id)).toEqual(['package']);
    const text = ending[0]!.history;
    for (const claim of [/methane and all greenhouse gases/, /2035/, /tripling renewables/, /working group/, /no coal phase-out/, /Filoli/, /military contacts resumed/]) {
      expect(text).toMatch(claim);
    }
    // The Statement itself (Xinhua) and a summary of its methane and NDC points (IISD) back it.
    const urls = ending[0]!.sources.map((id) => scenario.sources[id]!.url);
    expect(urls).toContain('http://en.people.cn/n3/2023/1115/c90000-20097685.html');
    expect(urls).toContain('https://sdg.iisd.org/news/us-and-china-agree-to-enhance-cooperation-on-climate-change/');
  });

  it('does not invent a coal bargain: the coal ending says it did not happen, and the Sunnylands round says what is not known', () => {
    expect(scenario.endings.find((e) => e.id === 'coal-deal')!.history).toMatch(/did not happen/);
    expect(scenario.rounds.find((r) => r.id === 'sunnylands')!.history.text).toMatch(/No source read describes how coal was argued/);
  });

  it('names its sources once each, in the table, and uses every one', () => {
    const table = raw.sources;
    const text = JSON.stringify(raw);
    const urls = Object.values(table).map((s) => s.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const [id, s] of Object.entries(table)) {
      expect(s.url, id).toMatch(/^https?:\/\//);
      expect(text.split(`"${id}"`).length - 1, `${id} is used`).toBeGreaterThan(1);
    }
    // No source object written out in place: every `source` is an id.
    expect(text).not.toMatch(/"source": ?\{/);
  });

  it('sources every quote and every event, and keeps each event in its time window', () => {
    for (const round of scenario.rounds) {
      for (const line of round.lines) if (/["“]/.test(line.text)) expect(line.source, line.text).toBeDefined();
      for (const h of round.headlines ?? []) expect(h.source, h.text).toBeDefined();
    }
    expect(scenario.events.length).toBeGreaterThanOrEqual(8);
    for (const e of scenario.events) {
      expect(e.when.rounds, e.id).toBeDefined();
      expect(scenario.sources[e.source]?.url, e.id).toMatch(/^https?:\/\//);
    }
  });
});

describe('sunnylands-2023: linkage both ways', () => {
  it('makes the summit a link both sides can gain from, and technology one that one side pays for', () => {
    const items = scenario.package!.items;
    const wants = (side: SideId, issue: string) =>
      scenario.package!.interests[side].filter((i) => items.find((x) => x.id === i.item)?.issue === issue);
    for (const side of SIDES) expect(wants(side, 'summit').some((i) => i.want), side).toBe(true);
    expect(wants('china', 'tech').every((i) => i.want)).toBe(true);
    expect(wants('us', 'tech').every((i) => !i.want)).toBe(true);
  });

  it('has endings that read well for one side only, both ways', () => {
    const split = (a: SideId, b: SideId) => scenario.endings.some((e) => toneFor(e, a) === 'good' && toneFor(e, b) === 'bad');
    expect(split('us', 'china')).toBe(true);
    expect(split('china', 'us')).toBe(true);
  });
});

describe('sunnylands-2023: the model on this chapter', () => {
  it('both historical paths end inside the leaders’ package, with the statement, military channels and no technology concession', () => {
    for (const s of seeds(30)) {
      const g = play(s);
      expect(g.ending).toBe('package');
      const out = packageOutcome(scenario, g.model);
      expect(out.us.secured).toEqual(expect.arrayContaining(['methane-ndc', 'joint-statement', 'mil-channels']));
      expect(out.china.secured).toEqual(expect.arrayContaining(['leaders-frame', 'cbdr']));
      expect(out.china.secured).not.toContain('tech-hearing');
    }
  });

  it('publishing the text right after Sunnylands, by both, makes a stand-alone success', () => {
    const games = seeds(30).map((s) => play(s, { us: { 3: 'us-o-release' }, china: { 3: 'cn-o-release' } }));
    expect(games.filter((g) => g.ending === 'standalone').length).toBeGreaterThan(20);
    // One side alone cannot publish a joint text.
    const alone = seeds(30).map((s) => play(s, { us: { 3: 'us-o-release' } }));
    expect(alone.some((g) => g.ending === 'standalone')).toBe(false);
  });

  it('a coal clause needs both sides: Beijing withdraws its offer when Washington keeps technology out', () => {
    const both = play(1, { us: { 2: 'us-s-coal' }, china: { 2: 'cn-s-coal' } });
    expect(both.model.agreed).toContain('coal-clause');
    const refused = play(1, { china: { 2: 'cn-s-coal' } });
    expect(refused.model.agreed).not.toContain('coal-clause');
  });

  it('technology linked early and refused at Filoli lets Beijing hold the package hostage in Dubai', () => {
    // Beijing links technology in the autumn; Washington never takes it out until Filoli, where it refuses it.
    const change = { us: { 0: 'us-a-bali', 2: 'us-s-coal' }, china: { 0: 'cn-a-pause', 5: 'cn-c-fair' } };
    for (const s of seeds(20)) {
      const g = play(s, change);
      expect(g.model.blocked).toEqual({ reason: 'hostage', side: 'china', issue: 'tech' });
      expect(g.ending).toBe('hostage');
    }
  });

  it('walking out in Dubai freezes the channel, with nothing in the package', () => {
    for (const s of seeds(10)) {
      const g = play(s, { us: { 5: 'us-c-walk' } });
      expect(g.model.blocked?.reason).toBe('walk-away');
      expect(g.ending).toBe('frozen');
    }
  });
});
