/**
 * Procedural textures for the stage, drawn once with the Canvas 2D API at boot
 * and kept for the life of the game (never recreated per round).
 * All are white or neutral so that they can be tinted.
 */
import type Phaser from 'phaser';

export const TEX = {
  link: 'lk-link',
  soft: 'lk-soft',
  band: 'lk-band',
  ring: 'lk-ring',
  arrow: 'lk-arrow',
  ticker: 'lk-ticker',
  beam: 'lk-beam',
  px: 'lk-px',
} as const;

type Ctx = CanvasRenderingContext2D;

function make(scene: Phaser.Scene, key: string, w: number, h: number, draw: (ctx: Ctx) => void): void {
  if (scene.textures.exists(key)) return;
  const tex = scene.textures.createCanvas(key, w, h);
  if (!tex) return;
  const ctx = tex.getContext();
  draw(ctx);
  tex.refresh();
}

function roundRect(ctx: Ctx, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

/** Adds a closed polygon through `points` to the current path. */
function polygon(ctx: Ctx, points: readonly (readonly [number, number])[]): void {
  points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
  ctx.closePath();
}

/** `gradient` with its colour stops added, as [offset, colour]. */
function withStops(gradient: CanvasGradient, stops: readonly (readonly [number, string])[]): CanvasGradient {
  for (const [offset, color] of stops) gradient.addColorStop(offset, color);
  return gradient;
}

/** A line of greeked type: rounded bars of varied widths from x = 12 to 500. */
function greekedLine(ctx: Ctx, line: { y: number; height: number; gap: number; seed: number; base: number; spread: number; step: number }): void {
  let x = 12;
  let i = line.seed;
  while (x < 500) {
    const w = line.base + ((i * line.step) % line.spread);
    roundRect(ctx, x, line.y, Math.min(w, 500 - x), line.height, line.height / 2);
    ctx.fill();
    x += w + line.gap;
    i++;
  }
}

/** Fills one closed polygon in the current fill style. */
function fillPolygon(ctx: Ctx, points: readonly (readonly [number, number])[]): void {
  ctx.beginPath();
  polygon(ctx, points);
  ctx.fill();
}

export function makeTextures(scene: Phaser.Scene): void {
  // A chain link seen face on: an oval ring with a highlight, white for tinting.
  make(scene, TEX.link, 72, 40, (ctx) => {
    ctx.lineWidth = 8;
    ctx.strokeStyle = '#d9d9d9';
    roundRect(ctx, 5, 5, 62, 30, 15);
    ctx.stroke();
    ctx.lineWidth = 3;
    ctx.strokeStyle = '#ffffff';
    roundRect(ctx, 6, 5, 60, 26, 13);
    ctx.stroke();
  });
  // A soft round light.
  make(scene, TEX.soft, 128, 128, (ctx) => {
    ctx.fillStyle = withStops(ctx.createRadialGradient(64, 64, 0, 64, 64, 64),
      [[0, 'rgba(255,255,255,1)'], [0.45, 'rgba(255,255,255,0.45)'], [1, 'rgba(255,255,255,0)']]);
    ctx.fillRect(0, 0, 128, 128);
  });
  // A horizontal band of light, fading out above and below.
  make(scene, TEX.band, 8, 128, (ctx) => {
    ctx.fillStyle = withStops(ctx.createLinearGradient(0, 0, 0, 128),
      [[0, 'rgba(255,255,255,0)'], [0.55, 'rgba(255,255,255,1)'], [1, 'rgba(255,255,255,0)']]);
    ctx.fillRect(0, 0, 8, 128);
  });
  // A thin ring for pulses.
  make(scene, TEX.ring, 128, 128, (ctx) => {
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 5;
    ctx.beginPath();
    ctx.arc(64, 64, 58, 0, Math.PI * 2);
    ctx.stroke();
  });
  // An upward chevron arrow (flipped for down).
  make(scene, TEX.arrow, 48, 56, (ctx) => {
    ctx.fillStyle = '#ffffff';
    fillPolygon(ctx, [[24, 2], [46, 26], [33, 26], [33, 54], [15, 54], [15, 26], [2, 26]]);
    ctx.strokeStyle = 'rgba(0,0,0,0.55)';
    ctx.lineWidth = 2;
    ctx.stroke();
  });
  // A headline band with greeked (unreadable, decorative) lines of type.
  make(scene, TEX.ticker, 512, 48, (ctx) => {
    ctx.fillStyle = 'rgba(255,255,255,0.9)';
    greekedLine(ctx, { y: 14, height: 8, gap: 10, seed: 0, base: 18, spread: 60, step: 37 });
    ctx.fillStyle = 'rgba(255,255,255,0.45)';
    greekedLine(ctx, { y: 30, height: 6, gap: 12, seed: 3, base: 14, spread: 70, step: 53 });
  });
  // A spotlight beam from above: a soft cone.
  make(scene, TEX.beam, 128, 256, (ctx) => {
    ctx.fillStyle = withStops(ctx.createLinearGradient(0, 0, 0, 256),
      [[0, 'rgba(255,255,255,0.05)'], [0.7, 'rgba(255,255,255,0.55)'], [1, 'rgba(255,255,255,0)']]);
    fillPolygon(ctx, [[44, 0], [84, 0], [128, 256], [0, 256]]);
    // Soften the sides.
    ctx.globalCompositeOperation = 'destination-out';
    ctx.fillStyle = withStops(ctx.createLinearGradient(0, 0, 128, 0),
      [[0, 'rgba(0,0,0,1)'], [0.3, 'rgba(0,0,0,0)'], [0.7, 'rgba(0,0,0,0)'], [1, 'rgba(0,0,0,1)']]);
    ctx.fillRect(0, 0, 128, 256);
    ctx.globalCompositeOperation = 'source-over';
  });
  // One white pixel block for flat shapes.
  make(scene, TEX.px, 4, 4, (ctx) => {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, 4, 4);
  });
}

