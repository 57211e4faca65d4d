/**
 * Draws Linkage's SVG art from the palette in src/game/art.ts:
 *
 *   npx tsx scripts/make-art.ts   →  public/art/*.svg
 *
 * Flat, geometric, layered illustration: gradients for light and haze, no
 * text, no external references, no scripts, no fonts. Scenes are 1600×900 and
 * keep the lower-middle band (the table) calm: the delegations and meters are
 * drawn over it. The SVGs are committed; this script is their source.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PALETTE_CSS as C } from '../src/game/art.ts';
import { mulberry32 } from './lib/mulberry32.ts';

const W = 1600;
const H = 900;

// ------------------------------------------------------------------ helpers

const f = (n: number): string => (Math.round(n * 10) / 10).toString();
const pts = (...p: [number, number][]): string => p.map(([x, y]) => `${f(x)},${f(y)}`).join(' ');

function svg(w: number, h: number, defs: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">` +
    `<defs>${defs}</defs>${body}</svg>\n`;
}
function rect(x: number, y: number, w: number, h: number, fill: string, extra = ''): string {
  return `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" fill="${fill}"${extra}/>`;
}
function ellipse(cx: number, cy: number, rx: number, ry: number, fill: string, extra = ''): string {
  return `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(rx)}" ry="${f(ry)}" fill="${fill}"${extra}/>`;
}
function poly(p: [number, number][], fill: string, extra = ''): string {
  return `<polygon points="${pts(...p)}" fill="${fill}"${extra}/>`;
}
function path(d: string, fill: string, extra = ''): string {
  return `<path d="${d}" fill="${fill}"${extra}/>`;
}
function lin(id: string, stops: [number, string, number?][], x2 = 0, y2 = 1): string {
  return `<linearGradient id="${id}" x1="0" y1="0" x2="${x2}" y2="${y2}">` +
    stops.map(([o, c, a]) => `<stop offset="${o}" stop-color="${c}"${a === undefined ? '' : ` stop-opacity="${a}"`}/>`).join('') +
    '</linearGradient>';
}
function rad(id: string, stops: [number, string, number?][], cx = 0.5, cy = 0.5, r = 0.5): string {
  return `<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}">` +
    stops.map(([o, c, a]) => `<stop offset="${o}" stop-color="${c}"${a === undefined ? '' : ` stop-opacity="${a}"`}/>`).join('') +
    '</radialGradient>';
}

/** Deterministic PRNG for scattered details and noise. */
const rng = mulberry32;

const VIGNETTE = rad('vig', [[0.55, C.inkDeep, 0], [1, C.inkDeep, 0.55]], 0.5, 0.42, 0.75);
const vignette = (): string => rect(0, 0, W, H, 'url(#vig)');
const glow = (id: string, color: string, a = 0.55): string => rad(id, [[0, color, a], [1, color, 0]]);

/** A Chinese hall: hip roof with upturned eaves over a vermilion colonnade. */
function hall(cx: number, base: number, w: number, h: number, roof: string, wall: string, double = false): string {
  const wallH = h * 0.42;
  const roofH = h - wallH;
  const y0 = base - wallH;
  const roofPath = (x: number, y: number, rw: number, rh: number): string => {
    const tip = rh * 0.22;
    return `M${f(x - rw / 2)},${f(y - tip)} Q${f(x - rw * 0.44)},${f(y + tip * 0.25)} ${f(x - rw * 0.34)},${f(y)}` +
      ` Q${f(x - rw * 0.26)},${f(y - rh * 0.45)} ${f(x - rw * 0.18)},${f(y - rh)} L${f(x + rw * 0.18)},${f(y - rh)}` +
      ` Q${f(x + rw * 0.26)},${f(y - rh * 0.45)} ${f(x + rw * 0.34)},${f(y)}` +
      ` Q${f(x + rw * 0.44)},${f(y + tip * 0.25)} ${f(x + rw / 2)},${f(y - tip)} Z`;
  };
  const shade = (x: number, y: number, rw: number, rh: number): string =>
    path(`M${f(x - rw * 0.34)},${f(y)} Q${f(x - rw * 0.26)},${f(y - rh * 0.45)} ${f(x - rw * 0.18)},${f(y - rh)} L${f(x - rw * 0.1)},${f(y - rh)} Q${f(x - rw * 0.16)},${f(y - rh * 0.45)} ${f(x - rw * 0.2)},${f(y)} Z`, C.woodDark, ' opacity="0.18"') +
    rect(x - rw * 0.19, y - rh - 3, rw * 0.38, 5, C.woodDark, ' opacity="0.45"') +
    rect(x - rw * 0.34, y, rw * 0.68, Math.max(2, rh * 0.06), C.inkDeep, ' opacity="0.35"');
  let s = rect(cx - w * 0.36, y0, w * 0.72, wallH, wall);
  const cols = Math.max(3, Math.round(w / 40));
  for (let i = 0; i <= cols; i++) {
    const x = cx - w * 0.34 + (w * 0.68 * i) / cols;
    s += rect(x - w * 0.008, y0, w * 0.016, wallH, C.vermilionDeep, ' opacity="0.55"');
  }
  s += rect(cx - w * 0.38, base - h * 0.04, w * 0.76, h * 0.04, C.paperDim, ' opacity="0.8"');
  if (double) {
    s += path(roofPath(cx, y0 - roofH * 0.42, w * 0.72, roofH * 0.58), roof) + shade(cx, y0 - roofH * 0.42, w * 0.72, roofH * 0.58);
    s += rect(cx - w * 0.24, y0 - roofH * 0.44, w * 0.48, roofH * 0.14, wall);
    s += path(roofPath(cx, y0, w, roofH * 0.42), roof) + shade(cx, y0, w, roofH * 0.42);
  } else {
    s += path(roofPath(cx, y0, w, roofH), roof) + shade(cx, y0, w, roofH);
  }
  return s;
}

