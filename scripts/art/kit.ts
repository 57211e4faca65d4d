/**
 * The drawing kit of Linkage's SVG art: the 1600×900 scene size, number
 * formatting, SVG primitives, gradients, the deterministic PRNG for scattered
 * details, and the vignette every scene ends with. Pure string building.
 */
import { PALETTE_CSS as C } from '../../src/game/art.ts';
import { mulberry32 } from '../lib/mulberry32.ts';

export { C };

export const W = 1600;
export const H = 900;

// ------------------------------------------------------------------ helpers

export const f = (n: number): string => (Math.round(n * 10) / 10).toString();
export const pts = (...p: [number, number][]): string => p.map(([x, y]) => `${f(x)},${f(y)}`).join(' ');

export function svg(w: number, h: number, defs: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">` +
    `<defs>${defs}</defs>${body}</svg>\n`;
}
export function rect(x: number, y: number, w: number, h: number, fill: string, extra = ''): string {
  return `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" fill="${fill}"${extra}/>`;
}
export function ellipse(cx: number, cy: number, rx: number, ry: number, fill: string, extra = ''): string {
  return `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(rx)}" ry="${f(ry)}" fill="${fill}"${extra}/>`;
}
export function poly(p: [number, number][], fill: string, extra = ''): string {
  return `<polygon points="${pts(...p)}" fill="${fill}"${extra}/>`;
}
export function path(d: string, fill: string, extra = ''): string {
  return `<path d="${d}" fill="${fill}"${extra}/>`;
}
export function lin(id: string, stops: [number, string, number?][], x2 = 0, y2 = 1): string {
  return `<linearGradient id="${id}" x1="0" y1="0" x2="${x2}" y2="${y2}">` +
    stops.map(([o, c, a]) => `<stop offset="${o}" stop-color="${c}"${a === undefined ? '' : ` stop-opacity="${a}"`}/>`).join('') +
    '</linearGradient>';
}
export function rad(id: string, stops: [number, string, number?][], cx = 0.5, cy = 0.5, r = 0.5): string {
  return `<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}">` +
    stops.map(([o, c, a]) => `<stop offset="${o}" stop-color="${c}"${a === undefined ? '' : ` stop-opacity="${a}"`}/>`).join('') +
    '</radialGradient>';
}

/** Deterministic PRNG for scattered details and noise. */
export const rng = mulberry32;

export const VIGNETTE = rad('vig', [[0.55, C.inkDeep, 0], [1, C.inkDeep, 0.55]], 0.5, 0.42, 0.75);
export const vignette = (): string => rect(0, 0, W, H, 'url(#vig)');
export const glow = (id: string, color: string, a = 0.55): string => rad(id, [[0, color, a], [1, color, 0]]);
