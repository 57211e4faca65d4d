/**
 * The freeze and the thaw of 2022–23: the Chinese foreign ministry's press
 * briefing room, the leaders' meeting room at the G20 in Bali (an evening by
 * the sea, November 2022), and a COP plenary hall (Sharm el-Sheikh 2022,
 * Dubai 2023). As in every scene, the table and the delegations are drawn by
 * the stage over the lower band and both sides.
 */
import { C, H, VIGNETTE, W, ellipse, f, glow, lin, path, poly, rad, rect, rng, svg, vignette } from './kit.ts';
import { FOLDS, hangingFlag } from './furniture.ts';

export function briefingRoom(): string {
  const defs = VIGNETTE + FOLDS + glow('spot', C.white, 0.35) +
    lin('wall', [[0, '#dfe4e6'], [1, '#b9c2c6']]) +
    lin('board', [[0, '#2a5a93'], [1, '#1d3f6b']]) +
    lin('lectern', [[0, '#8a5b3c'], [1, C.woodDark]]) +
    lin('floorG', [[0, C.slateDeep], [1, C.ink]]) +
    rad('earth', [[0, '#6d9bcf', 0.55], [1, '#2a5a93', 0]], 0.5, 0.5, 0.5);
  let b = rect(0, 0, W, H, 'url(#wall)');
  // Ceiling: rows of flat panel lights.
  b += rect(0, 0, W, 70, '#cfd5d8');
  for (let i = 0; i < 7; i++) b += rect(70 + i * 225, 24, 130, 18, C.white, ' opacity="0.9"');
  // Wall panels in pale wood.
  for (let x = 0; x < W; x += 200) b += rect(x + 6, 100, 188, 494, '#cdbfa6', ' opacity="0.45"');
  // The blue backdrop: a globe rising in its corner, a gold rule.
  b += rect(360, 110, 880, 480, 'url(#board)');
  b += `<clipPath id="bd"><rect x="360" y="110" width="880" height="480"/></clipPath><g clip-path="url(#bd)">` +
    ellipse(1120, 520, 420, 420, 'url(#earth)');
  for (let i = 1; i < 6; i++) b += ellipse(1120, 520, 70 * i, 70 * i, 'none', ` stroke="${C.white}" stroke-width="1.5" opacity="0.12"`);
  for (let i = 0; i < 6; i++) b += rect(1119, 100, 2, 840, C.white, ` opacity="0.1" transform="rotate(${-60 + i * 24} 1120 520)"`);
  b += '</g>' + rect(360, 540, 880, 6, C.brass, ' opacity="0.85"') + rect(360, 104, 880, 6, C.brass, ' opacity="0.6"');
  // The national flag on its pole beside the lectern.
  b += rect(1044, 150, 6, 440, C.brass) + ellipse(1047, 146, 7, 9, C.brassLight) + hangingFlag('china', 1052, 176, 80, 210);
  // The lectern: wood, the emblem in red and gold, two microphones.
  b += ellipse(800, 330, 260, 220, 'url(#spot)');
  b += poly([[710, 440], [890, 440], [904, 600], [696, 600]], 'url(#lectern)') + poly([[696, 420], [904, 420], [892, 446], [708, 446]], '#9c6b47');
  b += ellipse(800, 504, 34, 34, C.brass) + ellipse(800, 504, 27, 27, C.vermilion) + ellipse(800, 498, 9, 9, C.brassLight);
  for (let i = 0; i < 4; i++) b += rect(782 + i * 12 - 4, 510 + (i % 2) * 6, 8, 3, C.brassLight, ' opacity="0.9"');
  for (const dx of [-16, 16]) b += path(`M${800 + dx},422 Q${800 + dx * 1.8},392 ${800 + dx * 1.2},370`, 'none', ` stroke="${C.inkDeep}" stroke-width="3"`) + ellipse(800 + dx * 1.2, 368, 5, 9, C.inkDeep);
  b += rect(0, 594, W, H - 594, 'url(#floorG)');
  b += vignette();
  return svg(W, H, defs, b);
}