/** Rows of golden roofs (the Forbidden City) receding into haze. */
function forbiddenCity(x0: number, x1: number, horizon: number, haze: string): string {
  let s = '';
  const r = rng(1420);
  const rows = [
    { y: horizon - 20, h: 40, step: 130, op: 0.5 },
    { y: horizon + 25, h: 62, step: 190, op: 0.7 },
    { y: horizon + 85, h: 96, step: 280, op: 0.92 },
  ];
  rows.forEach((row, ri) => {
    for (let x = x0 - 40 + r() * 60; x < x1 + 80; x += row.step * (0.8 + r() * 0.5)) {
      const w = row.step * (0.75 + r() * 0.3);
      s += `<g opacity="${row.op}">${hall(x, row.y + row.h * 0.42, w, row.h, ri === 2 ? C.brass : C.brassLight, C.vermilion, ri === 2 && r() > 0.5)}</g>`;
    }
    s += rect(x0, row.y + row.h * 0.42, x1 - x0, 12 + ri * 8, C.vermilionDeep, ` opacity="${0.25 + ri * 0.15}"`);
    s += rect(x0, row.y - row.h, x1 - x0, row.h * 1.6, `url(#${haze})`, ` opacity="${0.42 - ri * 0.14}"`);
  });
  // The great hall of the centre axis, nearest and largest.
  s += hall((x0 + x1) / 2, horizon + 190, 560, 190, C.brass, C.vermilion, true);
  s += rect(x0, horizon + 188, x1 - x0, 200, C.vermilionDeep);
  s += rect(x0, horizon + 186, x1 - x0, 6, C.paperDim, ' opacity="0.7"');
  return s;
}

/** Window frame with mullions over a clipped view. */
function windowFrame(x: number, y: number, w: number, h: number, cols: number, rows: number, frame: string, t = 14): string {
  let s = `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" fill="none" stroke="${frame}" stroke-width="${t}"/>`;
  for (let i = 1; i < cols; i++) s += rect(x + (w * i) / cols - t * 0.3, y, t * 0.6, h, frame);
  for (let j = 1; j < rows; j++) s += rect(x, y + (h * j) / rows - t * 0.3, w, t * 0.6, frame);
  s += rect(x - t * 1.5, y + h, w + t * 3, t * 1.3, frame);
  return s;
}

/** A pendant lamp with a warm glow. */
function pendant(x: number, y: number, r: number, shade: string): string {
  return ellipse(x, y + r * 0.5, r * 5, r * 4, 'url(#warm)') +
    rect(x - 1.5, 0, 3, y - r * 0.6, C.inkDeep, ' opacity="0.7"') +
    path(`M${f(x - r)},${f(y + r * 0.6)} Q${f(x - r * 0.9)},${f(y - r * 0.7)} ${f(x)},${f(y - r * 0.75)} Q${f(x + r * 0.9)},${f(y - r * 0.7)} ${f(x + r)},${f(y + r * 0.6)} Z`, shade) +
    ellipse(x, y + r * 0.6, r, r * 0.2, C.brassLight);
}

/** A wall sconce: brass mount and a glow. */
function sconce(x: number, y: number): string {
  return ellipse(x, y, 110, 130, 'url(#warm)') +
    rect(x - 4, y + 10, 8, 34, C.brass) +
    path(`M${f(x - 18)},${f(y + 14)} L${f(x - 12)},${f(y - 18)} L${f(x + 12)},${f(y - 18)} L${f(x + 18)},${f(y + 14)} Z`, C.paper, ' opacity="0.95"');
}

/** Wall panel mouldings. */
function panels(x0: number, x1: number, y0: number, y1: number, n: number, color: string, op = 0.5): string {
  let s = '';
  const gap = 24;
  const w = (x1 - x0 - gap * (n + 1)) / n;
  for (let i = 0; i < n; i++) {
    s += `<rect x="${f(x0 + gap + i * (w + gap))}" y="${f(y0)}" width="${f(w)}" height="${f(y1 - y0)}" fill="none" stroke="${color}" stroke-width="3" opacity="${op}"/>`;
  }
  return s;
}

/** A horizontal long table: top surface, apron, and soft shadow. */
function longTable(y: number, x0: number, x1: number, top: string, apron: string, cloth = false): string {
  const depth = 64;
  let s = ellipse((x0 + x1) / 2, y + depth + 130, (x1 - x0) * 0.55, 40, C.inkDeep, ' opacity="0.35"');
  s += poly([[x0 + 40, y], [x1 - 40, y], [x1, y + depth], [x0, y + depth]], top);
  s += rect(x0, y + depth, x1 - x0, cloth ? 130 : 26, apron);
  if (cloth) s += rect(x0, y + depth, x1 - x0, 130, C.inkDeep, ' opacity="0.16"');
  if (cloth) {
    for (let x = x0 + 60; x < x1; x += 120) s += rect(x, y + depth, 2, 130, C.inkDeep, ' opacity="0.08"');
  } else {
    s += rect(x0 + 30, y + depth + 26, 16, 110, apron);
    s += rect(x1 - 46, y + depth + 26, 16, 110, apron);
  }
  s += rect(x0, y + depth, x1 - x0, 4, C.white, ' opacity="0.15"');
  return s;
}

/** Chair backs seen behind a table. */
function chairBacks(y: number, xs: number[], color: string): string {
  return xs.map((x) => path(`M${f(x - 38)},${f(y)} L${f(x - 34)},${f(y - 92)} Q${f(x)},${f(y - 112)} ${f(x + 34)},${f(y - 92)} L${f(x + 38)},${f(y)} Z`, color)).join('');
}

/** A low flower arrangement for the table centre. */
function flowers(cx: number, y: number, scale = 1): string {
  const r = rng(Math.round(cx));
  let s = ellipse(cx, y, 120 * scale, 16 * scale, C.jadeDeep);
  for (let i = 0; i < 26; i++) {
    const a = r() * Math.PI;
    const x = cx + Math.cos(a) * 105 * scale * r();
    const yy = y - Math.sin(a) * 34 * scale * r() - 6;
    s += ellipse(x, yy, 10 * scale, 8 * scale, i % 3 === 0 ? C.paper : i % 3 === 1 ? C.vermilion : C.heatLight);
  }
  return s;
}

// ------------------------------------------------------------------ scenes

