/**
 * The road to the 2014 announcement: the envoy's desk at night with the
 * president's letter, the Great Hall of the People dressed for the joint press
 * conference at APEC (November 2014), and the UN General Assembly hall (New
 * York, September 2014). The stage draws its table over everything below
 * y≈600 and the delegations over both sides, so what tells the place is in
 * the upper half and the middle band.
 */
import { C, H, VIGNETTE, W, ellipse, f, glow, lin, path, poly, rad, rect, rng, svg, vignette } from './kit.ts';
import { FOLDS, hangingFlag, panels, windowFrame } from './furniture.ts';

export function letterDesk(): string {
  const defs = VIGNETTE + glow('warm', C.heatLight, 0.55) + glow('moon', C.paper, 0.5) +
    lin('wall', [[0, '#1c2640'], [1, C.ink]]) +
    lin('night', [[0, C.inkDeep], [0.7, C.slateDeep], [1, '#5d7390']]) +
    lin('wood', [[0, C.wood], [1, C.woodDark]]) +
    lin('shade', [[0, C.jade], [1, C.jadeDeep]]);
  let b = rect(0, 0, W, H, 'url(#wall)');
  b += panels(0, W, 470, 590, 6, C.brass, 0.25) + rect(0, 456, W, 8, C.woodDark);
  // Night window: a sleeping city, one lit office.
  const wx = 520, wy = 80, ww = 560, wh = 380;
  b += rect(wx, wy, ww, wh, 'url(#night)') + ellipse(930, 160, 90, 90, 'url(#moon)') + ellipse(930, 160, 26, 26, C.paper, ' opacity="0.9"');
  const r = rng(2014);
  for (let i = 0; i < 40; i++) b += ellipse(wx + r() * ww, wy + r() * 180, 1.6, 1.6, C.paper, ` opacity="${f(0.3 + r() * 0.5)}"`);
  for (let x = wx; x < wx + ww; x += 30 + r() * 34) {
    const h = 50 + r() * 120;
    b += rect(x, wy + wh - h, 26 + r() * 30, h, C.inkDeep, ' opacity="0.92"');
    for (let k = 0; k < 2; k++) if (r() > 0.6) b += rect(x + 6 + r() * 10, wy + wh - h + 12 + r() * (h - 30), 5, 6, C.heatLight, ' opacity="0.75"');
  }
  b += windowFrame(wx, wy, ww, wh, 3, 2, C.woodDark, 14);
  // Heavy curtains.
  b += path(`M${wx - 90},50 Q${wx - 30},260 ${wx - 70},520 L${wx + 10},520 Q${wx + 30},260 ${wx + 20},50 Z`, C.slateDeep) +
    path(`M${wx + ww + 90},50 Q${wx + ww + 30},260 ${wx + ww + 70},520 L${wx + ww - 10},520 Q${wx + ww - 30},260 ${wx + ww - 20},50 Z`, C.slateDeep) +
    rect(wx - 110, 40, ww + 220, 12, C.brass);
  // Bookcases on both walls.
  const spines = [C.vermilionDeep, C.slateDeep, C.woodDark, C.jadeDeep, C.paperShade, C.inkSoft, C.wood];
  for (const x0 of [40, 1200]) {
    b += rect(x0, 60, 360, 540, C.woodDark) + rect(x0 + 14, 74, 332, 526, '#24170f');
    for (let s = 0; s < 4; s++) {
      const base = 190 + s * 130;
      let x = x0 + 18;
      while (x < x0 + 330) {
        const bw = 14 + r() * 16;
        const bh = 80 + r() * 30;
        if (r() > 0.12) b += rect(x, base - bh, bw, bh, spines[Math.floor(r() * spines.length)] ?? C.wood, ' opacity="0.9"');
        x += bw + 2;
      }
      b += rect(x0 + 14, base, 332, 10, C.wood);
    }
  }
  // The desk under the window: lamp, the letter in its folder, the pen.
  b += rect(500, 520, 600, 80, 'url(#wood)') + rect(490, 508, 620, 16, C.wood) + rect(490, 508, 620, 3, C.brassLight, ' opacity="0.4"');
  b += ellipse(630, 440, 320, 220, 'url(#warm)');
  b += rect(604, 496, 52, 12, C.brass) + rect(626, 430, 8, 68, C.brass) +
    path('M574,440 Q576,408 630,404 Q684,408 686,440 Z', 'url(#shade)') + rect(574, 438, 112, 6, C.brassLight);
  b += poly([[712, 506], [1000, 506], [1016, 514], [700, 514]], C.vermilionDeep);
  b += poly([[760, 458], [930, 454], [948, 508], [744, 510]], C.paper) + poly([[744, 510], [948, 508], [950, 512], [742, 514]], C.paperShade);
  for (let i = 0; i < 5; i++) b += rect(786, 474 + i * 6, 100 + (i % 2) * 30, 2, C.ink, ' opacity="0.3"');
  b += ellipse(904, 494, 11, 5, C.slate) + ellipse(904, 494, 11, 5, 'none', ` stroke="${C.brass}" stroke-width="2"`);
  b += path('M960,498 L1056,482 L1058,486 L962,502 Z', C.inkDeep) + rect(1046, 480, 12, 5, C.brass, ' transform="rotate(-9 1052 482)"');
  b += rect(0, 600, W, H - 600, C.inkDeep);
  b += vignette();
  return svg(W, H, defs, b);
}