/** Keys of the fallback figure textures: used only when the art has no figure for a slot. */
export const FALLBACK_FIGURES = ['lk-fig-us', 'lk-fig-us-aide', 'lk-fig-cn0', 'lk-fig-cn1', 'lk-fig-cn2', 'lk-fig-cn3', 'lk-fig-cn-aide'] as const;

interface FigureLook { suit: string; tie: string; hair: string; skin: string; glasses: boolean; grey: boolean }

const LOOKS: Record<(typeof FALLBACK_FIGURES)[number], FigureLook> = {
  'lk-fig-us': { suit: '#27324a', tie: '#3f5f9e', hair: '#c9c3b8', skin: '#e2b99a', glasses: false, grey: true },
  'lk-fig-us-aide': { suit: '#30394d', tie: '#7a2f35', hair: '#4a3526', skin: '#c99576', glasses: true, grey: false },
  'lk-fig-cn0': { suit: '#2b2f36', tie: '#8e2b2b', hair: '#3a3a3c', skin: '#d8ac88', glasses: true, grey: false },
  'lk-fig-cn1': { suit: '#23272e', tie: '#5a2a2a', hair: '#202022', skin: '#d3a783', glasses: false, grey: false },
  'lk-fig-cn2': { suit: '#1f2a33', tie: '#8b3030', hair: '#1c1c1e', skin: '#d9ad8a', glasses: false, grey: false },
  'lk-fig-cn3': { suit: '#262c36', tie: '#3d4f6e', hair: '#8d8d90', skin: '#d5a985', glasses: true, grey: true },
  'lk-fig-cn-aide': { suit: '#2e333b', tie: '#6b3434', hair: '#29292b', skin: '#d0a27d', glasses: false, grey: false },
};