function dinner(): string {
  const defs = VIGNETTE + glow('warm', C.heatLight, 0.5) +
    lin('wall', [[0, C.woodDark], [1, '#2c1b14']]) +
    lin('dusk', [[0, C.ink], [0.55, C.slateDeep], [0.85, C.heat], [1, C.heatLight]]) +
    lin('floorG', [[0, '#3a241a'], [1, '#1e130e']]) +
    rad('cloth', [[0, C.paper], [1, C.paperDim]], 0.5, 0.3, 0.7);
  let b = rect(0, 0, W, H, 'url(#wall)');
  // Lattice side panels.
  for (const x0 of [70, 1290]) {
    b += rect(x0, 90, 240, 470, C.wood, ' opacity="0.55"');
    for (let i = 1; i < 6; i++) b += rect(x0 + i * 40 - 2, 90, 4, 470, C.woodDark);
    for (let j = 1; j < 12; j++) b += rect(x0, 90 + j * 39 - 2, 240, 4, C.woodDark);
    b += `<rect x="${x0}" y="90" width="240" height="470" fill="none" stroke="${C.brass}" stroke-width="6" opacity="0.7"/>`;
  }
  // Evening window with the city.
  b += rect(460, 80, 680, 420, 'url(#dusk)');
  const r = rng(7);
  for (let x = 460; x < 1140; x += 26 + r() * 30) {
    const h = 40 + r() * 110;
    b += rect(x, 500 - h, 22 + r() * 30, h, C.inkDeep, ' opacity="0.85"');
    for (let k = 0; k < 3; k++) if (r() > 0.45) b += rect(x + 5 + r() * 12, 500 - h + 10 + r() * (h - 20), 4, 5, C.heatLight, ' opacity="0.8"');
  }
  b += `<g opacity="0.9">${hall(800, 500, 300, 90, C.inkDeep, C.inkDeep, true)}</g>`;
  b += ellipse(980, 170, 30, 30, C.paper, ' opacity="0.85"');
  b += windowFrame(460, 80, 680, 420, 4, 2, C.woodDark, 16);
  b += rect(0, 560, W, 16, C.brass, ' opacity="0.55"');
  b += rect(0, 576, W, H - 576, 'url(#floorG)');
  // Lamps.
  b += pendant(560, 230, 46, C.vermilion) + pendant(1040, 230, 46, C.vermilion) + pendant(800, 150, 34, C.vermilionDeep);
  // Round table with lazy susan.
  b += chairBacks(690, [430, 600, 1000, 1170], C.vermilionDeep);
  b += ellipse(800, 810, 560, 120, C.inkDeep, ' opacity="0.4"');
  b += rect(250, 720, 1100, 110, C.paperShade);
  b += ellipse(800, 830, 550, 40, C.paperShade);
  b += ellipse(800, 720, 550, 110, 'url(#cloth)');
  b += ellipse(800, 712, 250, 48, C.paperDim, ` stroke="${C.brass}" stroke-width="4"`);
  b += ellipse(800, 708, 240, 44, C.white, ' opacity="0.25"');
  const dishes: [number, number][] = [[700, 700], [800, 692], [900, 702], [745, 722], [860, 724]];
  for (const [x, y] of dishes) b += ellipse(x, y, 34, 10, C.white) + ellipse(x, y - 2, 24, 6, C.heat, ' opacity="0.55"');
  for (let i = 0; i < 10; i++) {
    const a = (i / 10) * Math.PI * 2 + 0.3;
    const x = 800 + Math.cos(a) * 420;
    const y = 720 + Math.sin(a) * 80;
    b += ellipse(x, y, 26, 7, C.white, ' opacity="0.9"');
  }
  b += ellipse(800, 450, 700, 330, 'url(#warm)', ' opacity="0.5"');
  b += vignette();
  return svg(W, H, defs, b);
}

function hotel(): string {
  const defs = VIGNETTE + glow('warm', C.heatLight, 0.4) +
    lin('sky', [[0, '#f1c887'], [0.55, C.heatLight], [1, '#f5dcb0']]) +
    lin('haze', [[0, C.paper, 0], [0.5, '#fbe3bd', 0.85], [1, C.paper, 0]]) +
    lin('heatHaze', [[0, C.heat, 0.35], [0.6, C.heatLight, 0.15], [1, C.paper, 0]]) +
    lin('wall', [[0, C.paperDim], [1, C.paperShade]]) +
    lin('carpet', [[0, C.slateDeep], [1, C.ink]]) +
    rad('sun', [[0, '#fff4d6', 1], [0.3, '#ffe0a0', 0.8], [1, C.heatLight, 0]]);
  let b = rect(0, 0, W, H, 'url(#wall)');
  // Big window over the Forbidden City.
  b += `<clipPath id="win"><rect x="170" y="70" width="1260" height="480"/></clipPath>`;
  b += `<g clip-path="url(#win)">` + rect(170, 70, 1260, 480, 'url(#sky)') +
    ellipse(1150, 170, 170, 170, 'url(#sun)') +
    forbiddenCity(170, 1430, 330, 'haze') +
    rect(170, 70, 1260, 480, 'url(#heatHaze)') +
    // shimmer bands of heat haze
    [300, 340, 385].map((y, i) => path(`M170,${y} Q480,${y - 8} 800,${y} T1430,${y} V${y + 10} Q1120,${y + 18} 800,${y + 10} T170,${y + 10} Z`, C.paper, ` opacity="${0.18 - i * 0.04}"`)).join('') +
    '</g>';
  b += windowFrame(170, 70, 1260, 480, 6, 1, C.ink, 12);
  // Curtains.
  b += path('M90,40 Q150,300 120,600 L190,600 Q200,300 180,40 Z', C.slateDeep) + path('M1510,40 Q1450,300 1480,600 L1410,600 Q1400,300 1420,40 Z', C.slateDeep);
  b += rect(60, 30, 1480, 14, C.brass);
  b += rect(0, 600, W, H - 600, 'url(#carpet)');
  b += rect(0, 596, W, 8, C.ink, ' opacity="0.6"');
  b += chairBacks(688, [330, 470, 610, 990, 1130, 1270], C.ink);
  b += longTable(680, 180, 1420, C.wood, C.woodDark);
  // Sparse table things: water glasses, folders.
  for (const x of [360, 560, 1040, 1240]) {
    b += poly([[x + 8, 700], [x + 62, 700], [x + 58, 728], [x, 728]], C.paper, ' opacity="0.9"');
    b += rect(x + 96, 690, 12, 24, C.white, ' opacity="0.55"');
  }
  b += vignette();
  return svg(W, H, defs, b);
}