export function bali(): string {
  const defs = VIGNETTE + glow('warm', C.heatLight, 0.45) +
    lin('sky', [[0, '#3d4f72'], [0.45, '#c67a63'], [0.75, C.heatLight], [1, '#f6d3a0']]) +
    lin('sea', [[0, '#a96f5e'], [1, '#2f4a69']]) +
    rad('sun', [[0, '#fff0cf', 1], [0.25, '#ffd28a', 0.9], [1, C.heatLight, 0]]) +
    lin('post', [[0, C.woodDark], [0.5, C.wood], [1, C.woodDark]], 1, 0) +
    lin('floorG', [[0, '#4a3324'], [1, '#24170f']]);
  // An open pavilion at dusk: the sea and the sunset between carved posts.
  let b = rect(0, 0, W, 470, 'url(#sky)');
  b += ellipse(820, 420, 260, 260, 'url(#sun)') + ellipse(820, 430, 48, 48, '#fff0cf', ' opacity="0.95"');
  b += rect(0, 440, W, 160, 'url(#sea)');
  const r = rng(1114);
  for (let i = 0; i < 18; i++) b += rect(560 + r() * 500 - i * 6, 448 + i * 8, 40 + r() * 120, 3, '#ffe2b0', ` opacity="${f(0.7 - i * 0.03)}"`);
  // Headland, a split gate and palms in silhouette.
  b += path('M0,452 Q140,420 300,438 Q420,446 470,456 L470,600 L0,600 Z', '#2b2430') + path('M1600,446 Q1420,410 1260,436 Q1180,446 1130,458 L1130,600 L1600,600 Z', '#2b2430');
  // The split gate (candi bentar): two stepped halves, cut clean where they face each other.
  for (const [x, dir] of [[690, -1], [910, 1]] as [number, number][]) {
    const steps: [number, number][] = [[8, 330], [20, 362], [34, 404], [48, 448], [62, 492], [76, 560]];
    const p: [number, number][] = [[x, 560], [x, 318]];
    for (const [w, y] of steps) p.push([x + dir * w, y - 12], [x + dir * w, y]);
    b += poly(p, '#3a2a2a');
    for (const [w, y] of steps.slice(1, -1)) b += rect(dir < 0 ? x - w - 4 : x, y - 2, w + 4, 4, '#5a4038');
  }
  const palm = (x: number, base: number, h: number, lean: number): string => {
    const tx = x + lean, ty = base - h;
    let s = path(`M${x - 7},${base} Q${x + lean * 0.2},${base - h * 0.5} ${tx - 3},${ty} L${tx + 3},${ty} Q${x + lean * 0.3},${base - h * 0.5} ${x + 7},${base} Z`, '#241c22');
    for (let i = 0; i < 7; i++) {
      const a = Math.PI * (0.05 + i * 0.15);
      const ex = tx + Math.cos(a) * 110, ey = ty + 40 - Math.sin(a) * 60;
      s += path(`M${tx},${ty} Q${f((tx + ex) / 2)},${f(ty - 40)} ${f(ex)},${f(ey)} Q${f((tx + ex) / 2)},${f(ty - 20)} ${tx},${ty + 6} Z`, '#241c22');
    }
    return s;
  };
  b += palm(120, 600, 330, 40) + palm(330, 600, 260, -30) + palm(1260, 600, 300, 30) + palm(1470, 600, 360, -40);
  // The pavilion: a tiered roof edge above, carved posts, a stone balustrade.
  b += path('M0,0 H1600 V70 Q800,40 0,70 Z', '#3a2618') + path('M0,60 Q800,30 1600,60 V96 Q800,66 0,96 Z', C.woodDark);
  for (let x = 20; x < W; x += 48) b += poly([[x, 86], [x + 24, 110], [x + 48, 86]], C.wood, ' opacity="0.8"');
  for (const x of [480, 1120]) {
    b += rect(x - 26, 90, 52, 510, 'url(#post)') + rect(x - 36, 90, 72, 24, C.brass, ' opacity="0.8"');
    for (let k = 0; k < 4; k++) b += ellipse(x, 160 + k * 110, 14, 30, C.woodDark, ' opacity="0.6"') + ellipse(x, 160 + k * 110, 6, 14, C.brass, ' opacity="0.55"');
  }
  b += rect(0, 540, W, 14, '#8a7a66') + rect(0, 554, W, 46, '#6e604f');
  for (let x = 10; x < W; x += 40) b += rect(x, 560, 16, 34, '#574b3f');
  // Frangipani in stone pots at the posts.
  for (const x of [420, 1180]) {
    b += poly([[x - 34, 506], [x + 34, 506], [x + 24, 548], [x - 24, 548]], '#7d6e5c') + ellipse(x, 486, 50, 30, C.jadeDeep);
    for (let i = 0; i < 7; i++) b += ellipse(x - 38 + i * 13, 470 + (i % 3) * 10, 7, 7, C.paper) + ellipse(x - 38 + i * 13, 470 + (i % 3) * 10, 2.5, 2.5, C.heatLight);
  }
  b += rect(0, 600, W, H - 600, 'url(#floorG)');
  b += ellipse(820, 420, 900, 300, 'url(#warm)', ' opacity="0.4"');
  b += vignette();
  return svg(W, H, defs, b);
}

