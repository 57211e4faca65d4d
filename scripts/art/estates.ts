/**
 * The Californian estates where the leaders met: Sunnylands, Rancho Mirage
 * (a mid-century house with a pink roof, a desert garden, the mountains) and
 * Filoli, Woodside (a formal garden inside brick walls, oaks, the hills).
 * Both are seen from a shaded terrace: the stage's table stands on it.
 */
import { C, H, VIGNETTE, W, ellipse, f, glow, lin, path, poly, rect, rng, svg, vignette } from './kit.ts';

/** A ridge line from x0 to x1 around `base`, peaks up to `amp` higher. */
function ridge(x0: number, x1: number, base: number, amp: number, seed: number, fill: string, extra = ''): string {
  const r = rng(seed);
  let d = `M${x0},600 L${x0},${base}`;
  for (let x = x0; x < x1;) {
    const nx = Math.min(x1, x + 60 + r() * 110);
    d += ` L${f((x + nx) / 2)},${f(base - amp * (0.3 + r() * 0.7))} L${f(nx)},${f(base - r() * amp * 0.25)}`;
    x = nx;
  }
  return path(`${d} L${x1},600 Z`, fill, extra);
}

export function sunnylands(): string {
  const defs = VIGNETTE + glow('warm', '#fff2cf', 0.45) +
    lin('sky', [[0, '#7fa3c4'], [0.6, '#cfe0e8'], [1, '#f4e6cc']]) +
    lin('haze', [[0, '#f4e6cc', 0], [1, '#f4e6cc', 0.7]]) +
    lin('lawn', [[0, '#8fae6e'], [1, '#5f8a4e']]) +
    lin('roof', [[0, '#e9a3a0'], [1, '#c97f7c']]) +
    lin('soffit', [[0, '#3a2a22'], [1, '#5a4232']]);
  let b = rect(0, 0, W, H, 'url(#sky)');
  // The mountains behind the desert: far and bare, then nearer and darker.
  b += ridge(0, W, 330, 150, 61, '#a88f9a', ' opacity="0.75"') + ridge(0, W, 390, 110, 62, '#7d6a78', ' opacity="0.85"');
  b += rect(0, 240, W, 200, 'url(#haze)');
  // The lawn and a line of palms and tamarisks across it.
  b += rect(0, 420, W, 180, 'url(#lawn)');
  const r = rng(613);
  for (let x = 20; x < W; x += 70 + r() * 80) b += ellipse(x, 420, 40 + r() * 30, 18 + r() * 14, C.jadeDeep, ' opacity="0.8"');
  // The house: long low walls under a pink pyramid roof.
  b += rect(630, 470, 340, 60, '#efe6d6') + rect(630, 520, 340, 10, C.paperShade);
  for (let x = 656; x < 960; x += 56) b += rect(x, 480, 32, 40, '#6f8c9c', ' opacity="0.85"');
  b += poly([[596, 474], [800, 396], [1004, 474]], 'url(#roof)') + poly([[800, 396], [1004, 474], [870, 474]], '#b36f6c', ' opacity="0.45"');
  // The desert garden in front: agaves, barrel cacti, pale gravel, a palo verde.
  b += path('M0,540 Q400,520 800,538 T1600,534 V600 H0 Z', '#e3d5b8');
  const agave = (x: number, y: number, s: number): string => {
    let g = '';
    for (let i = 0; i < 9; i++) {
      const a = Math.PI * (0.08 + i * 0.105);
      g += poly([[x - 6 * s, y], [x + Math.cos(a) * 60 * s, y - Math.sin(a) * 50 * s], [x + 6 * s, y]], i % 2 ? '#6f9a8a' : '#8db3a3');
    }
    return g;
  };
  for (const [x, s] of [[600, 0.8], [700, 0.6], [930, 0.9], [1020, 0.55], [480, 0.7], [1130, 0.7]] as [number, number][]) b += agave(x, 560, s);
  for (const x of [650, 880, 990]) b += ellipse(x, 566, 18, 15, '#5f8a6e') + ellipse(x, 552, 6, 3, C.heatLight);
  b += path('M570,570 Q580,490 550,440 M580,530 Q610,480 650,460', 'none', ` stroke="#7f9a52" stroke-width="7" stroke-linecap="round"`);
  for (let i = 0; i < 14; i++) b += ellipse(520 + r() * 150, 424 + r() * 40, 30 + r() * 20, 14 + r() * 8, '#a9bf6a', ` opacity="${f(0.6 + r() * 0.3)}"`);
  // The terrace roof overhead, the glass wall's thin mullions, two slender posts: mid-century lines.
  b += rect(0, 0, W, 70, 'url(#soffit)') + rect(0, 70, W, 10, '#e9e1d2');
  for (let x = 120; x < W; x += 120) b += rect(x - 3, 80, 6, 520, '#3a3430', ' opacity="0.15"');
  for (const x of [460, 1140]) b += rect(x - 7, 80, 14, 520, '#3a3430');
  b += rect(0, 590, W, 14, '#d9cbb0') + rect(0, 604, W, H - 604, '#8c7a62');
  b += ellipse(1300, 120, 700, 400, 'url(#warm)', ' opacity="0.6"');
  b += vignette();
  return svg(W, H, defs, b);
}