function premier(): string {
  const defs = VIGNETTE + glow('warm', C.brassLight, 0.35) +
    lin('wall', [[0, '#efe3c8'], [1, '#d8c7a3']]) +
    lin('paintSky', [[0, '#f5e9cf'], [1, '#e9d5a8']]) +
    lin('mist', [[0, C.paper, 0], [0.5, C.paper, 0.85], [1, C.paper, 0]]) +
    lin('carpetG', [[0, C.vermilionDeep], [1, '#5c1e17']]) +
    lin('chair', [[0, C.paper], [1, C.paperShade]]);
  let b = rect(0, 0, W, H, 'url(#wall)');
  b += panels(0, W, 60, 560, 6, C.brass, 0.35);
  b += rect(0, 40, W, 10, C.brass, ' opacity="0.6"');
  // The great landscape painting.
  const px = 330, py = 90, pw = 940, ph = 400;
  b += rect(px - 26, py - 26, pw + 52, ph + 52, C.brass) + rect(px - 12, py - 12, pw + 24, ph + 24, '#8c6a2a');
  b += `<clipPath id="paint"><rect x="${px}" y="${py}" width="${pw}" height="${ph}"/></clipPath><g clip-path="url(#paint)">`;
  b += rect(px, py, pw, ph, 'url(#paintSky)');
  b += ellipse(px + 170, py + 90, 44, 44, C.vermilion, ' opacity="0.9"');
  const ridge = (yBase: number, amp: number, seed: number, fill: string, op: number): string => {
    const r = rng(seed);
    let d = `M${px},${py + ph}`;
    let x = px;
    d += ` L${px},${yBase}`;
    while (x < px + pw) {
      const nx = x + 80 + r() * 120;
      const peakY = yBase - amp * (0.4 + r() * 0.8);
      d += ` Q${f((x + nx) / 2)},${f(peakY)} ${f(nx)},${f(yBase - r() * amp * 0.3)}`;
      x = nx;
    }
    d += ` L${px + pw},${py + ph} Z`;
    return path(d, fill, ` opacity="${op}"`);
  };
  b += ridge(py + 220, 150, 3, C.jade, 0.45) + rect(px, py + 170, pw, 80, 'url(#mist)');
  b += ridge(py + 290, 130, 5, C.jadeDeep, 0.7) + rect(px, py + 250, pw, 70, 'url(#mist)');
  b += ridge(py + 360, 90, 9, C.ink, 0.75);
  b += path(`M${px + 380},${py + ph} Q${px + 470},${py + 330} ${px + 600},${py + 320} Q${px + 720},${py + 312} ${px + 940},${py + 350} L${px + 940},${py + 370} Q${px + 700},${py + 340} ${px + 620},${py + 348} Q${px + 520},${py + 360} ${px + 470},${py + ph} Z`, C.paper, ' opacity="0.7"');
  b += '</g>';
  // Chandelier glows.
  b += ellipse(400, 40, 260, 120, 'url(#warm)') + ellipse(1200, 40, 260, 120, 'url(#warm)');
  b += rect(0, 575, W, H - 575, 'url(#carpetG)');
  b += rect(0, 568, W, 10, C.woodDark);
  // Carpet border and medallion.
  b += `<rect x="120" y="620" width="1360" height="300" fill="none" stroke="${C.brass}" stroke-width="10" opacity="0.55"/>`;
  b += `<rect x="150" y="645" width="1300" height="300" fill="none" stroke="${C.brass}" stroke-width="3" opacity="0.45"/>`;
  b += ellipse(800, 790, 260, 70, 'none', ` stroke="${C.brass}" stroke-width="4" opacity="0.35"`);
  // Armchairs side by side, angled toward the centre.
  const armchair = (x: number, flip: number): string => {
    const g = (d: string, fill: string, extra = ''): string => path(d, fill, extra);
    return `<g transform="translate(${x},0) scale(${flip},1)">` +
      ellipse(0, 800, 150, 22, C.inkDeep, ' opacity="0.35"') +
      g('M-110,560 Q-112,500 -60,496 L70,496 Q118,500 116,560 L116,720 L-110,720 Z', 'url(#chair)') +
      g('M-150,640 Q-156,600 -118,598 L-96,598 L-96,780 L-150,780 Z', C.paperDim) +
      g('M150,640 Q156,600 118,598 L96,598 L96,780 L150,780 Z', C.paperShade) +
      rect(-100, 690, 200, 70, C.paperDim) + rect(-150, 780, 300, 16, C.woodDark) +
      rect(-140, 796, 12, 18, C.woodDark) + rect(128, 796, 12, 18, C.woodDark) +
      rect(-70, 520, 140, 110, C.white, ' opacity="0.35"') + '</g>';
  };
  b += armchair(330, 1) + armchair(1270, -1);
  // Side tables with tea cups.
  for (const x of [150, 1450]) b += rect(x - 50, 700, 100, 12, C.woodDark) + rect(x - 40, 712, 80, 90, C.wood) + ellipse(x, 694, 16, 6, C.white);
  b += vignette();
  return svg(W, H, defs, b);
}

