/**
 * The delegations' figures: suited, featureless, no likeness; drawn in a
 * 300×500 box, feet at the bottom, lit from their left.
 */
import { C, ellipse, lin, path, rect, svg } from './kit.ts';

export interface FigureStyle {
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

export function figure(s: FigureStyle): string {
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
