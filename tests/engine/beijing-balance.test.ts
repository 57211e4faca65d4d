/**
 * The negotiation model's own mechanics on the Beijing, July 2023 scenario:
 * the hostage, shielding by separation, walking away, the temperament settings
 * and the explanation of the computer's choices. Its balance targets are
 * asserted for every chapter in chapter-balance.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  Scenario, explainGame, packageOutcome, playComputerGame, playGame, toneFor, type SideId,
} from '../../src/engine/index.ts';
import { BEIJING_PATH } from './helpers.ts';

const scenario = Scenario.parse(JSON.parse(readFileSync(BEIJING_PATH, 'utf8')));
const historical = (side: SideId) => scenario.rounds.map((r) => r.options[side].find((o) => o.historical)!.id);
const seeds = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('beijing-2023 model mechanics', () => {
  it('endings read differently for each side, both ways', () => {
    const usOnly = scenario.endings.filter((e) => toneFor(e, 'us') === 'good' && toneFor(e, 'china') !== 'good');
    const chinaOnly = scenario.endings.filter((e) => toneFor(e, 'china') === 'good' && toneFor(e, 'us') !== 'good');
    expect(usOnly.length).toBeGreaterThanOrEqual(1);
    expect(chinaOnly.length).toBeGreaterThanOrEqual(1);
  });

  it('refusing Taiwan at the Great Hall lets a linked Taiwan hold the package hostage at the end', () => {
    // Both sides played by people: Beijing links Taiwan, the US refuses it, then Beijing links it again.
    const us = historical('us').map((id, i) => (i === 3 ? 'us-w-refuse' : id));
    const china = historical('china');
    const games = seeds(50).map((s) => playGame(scenario, s, 'two', us.map((u, i) => ({ us: u, china: china[i]! }))));
    for (const g of games) {
      expect(g.model.blocked).toEqual({ reason: 'hostage', side: 'china', issue: 'taiwan' });
      expect(g.ending).toBe('hostage');
      expect(packageOutcome(scenario, g.model).us.secured).toEqual([]);
    }
  });

  it('walking away ends the talks with an empty package', () => {
    const us = historical('us').map((id, i, all) => (i === all.length - 1 ? 'us-f-walk' : id));
    for (const s of seeds(20)) {
      const g = playGame(scenario, s, 'us', us.map((id) => ({ us: id })));
      expect(g.model.blocked?.reason).toBe('walk-away');
      expect(g.ending).toBe('frozen');
    }
  });

  it('a joint statement needs both sides to choose it', () => {
    // A warm path on both sides, so that trust is high enough for a text.
    const us = ['us-d-partners', 'us-h-coal', 'us-p-stabilize', 'us-w-freestanding', 'us-r-reconnect', 'us-f-statement'];
    const warm = ['cn-d-common', 'cn-h-candid', 'cn-p-institutions', 'cn-w-friend', 'cn-r-friend'];
    const both = [...warm, 'cn-f-statement'];
    const one = [...warm, 'cn-f-group'];
    const play = (china: string[]) => seeds(30).map((s) => playGame(scenario, s, 'two', us.map((u, i) => ({ us: u, china: china[i]! }))));
    expect(play(one).some((g) => g.model.agreed.includes('joint-statement'))).toBe(false);
    expect(play(both).filter((g) => g.ending === 'joint-statement').length).toBeGreaterThan(0);
  });

  it('an item of an issue counts only while that issue is linked', () => {
    // us-w-review puts a channel on export controls on the table; it counts only if technology stays linked.
    const us = historical('us').map((id, i) => (i === 3 ? 'us-w-review' : id));
    const linked = playGame(scenario, 1, 'two', us.map((u, i) => ({ us: u, china: historical('china')[i]! })));
    expect(linked.model.agreed).toContain('export-channel');
    const inPackage = packageOutcome(scenario, linked.model).china.secured.includes('export-channel');
    expect(inPackage).toBe(linked.model.linked.includes('tech'));
  });

  it('the temperament setting changes how the computer plays, and hard-line walks away more', () => {
    const us = historical('us');
    const frozen = (temperament: 'hard-line' | 'pragmatic') =>
      seeds(200).filter((s) => playGame(scenario, s, 'us', us.map((id) => ({ us: id })), {}, { temperament, unpredictability: 'normal' }).ending === 'frozen').length;
    expect(frozen('hard-line')).toBeGreaterThanOrEqual(frozen('pragmatic'));
    const a = playGame(scenario, 3, 'us', us.map((id) => ({ us: id })), {}, { temperament: 'hard-line', unpredictability: 'none' });
    const b = playGame(scenario, 3, 'us', us.map((id) => ({ us: id })), {}, { temperament: 'pragmatic', unpredictability: 'none' });
    expect(a.model.temper.china).not.toEqual(b.model.temper.china);
    expect(a.model.temper.china.noise).toBe(0);
  });

  it('explains each computer choice with the option it really played', () => {
    for (const s of seeds(20)) {
      const g = playGame(scenario, s, 'us', historical('us').map((id) => ({ us: id })));
      const why = explainGame(scenario, g);
      expect(why.map((w) => w.chosen)).toEqual(g.log.map((r) => r.choices.china));
      for (const w of why) {
        const best = Math.max(...w.scores.map((x) => x.total));
        expect(w.scores.find((x) => x.option === w.chosen)!.total).toBe(best);
        for (const x of w.scores) expect(x.parts.reduce((a, p) => a + p.points, 0)).toBe(x.total);
      }
    }
  });

  it('two computers are deterministic per seed', () => {
    for (const s of seeds(10)) expect(playComputerGame(scenario, s)).toEqual(playComputerGame(scenario, s));
  });
});
