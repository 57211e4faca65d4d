/**
 * Shared pieces of the scenes: Chinese halls and the Forbidden City's roofs,
 * window frames, lamps, wall panels, tables, chair backs, flowers, and hanging
 * flags of the two countries.
 */
import { C, ellipse, f, lin, path, poly, rect, rng } from './kit.ts';

/** A Chinese hall: hip roof with upturned eaves over a vermilion colonnade. */
export function hall(cx: number, base: number, w: number, h: number, roof: string, wall: string, double = false): string {
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
export function forbiddenCity(x0: number, x1: number, horizon: number, haze: string): string {
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
export function windowFrame(x: number, y: number, w: number, h: number, cols: number, rows: number, frame: string, t = 14): string {
  let s = `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" fill="none" stroke="${frame}" stroke-width="${t}"/>`;
  for (let i = 1; i < cols; i++) s += rect(x + (w * i) / cols - t * 0.3, y, t * 0.6, h, frame);
  for (let j = 1; j < rows; j++) s += rect(x, y + (h * j) / rows - t * 0.3, w, t * 0.6, frame);
  s += rect(x - t * 1.5, y + h, w + t * 3, t * 1.3, frame);
  return s;
}

/** A pendant lamp with a warm glow. */
export function pendant(x: number, y: number, r: number, shade: string): string {
  return ellipse(x, y + r * 0.5, r * 5, r * 4, 'url(#warm)') +
    rect(x - 1.5, 0, 3, y - r * 0.6, C.inkDeep, ' opacity="0.7"') +
    path(`M${f(x - r)},${f(y + r * 0.6)} Q${f(x - r * 0.9)},${f(y - r * 0.7)} ${f(x)},${f(y - r * 0.75)} Q${f(x + r * 0.9)},${f(y - r * 0.7)} ${f(x + r)},${f(y + r * 0.6)} Z`, shade) +
    ellipse(x, y + r * 0.6, r, r * 0.2, C.brassLight);
}

/** A wall sconce: brass mount and a glow. */
export function sconce(x: number, y: number): string {
  return ellipse(x, y, 110, 130, 'url(#warm)') +
    rect(x - 4, y + 10, 8, 34, C.brass) +
    path(`M${f(x - 18)},${f(y + 14)} L${f(x - 12)},${f(y - 18)} L${f(x + 12)},${f(y - 18)} L${f(x + 18)},${f(y + 14)} Z`, C.paper, ' opacity="0.95"');
}

/** Wall panel mouldings. */
export function panels(x0: number, x1: number, y0: number, y1: number, n: number, color: string, op = 0.5): string {
  let s = '';
  const gap = 24;
  const w = (x1 - x0 - gap * (n + 1)) / n;
  for (let i = 0; i < n; i++) {
    s += `<rect x="${f(x0 + gap + i * (w + gap))}" y="${f(y0)}" width="${f(w)}" height="${f(y1 - y0)}" fill="none" stroke="${color}" stroke-width="3" opacity="${op}"/>`;
  }
  return s;
}

/** A horizontal long table: top surface, apron, and soft shadow. */
export function longTable(y: number, x0: number, x1: number, top: string, apron: string, cloth = false): string {
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
export function chairBacks(y: number, xs: number[], color: string): string {
  return xs.map((x) => path(`M${f(x - 38)},${f(y)} L${f(x - 34)},${f(y - 92)} Q${f(x)},${f(y - 112)} ${f(x + 34)},${f(y - 92)} L${f(x + 38)},${f(y)} Z`, color)).join('');
}

/** A low flower arrangement for the table centre. */
export function flowers(cx: number, y: number, scale = 1): string {
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

/** A hanging flag, `w` wide and `h` tall, top left at x,y: US stripes or China's red with a gold star. */
export function hangingFlag(side: 'us' | 'china', x: number, y: number, w: number, h: number): string {
  let s: string;
  if (side === 'us') {
    s = rect(x, y, w, h, C.white);
    // Hung from the top, the stripes run down and the canton sits top left.
    const n = 7;
    for (let i = 0; i < n; i++) s += rect(x + (w * (2 * i)) / (2 * n - 1), y, w / (2 * n - 1), h, '#b22234');
    s += rect(x, y, w * 0.55, h * 0.4, '#3c3b6e');
    for (let i = 0; i < 3; i++) for (let j = 0; j < 4; j++) s += ellipse(x + w * (0.1 + i * 0.17), y + h * (0.06 + j * 0.09), 2.2, 2.2, C.white);
  } else {
    s = rect(x, y, w, h, '#de2910') + ellipse(x + w * 0.3, y + h * 0.14, w * 0.13, w * 0.13, '#ffde00');
    for (const [dx, dy] of [[0.62, 0.06], [0.72, 0.14], [0.72, 0.24], [0.62, 0.3]] as [number, number][]) s += ellipse(x + w * dx, y + h * dy, w * 0.045, w * 0.045, '#ffde00');
  }
  return s + rect(x, y, w, h, 'url(#folds)') + rect(x - 4, y - 10, w + 8, 10, C.brass);
}

/** Vertical folds for hanging cloth: light and shade across its width. */
export const FOLDS = lin('folds', [[0, C.inkDeep, 0.3], [0.2, C.white, 0.12], [0.4, C.inkDeep, 0.25], [0.62, C.white, 0.1], [0.82, C.inkDeep, 0.28], [1, C.white, 0.05]], 1, 0);