export function filoli(): string {
  const defs = VIGNETTE + glow('warm', '#fff0d0', 0.4) +
    lin('sky', [[0, '#9fb7c9'], [0.7, '#dfe6e2'], [1, '#efe6d2']]) +
    lin('lawn', [[0, '#86a36a'], [1, '#557a45']]) +
    lin('path', [[0, '#d8c8a4'], [1, '#b8a07a']]) +
    '<pattern id="brick" width="40" height="20" patternUnits="userSpaceOnUse">' +
    `<rect width="40" height="20" fill="#9a4a36"/><path d="M0,19.5H40M20,0V10M0,10H40M0,10V20M40,10V20" stroke="#c9b08f" stroke-width="1.5" opacity="0.55"/></pattern>`;
  let b = rect(0, 0, W, H, 'url(#sky)');
  // The hills of the peninsula, hazy, then the oaks above the walls.
  b += path('M0,330 Q300,260 620,300 T1200,280 T1600,300 V600 H0 Z', '#9fae9c', ' opacity="0.7"');
  const r = rng(1115);
  const oak = (x: number, y: number, s: number, leaf: string): string => {
    let g = rect(x - 8 * s, y, 16 * s, 200, '#3e2f26');
    for (let i = 0; i < 7; i++) g += ellipse(x + (r() - 0.5) * 160 * s, y - r() * 70 * s, (60 + r() * 40) * s, (40 + r() * 25) * s, leaf);
    return g;
  };
  for (const [x, y, s, leaf] of [[120, 250, 1.3, '#3d5a43'], [380, 280, 1, '#4c6b48'], [700, 240, 1.2, '#3d5a43'], [960, 290, 0.9, '#b48a3c'], [1200, 250, 1.3, '#4c6b48'], [1480, 260, 1.2, '#3d5a43']] as [number, number, number, string][]) b += oak(x, y, s, leaf);
  // The brick garden wall, its coping, and the gateway to the walled garden.
  b += rect(0, 330, W, 230, 'url(#brick)') + rect(0, 318, W, 16, '#c9b894') + rect(0, 334, W, 4, '#6e3426', ' opacity="0.5"');
  for (const x of [200, 1400]) b += rect(x - 30, 300, 60, 260, 'url(#brick)') + rect(x - 38, 290, 76, 14, '#c9b894') + ellipse(x, 280, 16, 14, '#c9b894');
  // The arch: through it, the lawn and a clipped yew.
  b += path('M690,560 V400 Q690,320 800,320 Q910,320 910,400 V560 Z', '#c9b894');
  b += path('M706,560 V404 Q706,336 800,336 Q894,336 894,404 V560 Z', 'url(#sky)');
  b += path('M706,440 Q800,420 894,440 V560 H706 Z', 'url(#lawn)') + ellipse(800, 412, 70, 50, '#4c6b48');
  b += rect(780, 430, 40, 60, '#2f4a36') + ellipse(800, 430, 26, 38, '#2f4a36');
  // Clipped hedges and standard trees in tubs along the wall.
  b += rect(0, 500, 690, 60, '#3f5e3f') + rect(910, 500, 690, 60, '#3f5e3f') + rect(0, 500, W, 6, '#5f8a4e', ' opacity="0.7"');
  for (const x of [440, 600, 1000, 1160]) b += rect(x - 4, 470, 8, 40, '#3e2f26') + ellipse(x, 450, 34, 34, '#4f7a4a') + ellipse(x - 8, 440, 14, 12, '#6f9a5e', ' opacity="0.7"');
  // The gravel path and the lawn of the terrace.
  b += rect(0, 556, W, 44, 'url(#lawn)') + poly([[706, 556], [894, 556], [1000, 600], [600, 600]], 'url(#path)');
  b += rect(0, 600, W, H - 600, '#6e604f');
  b += ellipse(400, 150, 700, 380, 'url(#warm)', ' opacity="0.6"');
  b += vignette();
  return svg(W, H, defs, b);
}
