/**
 * Constraints on the served art (public/art, made by scripts/make-art.ts) and
 * the manifest in src/game/art.ts. (Named audio-art: the art-and-audio owner's tests.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ART, PALETTE, PALETTE_CSS, css, figureUrl } from '../../src/game/art.ts';

const publicDir = join(import.meta.dirname, '..', '..', 'public');
const allUrls = [
  ...Object.values(ART.scenes), ...Object.values(ART.figures), ...Object.values(ART.flags), ART.namecard, ART.emblem,
];

describe('art manifest', () => {
  it('gives each side its figures, China alternating by member', () => {
    expect(figureUrl('us')).toBe(ART.figures.us);
    expect(figureUrl('china', 0)).toBe(ART.figures.china);
    expect(figureUrl('china', 1)).toBe(ART.figures.china2);
  });

  it('gives the palette as numbers and matching CSS strings', () => {
    expect(css(PALETTE.ink)).toBe('#14203a');
    for (const [k, v] of Object.entries(PALETTE)) expect(PALETTE_CSS[k as keyof typeof PALETTE]).toBe(css(v));
  });
});

describe('served SVG art', () => {
  it.each(allUrls)('%s exists, is small, self-contained, text-free and script-free', (url) => {
    const file = join(publicDir, url);
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text.length).toBeLessThan(40 * 1024);
    expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(text).not.toMatch(/<script|<text|<foreignObject|@font-face|href=|url\((?!#)/i);
    expect(text).not.toMatch(/NaN|undefined/);
  });

  it('draws scenes at 1600×900', () => {
    for (const url of Object.values(ART.scenes)) {
      expect(readFileSync(join(publicDir, url), 'utf8')).toContain('viewBox="0 0 1600 900"');
    }
  });
});
