/**
 * Beijing, July 2023 — the rooms: the dinner, the hotel meeting room, the
 * premier's reception hall.
 */
import { C, H, VIGNETTE, W, ellipse, f, glow, lin, path, poly, rad, rect, rng, svg, vignette } from './kit.ts';
import { chairBacks, forbiddenCity, hall, longTable, panels, pendant, windowFrame } from './furniture.ts';

export function dinner(): string {
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

export function hotel(): string {
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

export function premier(): string {
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
