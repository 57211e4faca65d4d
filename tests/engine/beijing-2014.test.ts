/**
 * The Beijing, November 2014 chapter: valid, shaped like the real sequence
 * (letters, the S&ED, New York, Boston, APEC), faithful to the announcement's
 * numbers, and playable both ways: keeping climate apart worked in 2014, but
 * linking cyber, trade or the sea must be a real option with real costs.
 * Its balance targets are asserted in chapter-balance.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { checkScenario, explore, packageOutcome, playGame, toneFor, type SideId } from '../../src/engine/index.ts';
import { SCENE_KEYS } from '../../src/engine/stage-roles.ts';
import { citations, uncitedSources } from '../../src/engine/sources.ts';
import { chapter } from './helpers.ts';

const scenario = chapter('beijing-2014');
const SIDES: SideId[] = ['us', 'china'];
const ISSUES = ['cyber', 'trade', 'sea'];
const seeds = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const historical = (side: SideId) => scenario.rounds.map((r) => r.options[side].find((o) => o.historical)!.id);
const both = (us: string[], china: string[]) => us.map((u, i) => ({ us: u, china: china[i]! }));
const swap = (path: string[], round: string, option: string) => path.map((id, i) => (scenario.rounds[i]!.id === round ? option : id));

describe('beijing-2014 is a valid chapter', () => {
  it('passes the engine’s logic check, and its two-player walk (sampled) finds every ending', () => {
    expect(scenario.id).toBe('beijing-2014');
    expect(checkScenario(scenario)).toEqual([]);
    const found = explore(scenario);
    expect([...found.endings.keys()].sort()).toEqual(scenario.endings.map((e) => e.id).sort());
  });

  it('follows the real decision points, each on a stage the game can draw', () => {
    expect(scenario.rounds.map((r) => r.id)).toEqual(['channel', 'letter', 'sed', 'un', 'boston', 'apec']);
    expect(scenario.rounds.map((r) => r.scene)).toEqual(['neutral', 'letter-desk', 'hotel', 'un-summit', 'dinner', 'apec-hall']);
    for (const round of scenario.rounds) {
      expect(SCENE_KEYS as readonly string[]).toContain(round.scene);
      for (const side of SIDES) {
        expect(round.options[side].length, `${round.id} ${side}`).toBeGreaterThanOrEqual(3);
        expect(round.options[side].filter((o) => o.historical).length, `${round.id} ${side} historical`).toBe(1);
      }
      expect(round.headlines!.length).toBeGreaterThanOrEqual(2);
      expect(round.history.sources.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('lets each side both link and keep apart each issue somewhere, and makes the charges the hard issue', () => {
    expect(scenario.issues.map((i) => i.id)).toEqual(ISSUES);
    expect(scenario.issues.filter((i) => i.hostage).map((i) => i.id)).toEqual(['cyber']);
    for (const side of SIDES) {
      for (const issue of ISSUES) {
        const stances = scenario.rounds.flatMap((r) => r.options[side].map((o) => o.stances[issue]));
        expect(stances, `${side} ${issue}`).toContain('link');
        expect(stances, `${side} ${issue}`).toContain('separate');
      }
    }
  });

  it('lists each source once and cites only what it lists, with every entry cited', () => {
    const cited = citations(scenario);
    expect(cited.length).toBeGreaterThan(100);
    for (const c of cited) expect(Object.hasOwn(scenario.sources, c.id), `${c.path}: ${c.id}`).toBe(true);
    expect(uncitedSources(scenario)).toEqual([]);
    const urls = Object.values(scenario.sources).map((x) => x.url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('dates every event inside the talks, and each issue has a shock that separation can shield', () => {
    expect(scenario.events.length).toBeGreaterThanOrEqual(10);
    for (const e of scenario.events) expect(e.when.rounds, e.id).toBeDefined();
    for (const issue of ISSUES) expect(scenario.events.some((e) => e.issue === issue), issue).toBe(true);
    expect(scenario.package!.shielded).toEqual(expect.arrayContaining(['trust', 'climate']));
  });
});

describe('beijing-2014 endings', () => {
  const announcement = scenario.endings.find((e) => e.historical)!;

  it('has one historical ending, the Joint Announcement, with its exact numbers', () => {
    expect(scenario.endings.filter((e) => e.historical).map((e) => e.id)).toEqual(['announcement']);
    for (const figure of ['26–28%', '2005', '2025', 'around 2030', '20%']) {
      expect(announcement.text, figure).toContain(figure);
      expect(scenario.rounds.at(-1)!.history.text, figure).toContain(figure);
    }
    expect(announcement.when.agreed?.all).toEqual(['joint-announcement', 'non-fossil']);
  });

  it('offers the alternatives the record suggests: two announcements, a walk-out, a thinner text, a freeze, linkage collapse', () => {
    const ids = scenario.endings.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['separate', 'us-walks', 'thin-joint', 'frozen', 'hostage', 'undone-us', 'undone-china']));
    for (const side of SIDES) {
      expect(new Set(scenario.endings.map((e) => toneFor(e, side))), side).toEqual(new Set(['good', 'mixed', 'bad']));
    }
    expect(scenario.endings.filter((e) => (toneFor(e, 'us') === 'good') !== (toneFor(e, 'china') === 'good')).length).toBeGreaterThanOrEqual(3);
    expect(scenario.endings.at(-1)!.when).toEqual({});
  });

  it('the historical paths of both sides lead to the announcement on every seed', () => {
    for (const s of seeds(50)) {
      const g = playGame(scenario, s, 'two', both(historical('us'), historical('china')));
      expect(g.ending, `seed ${s}`).toBe('announcement');
      expect(g.model.linked).toEqual([]);
      expect(packageOutcome(scenario, g.model).us.secured).toEqual(expect.arrayContaining(['china-peak', 'peak-early', 'non-fossil', 'joint-announcement']));
      expect(packageOutcome(scenario, g.model).china.secured).toEqual(expect.arrayContaining(['us-target', 'differentiation', 'joint-announcement']));
    }
  });
});

describe('beijing-2014 linkage', () => {
  it('a joint announcement needs both presidents: when Beijing announces alone, there is none', () => {
    const us = historical('us');
    const alone = swap(historical('china'), 'apec', 'cn-a-own');
    for (const s of seeds(20)) {
      const g = playGame(scenario, s, 'two', both(us, alone));
      expect(g.model.agreed).not.toContain('joint-announcement');
      // Both targets are out, separately; who reads it as a win depends on what else is in the package.
      expect(g.model.agreed).toEqual(expect.arrayContaining(['us-target', 'china-peak']));
      expect(['separate', 'china-gains']).toContain(g.ending);
    }
  });

  it('refusing to link the charges lets Beijing hold the package hostage when it links them again at the end', () => {
    const china = swap(swap(swap(historical('china'), 'sed', 'cn-s-suspend'), 'boston', 'cn-b-charges'), 'apec', 'cn-a-charges');
    for (const s of seeds(30)) {
      const g = playGame(scenario, s, 'two', both(historical('us'), china));
      expect(g.model.blocked).toEqual({ reason: 'hostage', side: 'china', issue: 'cyber' });
      expect(g.ending).toBe('hostage');
    }
  });

  it('keeping an issue apart shields trust and climate from its shocks; linking it lets the shock through', () => {
    // What a shock did to trust and climate, over the games in which it fired.
    const hits = (path: Array<{ us: string; china: string }>, event: string) => seeds(300).flatMap((s) => {
      const round = playGame(scenario, s, 'two', path).log.find((r) => r.event === event);
      return round ? [round.changes.filter((c) => c.cause.kind === 'event' && (c.measure === 'trust' || c.measure === 'climate')).length] : [];
    });
    const apart = hits(both(historical('us'), historical('china')), 'indictment');
    expect(apart.length).toBeGreaterThan(0);
    expect(apart.every((n) => n === 0)).toBe(true);
    // Both sides link trade in the first round: the solar duties then reach trust.
    const linked = hits(both(swap(historical('us'), 'channel', 'us-c-listen'), swap(historical('china'), 'channel', 'cn-c-solar')), 'solar-duties');
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.every((n) => n > 0)).toBe(true);
  });

  it('linking pays for each side when the other accepts: a trade bargain, a freeze at sea', () => {
    const trade = playGame(scenario, 1, 'two', both(swap(historical('us'), 'sed', 'us-s-solar'), swap(historical('china'), 'sed', 'cn-s-solar')));
    expect(trade.model.linked).toContain('trade');
    expect(packageOutcome(scenario, trade.model).us.secured).toContain('ita-deal');
    const sea = playGame(scenario, 1, 'two', both(swap(historical('us'), 'un', 'us-u-freeze'), swap(historical('china'), 'un', 'cn-u-freeze')));
    expect(sea.model.linked).toContain('sea');
    expect(packageOutcome(scenario, sea.model).us.secured).toContain('sea-freeze');
    expect(packageOutcome(scenario, sea.model).china.secured).toContain('us-restraint');
  });

  it('walking away at APEC ends with an empty package', () => {
    const us = swap(historical('us'), 'apec', 'us-a-walk');
    for (const s of seeds(10)) {
      const g = playGame(scenario, s, 'us', us.map((id) => ({ us: id })));
      expect(g.model.blocked?.reason).toBe('walk-away');
      expect(g.ending).toBe('us-walks');
    }
  });
});
