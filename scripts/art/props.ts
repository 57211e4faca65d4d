/**
 * The small props: the two desk flags, the name card, and the game's emblem
 * (two interlocking links over a globe).
 */
import { C, ellipse, f, lin, path, poly, pts, rad, rect, svg } from './kit.ts';

export function starPoints(cx: number, cy: number, r: number, rot = 0): string {
  return pts(...Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + rot + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? r : r * 0.381966;
    return [cx + Math.cos(a) * rr, cy + Math.sin(a) * rr] as [number, number];
  }));
}

/** A desk flag: pole, finial and weighted base, flag of the given drawing (w×h at 0,0). */
export function deskFlag(flag: string, fw: number, fh: number): string {
  const sx = 20, sy = 14, vw = 140;
  const defs = lin('pole', [[0, C.brassLight], [1, '#8c6a2a']], 1, 0) + lin('sheen', [[0, C.white, 0.12], [0.5, C.inkDeep, 0], [1, C.inkDeep, 0.14]], 1, 0);
  let b = ellipse(70, 192, 40, 6, C.inkDeep, ' opacity="0.3"');
  b += rect(16, 10, 6, 178, 'url(#pole)') + ellipse(19, 9, 6, 6, C.brassLight);
  b += path('M-1,190 Q0,176 19,174 Q38,176 39,190 Z', C.ink);
  b += `<g transform="translate(${sx + 2},${sy}) scale(${f((vw - sx - 12) / fw)},${f((vw - sx - 12) / fw)})">${flag}` +
    `<rect width="${fw}" height="${fh}" fill="url(#sheen)"/></g>`;
  return svg(vw, 200, defs, b);
}

export function usFlag(): [string, number, number] {
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

export function chinaFlag(): [string, number, number] {
  const u = 5; // 30×20 grid at 5 px
  let s = rect(0, 0, 30 * u, 20 * u, '#de2910');
  s += `<polygon points="${starPoints(5 * u, 5 * u, 3 * u)}" fill="#ffde00"/>`;
  for (const [x, y] of [[10, 2], [12, 4], [12, 7], [10, 9]] as [number, number][]) {
    const rot = Math.atan2(5 - y, 5 - x) + Math.PI / 2;
    s += `<polygon points="${starPoints(x * u, y * u, u, rot)}" fill="#ffde00"/>`;
  }
  return [s, 30 * u, 20 * u];
}

export function namecard(): string {
  const defs = lin('face', [[0, C.white], [1, C.paperDim]]) + lin('top', [[0, C.paperShade], [1, C.paperDim]]);
  let b = ellipse(130, 112, 122, 8, C.inkDeep, ' opacity="0.25"');
  b += poly([[18, 28], [242, 28], [236, 18], [24, 18]], 'url(#top)');
  b += poly([[18, 28], [242, 28], [250, 108], [10, 108]], 'url(#face)');
  b += poly([[26, 38], [234, 38], [235, 41], [25, 41]], C.brass);
  b += poly([[18, 96], [242, 96], [243, 99], [17, 99]], C.brass);
  return svg(260, 120, defs, b);
}

export function emblem(): string {
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
