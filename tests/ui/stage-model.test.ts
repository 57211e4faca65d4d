import { describe, expect, it } from 'vitest';
import {
  LINKS_PER_SIDE, climateColor, clampMeter, linkClosure, mixColor, placeOf, sceneKeyOf,
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

  it('knows which side each measure belongs to', () => {
    expect(placeOf('trust')).toBe('trust');
    expect(placeOf('climate')).toBe('climate');
    expect(placeOf('us-home')).toBe('us');
    expect(placeOf('china-home')).toBe('china');
    expect(placeOf('something')).toBe('other');
  });
});