function greatHall(): string {
  const defs = VIGNETTE + glow('warm', C.brassLight, 0.45) +
    lin('wall', [[0, '#e9dcc0'], [1, '#cdb98f']]) +
    lin('ceil', [[0, '#f3e8cf'], [1, '#d9c59a']]) +
    lin('col', [[0, C.paperShade], [0.35, C.paper], [0.7, C.paperDim], [1, C.paperShade]], 1, 0) +
    lin('drape', [[0, C.vermilionDeep], [0.5, C.vermilion], [1, C.vermilionDeep]], 1, 0) +
    lin('glass', [[0, '#dfe6e6'], [1, '#f2e7cd']]) +
    lin('red', [[0, '#a3362a'], [1, C.vermilionDeep]]) +
    lin('floorG', [[0, '#b49d74'], [1, '#7a6546']]) +
    rad('star', [[0, C.brassLight, 0.9], [1, C.brassLight, 0]]);
  let b = rect(0, 0, W, H, 'url(#wall)');
  // Star ceiling: rings of lights round a red star.
  b += path('M0,0 H1600 V150 Q800,230 0,150 Z', 'url(#ceil)');
  b += ellipse(800, 80, 420, 120, 'url(#star)');
  for (let ring = 1; ring <= 3; ring++) {
    const rx = 150 + ring * 120, ry = 28 + ring * 22, n = 18 + ring * 10;
    b += ellipse(800, 60, rx, ry, 'none', ` stroke="${C.brass}" stroke-width="2" opacity="${0.55 - ring * 0.1}"`);
    for (let i = 0; i < n; i++) {
      const a = (i / n) * Math.PI * 2;
      b += ellipse(800 + Math.cos(a) * rx, 60 + Math.sin(a) * ry, 4, 3, C.white, ` opacity="${0.9 - ring * 0.15}"`);
    }
  }
  const star = (cx: number, cy: number, r: number): [number, number][] =>
    Array.from({ length: 10 }, (_, i) => {
      const a = -Math.PI / 2 + (i * Math.PI) / 5;
      const rr = i % 2 === 0 ? r : r * 0.382;
      return [cx + Math.cos(a) * rr, cy + Math.sin(a) * rr * 0.45] as [number, number];
    });
  b += ellipse(800, 62, 90, 34, C.brass, ' opacity="0.8"') + poly(star(800, 62, 70), C.vermilion);
  // Back wall: tall draped windows between columns.
  for (const x of [330, 800, 1270]) {
    b += rect(x - 110, 206, 220, 364, 'url(#glass)');
    for (let k = 1; k < 4; k++) b += rect(x - 110 + k * 55 - 2, 206, 4, 364, C.paper, ' opacity="0.7"');
    for (let k = 1; k < 5; k++) b += rect(x - 110, 206 + k * 73 - 2, 220, 4, C.paper, ' opacity="0.7"');
    // Drapes gathered by tie-backs at two-thirds height.
    b += path(`M${x - 124},200 L${x - 40},200 Q${x - 70},340 ${x - 92},420 Q${x - 70},500 ${x - 58},570 L${x - 124},570 Z`, 'url(#drape)');
    b += path(`M${x + 124},200 L${x + 40},200 Q${x + 70},340 ${x + 92},420 Q${x + 70},500 ${x + 58},570 L${x + 124},570 Z`, 'url(#drape)');
    b += rect(x - 126, 412, 40, 10, C.brass) + rect(x + 86, 412, 40, 10, C.brass);
    b += path(`M${x - 130},196 H${x + 130} V236 Q${x + 65},256 ${x},236 Q${x - 65},256 ${x - 130},236 Z`, C.vermilionDeep);
    b += rect(x - 134, 188, 268, 14, C.brass);
  }
  // Columns.
  for (const x of [90, 565, 1035, 1510]) {
    b += rect(x - 38, 170, 76, 420, 'url(#col)');
    for (let k = -2; k <= 2; k++) b += rect(x + k * 13 - 1, 196, 2, 370, C.paperShade, ' opacity="0.7"');
    b += rect(x - 52, 156, 104, 28, C.brass) + rect(x - 52, 572, 104, 22, C.paperShade);
  }
  b += rect(0, 590, W, H - 590, 'url(#floorG)');
  // Red carpet running toward the viewer.
  b += poly([[660, 590], [940, 590], [1260, 900], [340, 900]], 'url(#red)');
  b += poly([[676, 590], [924, 590], [1230, 900], [370, 900]], 'none', ` stroke="${C.brass}" stroke-width="4" opacity="0.6"`);
  b += chairBacks(680, [340, 480, 620, 980, 1120, 1260], C.vermilionDeep);
  b += longTable(670, 160, 1440, C.paperDim, C.paperShade, true);
  b += flowers(800, 694, 1);
  b += ellipse(800, 300, 900, 320, 'url(#warm)', ' opacity="0.35"');
  b += vignette();
  return svg(W, H, defs, b);
}

function press(): string {
  const defs = VIGNETTE + glow('warm', C.heatLight, 0.4) + glow('flash', C.white, 0.8) +
    lin('red', [[0, C.vermilion], [1, C.vermilionDeep]]) +
    lin('dusk', [[0, C.slateDeep], [0.7, C.slate], [1, '#9db1c8']]) +
    lin('screen', [[0, '#f2c57f'], [1, C.heat]]) +
    lin('desk', [[0, C.ink], [1, C.inkDeep]]);
  // Left: Beijing state-media studio and newspapers.
  let b = rect(0, 0, 800, H, 'url(#red)');
  for (let i = 0; i < 7; i++) b += rect(0, 60 + i * 74, 800, 2, C.vermilionDeep, ' opacity="0.6"');
  b += rect(120, 110, 520, 300, C.inkDeep) + rect(136, 126, 488, 268, 'url(#screen)');
  b += `<clipPath id="scr"><rect x="136" y="126" width="488" height="268"/></clipPath><g clip-path="url(#scr)">` +
    ellipse(500, 200, 50, 50, C.paper, ' opacity="0.7"') +
    hall(380, 380, 420, 180, C.vermilionDeep, C.vermilion, true) + '</g>';
  b += rect(370, 410, 20, 40, C.inkDeep) + rect(320, 450, 120, 8, C.inkDeep);
  // Newspaper stack.
  for (let i = 0; i < 5; i++) {
    b += poly([[60 + i * 3, 640 - i * 14], [330 + i * 2, 628 - i * 14], [340 + i * 2, 650 - i * 14], [66 + i * 3, 662 - i * 14]], i % 2 ? C.paper : C.paperDim);
  }
  b += poly([[70, 570], [336, 558], [340, 566], [74, 578]], C.vermilion, ' opacity="0.8"');
  for (let i = 0; i < 5; i++) b += rect(90, 584 + i * 8, 150 + (i % 2) * 60, 3, C.ink, ' opacity="0.35" transform="rotate(-2.5 200 600)"');
  // Studio camera.
  b += rect(600, 560, 120, 70, C.inkDeep) + rect(570, 575, 34, 40, C.inkSoft) + rect(650, 630, 12, 140, C.inkDeep) + poly([[656, 760], [600, 860], [612, 862], [656, 780], [700, 862], [712, 860]], C.inkDeep);
  b += ellipse(400, 300, 420, 300, 'url(#warm)');
  // Right: Washington — the Capitol dome at dusk, a press podium.
  b += rect(800, 0, 800, H, 'url(#dusk)');
  const dome = (cx: number, base: number): string =>
    rect(cx - 260, base - 40, 520, 40, C.paper) +
    Array.from({ length: 13 }, (_, i) => rect(cx - 240 + i * 40, base - 110, 10, 70, C.paper)).join('') +
    rect(cx - 260, base - 122, 520, 14, C.paper) +
    rect(cx - 130, base - 200, 260, 80, C.paper) +
    Array.from({ length: 9 }, (_, i) => rect(cx - 120 + i * 30, base - 196, 8, 72, C.paperShade)).join('') +
    path(`M${cx - 140},${base - 200} Q${cx - 140},${base - 360} ${cx},${base - 372} Q${cx + 140},${base - 360} ${cx + 140},${base - 200} Z`, C.paper) +
    path(`M${cx - 100},${base - 210} Q${cx - 96},${base - 330} ${cx},${base - 348}`, 'none', ` stroke="${C.paperShade}" stroke-width="4"`) +
    path(`M${cx + 100},${base - 210} Q${cx + 96},${base - 330} ${cx},${base - 348}`, 'none', ` stroke="${C.paperShade}" stroke-width="4"`) +
    rect(cx - 18, base - 420, 36, 50, C.paper) + ellipse(cx, base - 420, 22, 12, C.paper) + rect(cx - 4, base - 460, 8, 40, C.paper);
  b += `<g opacity="0.92">${dome(1200, 560)}</g>`;
  b += rect(800, 560, 800, 60, C.slateDeep, ' opacity="0.8"');
  b += rect(800, 600, 800, 300, 'url(#desk)');
  // Podium and microphones.
  b += poly([[1130, 560], [1270, 560], [1290, 760], [1110, 760]], C.ink) + rect(1120, 548, 160, 18, C.inkSoft) + ellipse(1200, 640, 30, 30, 'none', ` stroke="${C.brass}" stroke-width="4"`);
  for (let i = 0; i < 5; i++) b += rect(1160 + i * 18, 500 + (i % 2) * 10, 5, 50, C.inkDeep) + ellipse(1162 + i * 18, 498 + (i % 2) * 10, 8, 10, C.inkDeep);
  // Camera flashes.
  for (const [x, y] of [[960, 420], [1450, 380], [1040, 300]] as [number, number][]) b += ellipse(x, y, 70, 70, 'url(#flash)');
  // The seam between the two capitals.
  b += rect(792, 0, 16, H, C.brass) + rect(798, 0, 4, H, C.brassLight);
  b += vignette();
  return svg(W, H, defs, b);
}