export function apecHall(): string {
  const defs = VIGNETTE + FOLDS + glow('warm', C.brassLight, 0.5) +
    lin('wall', [[0, '#eadcbc'], [1, '#cbb68a']]) +
    lin('ceil', [[0, '#f4e9cf'], [1, '#dcc79c']]) +
    lin('pilaster', [[0, C.paperShade], [0.4, C.paper], [1, C.paperShade]], 1, 0) +
    lin('podium', [[0, '#7a5437'], [1, C.woodDark]]) +
    lin('floorG', [[0, C.vermilionDeep], [1, '#4f1a14']]);
  let b = rect(0, 0, W, H, 'url(#wall)');
  // Coffered ceiling with a row of chandelier glows.
  b += path('M0,0 H1600 V120 Q800,170 0,120 Z', 'url(#ceil)');
  for (let i = 0; i < 9; i++) b += rect(40 + i * 175, 20, 150, 70, 'none', ` stroke="${C.brass}" stroke-width="3" opacity="0.45"`);
  for (const x of [300, 800, 1300]) b += ellipse(x, 90, 240, 110, 'url(#warm)') + ellipse(x, 96, 60, 14, C.brassLight, ' opacity="0.9"') + ellipse(x, 104, 40, 8, C.white, ' opacity="0.7"');
  // Panelled back wall, pilasters and a gold frieze.
  b += rect(0, 150, W, 16, C.brass, ' opacity="0.8"') + rect(0, 170, W, 4, C.brass, ' opacity="0.5"');
  for (let x = 60; x < W; x += 220) b += rect(x - 26, 174, 52, 420, 'url(#pilaster)') + rect(x - 34, 174, 68, 14, C.brass, ' opacity="0.7"');
  // The flags behind the podiums: China's and America's, alternating.
  const sides: ('us' | 'china')[] = ['china', 'us', 'china', 'us', 'china', 'us'];
  sides.forEach((side, i) => {
    const x = 370 + i * 150;
    b += rect(x + 47, 200, 6, 380, C.brass) + ellipse(x + 50, 196, 7, 9, C.brassLight);
    b += hangingFlag(side, x + 12, 222, 76, 200);
  });
  // Two podiums for the leaders, microphones.
  for (const x of [640, 960]) {
    b += ellipse(x, 596, 110, 14, C.inkDeep, ' opacity="0.35"');
    b += poly([[x - 70, 470], [x + 70, 470], [x + 84, 600], [x - 84, 600]], 'url(#podium)') +
      poly([[x - 84, 450], [x + 84, 450], [x + 74, 474], [x - 74, 474]], C.wood) +
      ellipse(x, 530, 24, 24, C.brass, ' opacity="0.85"') + ellipse(x, 530, 16, 16, x < 800 ? C.vermilion : C.slate);
    b += path(`M${x - 10},452 Q${x - 22},420 ${x - 12},400`, 'none', ` stroke="${C.inkDeep}" stroke-width="3"`) +
      path(`M${x + 10},452 Q${x + 22},420 ${x + 12},400`, 'none', ` stroke="${C.inkDeep}" stroke-width="3"`) +
      ellipse(x - 12, 398, 5, 8, C.inkDeep) + ellipse(x + 12, 398, 5, 8, C.inkDeep);
  }
  b += rect(0, 594, W, H - 594, 'url(#floorG)');
  b += ellipse(800, 360, 900, 340, 'url(#warm)', ' opacity="0.3"');
  b += vignette();
  return svg(W, H, defs, b);
}