/** Stylised seated figures, head and shoulders, 200×260: dignified, no likeness. */
export function makeFallbackFigures(scene: Phaser.Scene): void {
  for (const key of FALLBACK_FIGURES) {
    const look = LOOKS[key];
    make(scene, key, 200, 260, (ctx) => {
      // Shoulders and suit.
      ctx.fillStyle = look.suit;
      ctx.beginPath();
      ctx.moveTo(18, 260);
      ctx.bezierCurveTo(18, 170, 50, 150, 100, 148);
      ctx.bezierCurveTo(150, 150, 182, 170, 182, 260);
      ctx.closePath();
      ctx.fill();
      // Shirt collar.
      ctx.fillStyle = '#f1efe9';
      fillPolygon(ctx, [[78, 150], [100, 200], [122, 150]]);
      // Tie.
      ctx.fillStyle = look.tie;
      fillPolygon(ctx, [[94, 160], [106, 160], [110, 230], [100, 244], [90, 230]]);
      // Lapels: one fill of two shapes.
      ctx.fillStyle = 'rgba(0,0,0,0.25)';
      ctx.beginPath();
      polygon(ctx, [[74, 152], [96, 210], [84, 214], [60, 160]]);
      polygon(ctx, [[126, 152], [104, 210], [116, 214], [140, 160]]);
      ctx.fill();
      // Neck.
      ctx.fillStyle = look.skin;
      ctx.fillRect(86, 120, 28, 34);
      // Head.
      ctx.beginPath();
      ctx.ellipse(100, 92, 34, 42, 0, 0, Math.PI * 2);
      ctx.fill();
      // Hair.
      ctx.fillStyle = look.hair;
      ctx.beginPath();
      if (look.grey) {
        ctx.ellipse(100, 70, 35, 24, 0, Math.PI, Math.PI * 2);
        ctx.fill();
        ctx.fillRect(65, 66, 8, 26);
        ctx.fillRect(127, 66, 8, 26);
      } else {
        ctx.ellipse(100, 68, 36, 28, 0, Math.PI * 1.0, Math.PI * 2.0);
        ctx.fill();
        ctx.fillRect(64, 64, 10, 30);
        ctx.fillRect(126, 64, 10, 30);
      }
      // Shading on the face (light from the window side).
      ctx.fillStyle = 'rgba(0,0,0,0.12)';
      ctx.beginPath();
      ctx.ellipse(112, 96, 22, 38, 0, -Math.PI / 2, Math.PI / 2);
      ctx.fill();
      if (look.glasses) {
        ctx.strokeStyle = 'rgba(30,30,30,0.8)';
        ctx.lineWidth = 2.5;
        ctx.strokeRect(76, 86, 20, 13);
        ctx.strokeRect(104, 86, 20, 13);
        ctx.beginPath();
        ctx.moveTo(96, 92);
        ctx.lineTo(104, 92);
        ctx.stroke();
      }
    });
  }
}

/** Keys of the drawn desk flags, used until (or unless) the flag art loads. */
export const FALLBACK_FLAGS = { us: 'lk-flag-us', china: 'lk-flag-cn' } as const;

/** Desk flags on a pole, 60×96, when the art provides none. */
export function makeFallbackFlags(scene: Phaser.Scene): void {
  make(scene, FALLBACK_FLAGS.us, 64, 100, (ctx) => {
    ctx.fillStyle = '#b9b9b9';
    ctx.fillRect(4, 4, 3, 92);
    for (let i = 0; i < 7; i++) {
      ctx.fillStyle = i % 2 === 0 ? '#b22234' : '#f4f1ea';
      ctx.fillRect(7, 6 + i * 5, 52, 5);
    }
    ctx.fillStyle = '#3c3b6e';
    ctx.fillRect(7, 6, 22, 20);
  });
  make(scene, FALLBACK_FLAGS.china, 64, 100, (ctx) => {
    ctx.fillStyle = '#b9b9b9';
    ctx.fillRect(57, 4, 3, 92);
    ctx.fillStyle = '#de2910';
    ctx.fillRect(5, 6, 52, 35);
    ctx.fillStyle = '#ffde00';
    ctx.beginPath();
    ctx.arc(14, 15, 5, 0, Math.PI * 2);
    ctx.fill();
    for (const [x, y] of [[23, 9], [26, 13], [26, 18], [23, 22]] as const) {
      ctx.beginPath();
      ctx.arc(x, y, 1.6, 0, Math.PI * 2);
      ctx.fill();
    }
  });
}