export function copHall(): string {
  const defs = VIGNETTE + glow('glowHeat', C.heat, 0.4) + glow('spot', '#d8f0e8', 0.3) +
    lin('hall', [[0, '#0d1a24'], [1, '#15283a']]) +
    lin('screen', [[0, '#23496b'], [0.6, '#3d7a86'], [1, '#8fbf9e']]) +
    lin('dais', [[0, '#e8e2d2'], [1, '#b8b2a2']]) +
    rad('planet', [[0, '#7fc0b0'], [0.7, C.jadeDeep], [1, C.ink]], 0.4, 0.35, 0.7) +
    lin('floorG', [[0, C.ink], [1, C.inkDeep]]);
  let b = rect(0, 0, W, H, 'url(#hall)');
  // Roof trusses and stage lights.
  for (let x = 0; x <= W; x += 160) b += poly([[x, 0], [x + 8, 0], [x + 88, 90], [x + 80, 90]], C.inkSoft, ' opacity="0.5"') + poly([[x + 160, 0], [x + 152, 0], [x + 72, 90], [x + 80, 90]], C.inkSoft, ' opacity="0.5"');
  b += rect(0, 88, W, 8, C.inkSoft);
  for (let i = 0; i < 12; i++) b += ellipse(70 + i * 133, 106, 9, 9, i % 3 === 0 ? C.heatLight : '#cfe8e0', ' opacity="0.9"');
  // Rows of delegates' desks rising at the sides, with small lights.
  const r = rng(2728);
  for (const side of [-1, 1]) {
    for (let row = 0; row < 5; row++) {
      const y = 250 + row * 60;
      const x0 = side < 0 ? 0 : 1600 - 380 + row * 30;
      const x1 = side < 0 ? 380 - row * 30 : 1600;
      b += rect(x0, y, x1 - x0, 10, '#2a4a5e') + rect(x0, y + 10, x1 - x0, 30, C.ink, ' opacity="0.6"');
      for (let x = x0 + 20; x < x1 - 10; x += 36) if (r() > 0.35) b += ellipse(x, y + 2, 3, 3, '#9fd8c8', ' opacity="0.8"');
    }
  }
  // The great screen above the stage: the planet, lit at its edge.
  b += rect(420, 130, 760, 300, C.inkDeep) + rect(430, 140, 740, 280, 'url(#screen)');
  b += `<clipPath id="scr"><rect x="430" y="140" width="740" height="280"/></clipPath><g clip-path="url(#scr)">` +
    ellipse(800, 560, 330, 330, 'url(#planet)') + ellipse(800, 560, 332, 332, 'none', ` stroke="${C.heatLight}" stroke-width="6" opacity="0.8"`) +
    ellipse(800, 240, 380, 160, 'url(#glowHeat)') + '</g>';
  // Side screens.
  for (const x of [240, 1360]) b += rect(x - 110, 150, 220, 124, C.inkDeep) + rect(x - 102, 158, 204, 108, 'url(#screen)', ' opacity="0.75"');
  // The presidium: a long white dais with a green front band, its speaker's lectern.
  b += ellipse(800, 500, 520, 200, 'url(#spot)');
  b += rect(360, 470, 880, 20, 'url(#dais)') + rect(380, 490, 840, 110, '#d8d2c2') + rect(380, 520, 840, 24, C.jade);
  for (let x = 440; x < 1200; x += 110) b += rect(x, 440, 50, 30, C.inkDeep, ' opacity="0.5"') + rect(x + 22, 450, 4, 20, C.inkDeep);
  b += poly([[760, 420], [840, 420], [850, 490], [750, 490]], '#c8c2b2') + rect(752, 450, 96, 8, C.heat);
  b += rect(0, 596, W, H - 596, 'url(#floorG)');
  b += vignette();
  return svg(W, H, defs, b);
}