export function unSummit(): string {
  const defs = VIGNETTE + glow('warm', C.brassLight, 0.45) + glow('spot', C.white, 0.3) +
    lin('hall', [[0, '#17233a'], [1, '#223350']]) +
    lin('gold', [[0, '#d9b65f'], [0.5, C.brassLight], [1, '#b48d3c']], 1, 0) +
    lin('marble', [[0, '#4f7a63'], [1, '#2a4a3b']]) +
    rad('globe', [[0, C.slate], [1, C.slateDeep]], 0.4, 0.35, 0.7);
  let b = rect(0, 0, W, H, 'url(#hall)');
  // The dome overhead: rings of light.
  for (let i = 0; i < 4; i++) b += ellipse(800, -120, 700 + i * 160, 200 + i * 60, 'none', ` stroke="${C.slate}" stroke-width="${6 - i}" opacity="${f(0.5 - i * 0.1)}"`);
  const r = rng(923);
  for (let i = 0; i < 30; i++) {
    const a = Math.PI * (0.08 + (0.84 * i) / 29);
    b += ellipse(800 - Math.cos(a) * 860, -120 + Math.sin(a) * 260, 3, 3, C.paper, ` opacity="${f(0.5 + r() * 0.4)}"`);
  }
  // Angled side walls with slatted panels, leading to the gold wall.
  b += poly([[0, 150], [400, 210], [400, 600], [0, 600]], C.inkSoft, ' opacity="0.6"') + poly([[1600, 150], [1200, 210], [1200, 600], [1600, 600]], C.inkSoft, ' opacity="0.6"');
  for (let k = 0; k < 8; k++) {
    const t = k / 8;
    b += poly([[t * 400, 150 + t * 60], [t * 400 + 6, 151 + t * 60], [t * 400 + 6, 600], [t * 400, 600]], C.slate, ' opacity="0.35"');
    b += poly([[1600 - t * 400, 150 + t * 60], [1594 - t * 400, 151 + t * 60], [1594 - t * 400, 600], [1600 - t * 400, 600]], C.slate, ' opacity="0.35"');
  }
  // The gold wall and the emblem: the world seen from above the pole, in a wreath.
  b += rect(400, 120, 800, 480, 'url(#gold)');
  for (let x = 420; x < 1200; x += 40) b += rect(x, 120, 3, 480, C.woodDark, ' opacity="0.12"');
  b += ellipse(800, 300, 300, 260, 'url(#warm)');
  b += ellipse(800, 270, 96, 96, 'url(#globe)') + ellipse(800, 270, 96, 96, 'none', ` stroke="${C.paper}" stroke-width="3"`);
  // The continents round the pole, pale, under the grid of parallels and meridians.
  const land = rng(1945);
  b += '<clipPath id="disc"><circle cx="800" cy="270" r="92"/></clipPath><g clip-path="url(#disc)">';
  for (let i = 0; i < 7; i++) {
    const a = (i / 7) * Math.PI * 2 + land();
    const d = 36 + land() * 40;
    const x = 800 + Math.cos(a) * d, y = 270 + Math.sin(a) * d;
    b += ellipse(x, y, 18 + land() * 20, 10 + land() * 12, C.paper, ` opacity="0.5" transform="rotate(${f((a * 180) / Math.PI)} ${f(x)} ${f(y)})"`);
  }
  b += '</g>';
  for (const rr of [30, 60]) b += ellipse(800, 270, rr, rr, 'none', ` stroke="${C.paper}" stroke-width="1.5" opacity="0.6"`);
  for (let i = 0; i < 4; i++) b += rect(799, 176, 2, 188, C.paper, ` opacity="0.6" transform="rotate(${i * 45} 800 270)"`);
  for (const side of [-1, 1]) {
    b += path(`M${800 + side * 30},386 Q${800 + side * 150},350 ${800 + side * 120},180`, 'none', ` stroke="${C.paper}" stroke-width="5"`);
    for (let i = 0; i < 8; i++) {
      const t = i / 8;
      const x = 800 + side * (40 + 100 * Math.sin(t * 2.6));
      const y = 376 - t * 190;
      b += ellipse(x + side * 10, y, 14, 6, C.paper, ` transform="rotate(${f(side * (-30 - t * 50))} ${f(x + side * 10)} ${f(y)})"`);
    }
  }
  // The rostrum: green marble in tiers.
  b += rect(560, 430, 480, 170, 'url(#marble)') + rect(540, 420, 520, 16, '#5d8a70');
  b += rect(700, 470, 200, 130, '#345a48') + rect(690, 460, 220, 14, '#5d8a70');
  b += ellipse(800, 470, 320, 200, 'url(#spot)');
  b += rect(0, 596, W, H - 596, C.inkDeep);
  b += vignette();
  return svg(W, H, defs, b);
}