function final(): string {
  const defs = VIGNETTE + glow('warm', '#fff2cf', 0.5) +
    lin('wall', [[0, C.paper], [1, C.paperDim]]) +
    lin('sky', [[0, '#cfe0e8'], [0.7, '#f4ecdc'], [1, '#f8e1b8']]) +
    lin('water', [[0, '#a9c4c0'], [1, C.jade]]) +
    lin('beam', [[0, '#fff6dc', 0.55], [1, '#fff6dc', 0]]) +
    lin('floorG', [[0, C.wood], [1, C.woodDark]]);
  let b = rect(0, 0, W, H, 'url(#wall)');
  b += panels(0, W, 70, 560, 8, C.paperShade, 0.8);
  // Garden window.
  const wx = 250, wy = 90, ww = 1100, wh = 430;
  b += `<clipPath id="win"><rect x="${wx}" y="${wy}" width="${ww}" height="${wh}"/></clipPath><g clip-path="url(#win)">`;
  b += rect(wx, wy, ww, wh, 'url(#sky)');
  b += ellipse(420, 170, 60, 60, '#fff6dc', ' opacity="0.9"');
  const r = rng(88);
  // Far trees.
  for (let x = wx - 20; x < wx + ww + 40; x += 36 + r() * 40) b += ellipse(x, 380 - r() * 30, 50 + r() * 30, 60 + r() * 30, C.jade, ' opacity="0.55"');
  // Pavilion by the lake.
  b += hall(1060, 420, 260, 120, C.inkSoft, C.vermilion, false);
  b += rect(wx, 410, ww, 120, 'url(#water)');
  b += path(`M${wx},410 Q800,395 ${wx + ww},415 L${wx + ww},425 Q800,410 ${wx},420 Z`, C.paper, ' opacity="0.5"');
  for (let i = 0; i < 6; i++) b += rect(600 + i * 90 + r() * 40, 440 + i * 12, 80 + r() * 60, 3, C.white, ' opacity="0.45"');
  // Willows in front.
  for (const [x, s] of [[330, 1], [560, 0.8], [1300, 1.1]] as [number, number][]) {
    b += rect(x - 6 * s, 300, 12 * s, 240, C.woodDark);
    for (let k = 0; k < 14; k++) {
      const dx = (k - 7) * 14 * s;
      b += path(`M${f(x + dx * 0.3)},${f(250)} Q${f(x + dx)},${f(330 * s)} ${f(x + dx * 1.2)},${f(470)}`, 'none', ` stroke="${C.jadeDeep}" stroke-width="${f(6 * s)}" stroke-linecap="round" opacity="0.8"`);
    }
    b += ellipse(x, 260, 110 * s, 60 * s, C.jadeDeep, ' opacity="0.85"');
  }
  b += '</g>';
  b += windowFrame(wx, wy, ww, wh, 5, 2, C.paperShade, 14);
  // Morning light beams across the room.
  b += poly([[wx, wy], [wx + 260, wy], [760, 900], [380, 900]], 'url(#beam)', ' opacity="0.6"');
  b += poly([[wx + 560, wy], [wx + 800, wy], [1300, 900], [980, 900]], 'url(#beam)', ' opacity="0.5"');
  b += rect(0, 590, W, H - 590, 'url(#floorG)');
  b += rect(0, 584, W, 10, C.paperShade);
  b += chairBacks(688, [340, 480, 620, 980, 1120, 1260], C.slateDeep);
  b += longTable(680, 170, 1430, C.paperDim, C.paperShade, true);
  b += flowers(800, 704, 0.8);
  b += ellipse(420, 170, 600, 420, 'url(#warm)', ' opacity="0.6"');
  b += vignette();
  return svg(W, H, defs, b);
}

