/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call -- tests edit a fixture's raw JSON; parsing then checks it */
import { describe, expect, it } from 'vitest';
import { stageRoles } from '../../src/engine/stage-roles.ts';
import { fixture } from '../engine/helpers.ts';
import { variant } from '../engine/variant.ts';
import {
  LINKS_PER_SIDE, climateColor, clampMeter, linkClosure, mixColor, sceneKeyOf, stageChanges, stageMeters,
} from '../../src/game/model.ts';

describe('stage model (pure helpers behind the Phaser stage)', () => {
  it('maps scene keys, sending unknown places to the neutral room', () => {
    expect(sceneKeyOf('great-hall')).toBe('great-hall');
    expect(sceneKeyOf('dinner')).toBe('dinner');
    expect(sceneKeyOf('somewhere-else')).toBe('neutral');
  });

  it('closes chain links from both ends in proportion to trust', () => {
    const closed = (t: number): number => {
      let sum = 0;
      for (let i = 0; i < LINKS_PER_SIDE; i++) sum += linkClosure(t, i);
      return sum;
    };
    expect(closed(0)).toBe(0);
    expect(closed(100)).toBe(LINKS_PER_SIDE);
    expect(closed(50)).toBeCloseTo(LINKS_PER_SIDE / 2);
    // The outermost link closes first; the middle one last.
    expect(linkClosure(30, 0)).toBe(1);
    expect(linkClosure(30, LINKS_PER_SIDE - 1)).toBe(0);
    // Monotone in trust.
    for (let t = 0; t < 100; t += 5) expect(closed(t + 5)).toBeGreaterThanOrEqual(closed(t));
  });

  it('clamps meters and tolerates bad numbers', () => {
    expect(clampMeter(-5)).toBe(0);
    expect(clampMeter(140)).toBe(100);
    expect(clampMeter(Number.NaN)).toBe(50);
  });

  it('gives the horizon a hot glow at low climate progress and a clear one at high', () => {
    const red = (c: number): number => (c >> 16) & 255;
    const blue = (c: number): number => c & 255;
    expect(red(climateColor(0))).toBeGreaterThan(red(climateColor(100)));
    expect(blue(climateColor(100))).toBeGreaterThan(blue(climateColor(0)));
    expect(mixColor(0x000000, 0xffffff, 0.5)).toBe(0x808080);
  });

  it('gives the default roles by id and by each side\'s homeMeasure', () => {
    const roles = stageRoles(fixture());
    expect(Object.fromEntries(roles)).toEqual({ trust: 'trust', climate: 'climate', 'us-home': 'us', 'china-home': 'china' });
  });

  it('moves the stage for a scenario whose measures have other ids', () => {
    // Renamed measures, with the roles said in the file: every effect, condition and weight follows the new ids.
    const renamed = variant((j) => {
      const ids: Record<string, string> = { trust: 'confidence', climate: 'emissions-deal', 'us-home': 'congress', 'china-home': 'politburo' };
      const text = JSON.stringify(j).replace(/"(trust|climate|us-home|china-home)"/g, (_, id: string) => `"${ids[id]}"`);
      Object.assign(j, JSON.parse(text));
      j.measures[0].role = 'trust';
      j.measures[1].role = 'climate';
    });
    const roles = stageRoles(renamed);
    expect(Object.fromEntries(roles)).toEqual({ confidence: 'trust', 'emissions-deal': 'climate', congress: 'us', politburo: 'china' });
    const meters = stageMeters(roles, { confidence: 12, 'emissions-deal': 34, congress: 56, politburo: 78 });
    expect(meters).toEqual([
      { role: 'trust', value: 12 }, { role: 'climate', value: 34 }, { role: 'us', value: 56 }, { role: 'china', value: 78 },
    ]);
    expect(stageChanges(roles, [{ measure: 'politburo', by: -5, to: 73 }, { measure: 'confidence', by: 4, to: 16 }])).toEqual([
      { role: 'china', by: -5, to: 73 }, { role: 'trust', by: 4, to: 16 },
    ]);
  });

  it('leaves measures without a role off the stage, and a role field beats an id', () => {
    const s = variant((j) => {
      j.measures.push({ id: 'face', label: 'Face', help: 'Standing.', start: 50, role: 'trust' });
    });
    const roles = stageRoles(s);
    expect(roles.get('face')).toBe('trust');
    expect(roles.get('trust')).toBe('other');
    expect(stageMeters(roles, { trust: 10, face: 60 })).toEqual([{ role: 'trust', value: 60 }]);
    expect(stageChanges(roles, [{ measure: 'trust', by: 3, to: 13 }])).toEqual([]);
  });
});
