/**
 * Beijing, July 2023 — the halls: the Great Hall of the People, the press
 * room (Beijing and Washington side by side), the final session's room; and
 * the neutral room for a place with no art of its own.
 */
import { C, H, VIGNETTE, W, ellipse, f, glow, lin, path, poly, rad, rect, rng, svg, vignette } from './kit.ts';
import { chairBacks, flowers, hall, longTable, panels, sconce, windowFrame } from './furniture.ts';

export function greatHall(): string {
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

export function press(): string {
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

export function final(): string {
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

export function neutral(): string {
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