function neutral(): string {
  const defs = VIGNETTE + glow('warm', C.brassLight, 0.4) +
    lin('wall', [[0, C.inkSoft], [1, C.ink]]) +
    lin('floorG', [[0, C.ink], [1, C.inkDeep]]);
  let b = rect(0, 0, W, H, 'url(#wall)');
  b += panels(0, W, 100, 560, 5, C.brass, 0.3);
  b += rect(0, 60, W, 6, C.brass, ' opacity="0.5"');
  b += sconce(240, 260) + sconce(1360, 260);
  b += ellipse(800, 300, 130, 130, 'none', ` stroke="${C.brass}" stroke-width="6" opacity="0.35"`);
  b += ellipse(800, 300, 110, 110, 'none', ` stroke="${C.brass}" stroke-width="2" opacity="0.3"`);
  b += rect(0, 580, W, H - 580, 'url(#floorG)');
  b += rect(0, 574, W, 8, C.brass, ' opacity="0.4"');
  b += chairBacks(690, [360, 500, 1100, 1240], C.inkDeep);
  b += longTable(680, 200, 1400, C.woodDark, '#2e1c14');
  b += vignette();
  return svg(W, H, defs, b);
}

// ------------------------------------------------------------------ figures

interface FigureStyle {
  suit: string;
  suitShade: string;
  tie: string;
  shirt: string;
  skin: string;
  hair: string;
  hairStyle: 'swept' | 'parted' | 'short';
  pin: string;
  folder: boolean;
}

function figure(s: FigureStyle): string {
  const defs = lin('suit', [[0, s.suit], [1, s.suitShade]], 1, 0.3);
  let b = ellipse(150, 488, 92, 11, C.inkDeep, ' opacity="0.3"');
  // Legs and shoes.
  b += path('M104,318 L146,318 L142,478 L112,478 Z', s.suitShade) + path('M154,318 L196,318 L188,478 L158,478 Z', s.suitShade);
  b += path('M102,470 L144,470 L146,488 L94,488 Q94,476 102,470 Z', C.inkDeep) + path('M156,470 L198,470 Q206,476 206,488 L154,488 Z', C.inkDeep);
  // Arms behind the jacket.
  b += path('M62,150 Q40,160 44,230 L52,318 L82,318 L88,170 Z', 'url(#suit)');
  b += path('M238,150 Q260,160 256,230 L248,318 L218,318 L212,170 Z', s.suitShade);
  // Jacket.
  b += path('M70,142 Q100,118 128,114 L172,114 Q200,118 230,142 L228,340 Q150,352 72,340 Z', 'url(#suit)');
  // Shirt and tie.
  b += path('M128,114 L172,114 L150,210 Z', s.shirt);
  b += path('M143,122 L157,122 L154,134 L160,196 L150,212 L140,196 L146,134 Z', s.tie);
  // Lapels.
  b += path('M128,114 L150,212 L132,232 L112,170 L120,150 L108,132 Z', s.suitShade, ' opacity="0.85"');
  b += path('M172,114 L150,212 L168,232 L188,170 L180,150 L192,132 Z', s.suitShade, ' opacity="0.7"');
  b += path('M150,212 L150,340', 'none', ` stroke="${s.suitShade}" stroke-width="2"`);
  b += ellipse(150, 250, 4, 4, C.inkDeep, ' opacity="0.6"') + ellipse(150, 290, 4, 4, C.inkDeep, ' opacity="0.6"');
  b += rect(182, 176, 22, 4, C.paper, ' opacity="0.9"');
  b += ellipse(118, 162, 5, 5, s.pin);
  // Hands (and a folder).
  b += ellipse(66, 326, 14, 17, s.skin);
  if (s.folder) {
    b += path('M200,262 L254,268 L248,348 L194,342 Z', C.ink) + path('M203,266 L250,271 L245,343 L198,338 Z', s.pin, ' opacity="0.9"');
    b += rect(212, 284, 26, 3, C.brassLight, ' opacity="0.8" transform="rotate(6 225 285)"');
    b += ellipse(238, 326, 12, 16, s.skin) + path('M230,314 Q226,326 230,338', 'none', ` stroke="${C.inkDeep}" stroke-width="1.5" opacity="0.25"`);
  } else {
    b += ellipse(234, 326, 14, 17, s.skin);
  }
  // Neck and head: no features, no likeness.
  b += path('M134,92 L166,92 L164,118 Q150,126 136,118 Z', s.skin);
  b += path('M134,104 Q150,114 166,104 L166,96 L134,96 Z', C.inkDeep, ' opacity="0.15"');
  b += ellipse(150, 62, 36, 44, s.skin);
  b += ellipse(114, 66, 6, 10, s.skin) + ellipse(186, 66, 6, 10, s.skin);
  const hair: Record<FigureStyle['hairStyle'], string> = {
    swept: 'M112,60 Q108,20 146,16 Q184,14 190,50 L188,64 Q182,40 160,36 Q132,40 118,66 Z',
    parted: 'M113,62 Q110,22 150,18 Q188,20 187,60 L184,52 Q176,34 140,34 Q124,40 117,66 Z',
    short: 'M115,56 Q116,22 150,20 Q184,22 185,56 Q176,36 150,34 Q124,36 115,56 Z',
  };
  b += path(hair[s.hairStyle], s.hair);
  // Soft light from the left, shade on the right.
  b += path('M150,18 Q190,24 186,70 Q180,102 150,106 Q170,90 172,60 Q170,30 150,18 Z', C.inkDeep, ' opacity="0.12"');
  return svg(300, 500, defs, b);
}

// ------------------------------------------------------------------ flags, card, emblem

function starPoints(cx: number, cy: number, r: number, rot = 0): string {
  return pts(...Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + rot + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? r : r * 0.381966;
    return [cx + Math.cos(a) * rr, cy + Math.sin(a) * rr] as [number, number];
  }));
}

/** A desk flag: pole, finial and weighted base, flag of the given drawing (w×h at 0,0). */
function deskFlag(flag: string, fw: number, fh: number): string {
  const sx = 20, sy = 14, vw = 140;
  const defs = lin('pole', [[0, C.brassLight], [1, '#8c6a2a']], 1, 0) + lin('sheen', [[0, C.white, 0.12], [0.5, C.inkDeep, 0], [1, C.inkDeep, 0.14]], 1, 0);
  let b = ellipse(70, 192, 40, 6, C.inkDeep, ' opacity="0.3"');
  b += rect(16, 10, 6, 178, 'url(#pole)') + ellipse(19, 9, 6, 6, C.brassLight);
  b += path('M-1,190 Q0,176 19,174 Q38,176 39,190 Z', C.ink);
  b += `<g transform="translate(${sx + 2},${sy}) scale(${f((vw - sx - 12) / fw)},${f((vw - sx - 12) / fw)})">${flag}` +
    `<rect width="${fw}" height="${fh}" fill="url(#sheen)"/></g>`;
  return svg(vw, 200, defs, b);
}

function usFlag(): [string, number, number] {
  const w = 190, h = 100, sh = h / 13;
  let s = rect(0, 0, w, h, '#ffffff');
  for (let i = 0; i < 13; i += 2) s += rect(0, i * sh, w, sh, '#b22234');
  s += rect(0, 0, 76, sh * 7, '#3c3b6e');
  for (let row = 0; row < 9; row++) {
    const n = row % 2 === 0 ? 6 : 5;
    for (let k = 0; k < n; k++) {
      const x = 6.3 * (row % 2 === 0 ? 2 * k + 1 : 2 * k + 2);
      s += `<polygon points="${starPoints(x, 5.4 * (row + 1), 3.08)}" fill="#fff"/>`;
    }
  }
  return [s, w, h];
}

function chinaFlag(): [string, number, number] {
  const u = 5; // 30×20 grid at 5 px
  let s = rect(0, 0, 30 * u, 20 * u, '#de2910');
  s += `<polygon points="${starPoints(5 * u, 5 * u, 3 * u)}" fill="#ffde00"/>`;
  for (const [x, y] of [[10, 2], [12, 4], [12, 7], [10, 9]] as [number, number][]) {
    const rot = Math.atan2(5 - y, 5 - x) + Math.PI / 2;
    s += `<polygon points="${starPoints(x * u, y * u, u, rot)}" fill="#ffde00"/>`;
  }
  return [s, 30 * u, 20 * u];
}

function namecard(): string {
  const defs = lin('face', [[0, C.white], [1, C.paperDim]]) + lin('top', [[0, C.paperShade], [1, C.paperDim]]);
  let b = ellipse(130, 112, 122, 8, C.inkDeep, ' opacity="0.25"');
  b += poly([[18, 28], [242, 28], [236, 18], [24, 18]], 'url(#top)');
  b += poly([[18, 28], [242, 28], [250, 108], [10, 108]], 'url(#face)');
  b += poly([[26, 38], [234, 38], [235, 41], [25, 41]], C.brass);
  b += poly([[18, 96], [242, 96], [243, 99], [17, 99]], C.brass);
  return svg(260, 120, defs, b);
}

function emblem(): string {
  const defs = rad('globe', [[0, C.inkSoft], [1, C.inkDeep]], 0.4, 0.35, 0.7) +
    lin('heat', [[0, C.heat], [1, C.heatLight]], 1, 0) +
    '<clipPath id="top"><rect x="0" y="0" width="256" height="128"/></clipPath>' +
    '<clipPath id="disc"><circle cx="128" cy="128" r="92"/></clipPath>';
  let b = `<circle cx="128" cy="128" r="104" fill="url(#globe)"/>`;
  b += '<g clip-path="url(#disc)" fill="none" stroke="' + C.brass + '" stroke-width="2" opacity="0.45">' +
    [-52, -26, 0, 26, 52].map((y) => `<ellipse cx="128" cy="${128 + y}" rx="${f(Math.sqrt(92 * 92 - y * y))}" ry="${f(Math.abs(y) * 0.12 + 4)}"/>`).join('') +
    '<ellipse cx="128" cy="128" rx="30" ry="92"/></g>';
  b += `<path d="M40,150 Q128,176 216,150" fill="none" stroke="url(#heat)" stroke-width="6" stroke-linecap="round"/>`;
  const linkA = `<ellipse cx="128" cy="128" rx="46" ry="96" fill="none" stroke="${C.vermilion}" stroke-width="18" transform="rotate(-28 128 128)"/>`;
  const linkB = `<ellipse cx="128" cy="128" rx="46" ry="96" fill="none" stroke="${C.slate}" stroke-width="18" transform="rotate(28 128 128)"/>`;
  const edgeA = `<ellipse cx="128" cy="128" rx="46" ry="96" fill="none" stroke="${C.brassLight}" stroke-width="2" opacity="0.6" transform="rotate(-28 128 128)"/>`;
  const edgeB = `<ellipse cx="128" cy="128" rx="46" ry="96" fill="none" stroke="${C.brassLight}" stroke-width="2" opacity="0.6" transform="rotate(28 128 128)"/>`;
  // Interlock: A over B at the top, B over A at the bottom.
  b += linkA + edgeA + linkB + edgeB + `<g clip-path="url(#top)">${linkA}${edgeA}</g>`;
  b += `<circle cx="128" cy="128" r="110" fill="none" stroke="${C.brass}" stroke-width="6"/>`;
  b += `<circle cx="128" cy="128" r="120" fill="none" stroke="${C.brass}" stroke-width="2" opacity="0.6"/>`;
  return svg(256, 256, defs, b);
}

// ------------------------------------------------------------------ main

export function renderAll(): Record<string, string> {
  const [us, uw, uh] = usFlag();
  const [cn, cw, ch] = chinaFlag();
  return {
    'dinner.svg': dinner(),
    'hotel.svg': hotel(),
    'premier.svg': premier(),
    'great-hall.svg': greatHall(),
    'press.svg': press(),
    'final.svg': final(),
    'neutral.svg': neutral(),
    'figure-us.svg': figure({ suit: C.slateDeep, suitShade: '#22364f', tie: C.slate, shirt: C.white, skin: '#d8a886', hair: '#b9b4ab', hairStyle: 'swept', pin: C.slate, folder: false }),
    'figure-china.svg': figure({ suit: '#26282f', suitShade: '#17181d', tie: C.vermilionDeep, shirt: C.white, skin: '#d6a47e', hair: '#1b1b1f', hairStyle: 'parted', pin: C.vermilion, folder: true }),
    'figure-china-2.svg': figure({ suit: '#2d3340', suitShade: '#1b1f28', tie: '#6e2a2a', shirt: C.paper, skin: '#cf9d78', hair: '#cfcac0', hairStyle: 'short', pin: C.brass, folder: false }),
    'flag-us.svg': deskFlag(us, uw, uh),
    'flag-china.svg': deskFlag(cn, cw, ch),
    'namecard.svg': namecard(),
    'emblem.svg': emblem(),
  };
}

function main(): void {
  const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'art');
  mkdirSync(out, { recursive: true });
  for (const [name, text] of Object.entries(renderAll())) {
    writeFileSync(join(out, name), text);
    console.log(`${name.padEnd(20)} ${(text.length / 1024).toFixed(1)} KiB`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
