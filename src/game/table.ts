/**
 * How each place's table and drawn backdrop look: their colours, and the drawing of
 * the table, the name cards and the backdrop into a Graphics. Pure drawing: the
 * parts that own the Graphics decide when to draw and where it ends up.
 */
import type Phaser from 'phaser';
import { CN_X, GOLD, H, TABLE_Y, US_X, W } from './layout.ts';
import { mixColor, type SceneKey } from './model.ts';

type Graphics = Phaser.GameObjects.Graphics;

/** Table colours per place: top surface, front apron, runner under the chain. */
const TABLES: Record<SceneKey, { top: number; front: number; runner: number }> = {
  dinner: { top: 0xe9e1cf, front: 0xc9bda3, runner: 0x7a2e2a },
  hotel: { top: 0x5d4331, front: 0x3b2a1f, runner: 0x20262f },
  premier: { top: 0x6a4a33, front: 0x452f21, runner: 0x1f2b28 },
  'great-hall': { top: 0xe7e0cc, front: 0xbfb394, runner: 0x6e2222 },
  press: { top: 0x39424f, front: 0x252b34, runner: 0x161a20 },
  final: { top: 0xeee8da, front: 0xcdc3ad, runner: 0x2b3a55 },
  'letter-desk': { top: 0x5a3c2a, front: 0x3a271c, runner: 0x1f2a3d },
  'apec-hall': { top: 0xeae2cd, front: 0xc2b597, runner: 0x7a2a22 },
  'un-summit': { top: 0x6a5236, front: 0x3d3124, runner: 0x2a4a3b },
  'briefing-room': { top: 0xb89c78, front: 0x7d6650, runner: 0x1d3f6b },
  bali: { top: 0x7a5234, front: 0x4a3324, runner: 0x4f2a22 },
  'cop-hall': { top: 0xe8e2d2, front: 0xb8b2a2, runner: 0x2f5444 },
  sunnylands: { top: 0xf0ebe0, front: 0xcfc6b2, runner: 0x6a3a3a },
  filoli: { top: 0x6b4530, front: 0x452a1e, runner: 0x2f4a36 },
  neutral: { top: 0x454c5a, front: 0x2c313b, runner: 0x1b1f26 },
};

/** Drawn backdrops for when a place's art is missing or not yet loaded: gradient top and bottom. */
const BACKDROPS: Record<SceneKey, [number, number]> = {
  dinner: [0x3a2a3a, 0x8a5a48],
  hotel: [0x35506e, 0x9fb3c0],
  premier: [0x2b3c46, 0x7d8f8c],
  'great-hall': [0x4a2320, 0x9a6a3a],
  press: [0x1c2433, 0x3e4b60],
  final: [0x2e4058, 0xb9a98a],
  'letter-desk': [0x17203a, 0x3a3040],
  'apec-hall': [0xe0cfa8, 0x9a7f52],
  'un-summit': [0x17233a, 0x6a5a36],
  'briefing-room': [0xcfd5d8, 0x2a5a93],
  bali: [0x3d4f72, 0xe0906a],
  'cop-hall': [0x0d1a24, 0x2a4a5e],
  sunnylands: [0x7fa3c4, 0xe3d5b8],
  filoli: [0x9fb7c9, 0x6e8a55],
  neutral: [0x232a36, 0x4a5566],
};

/** Top of the table as drawn (the shadow under its far edge starts here). */
export const TABLE_TOP = TABLE_Y - 6;

export function drawBackdrop(g: Graphics, key: SceneKey): void {
  const [top, bottom] = BACKDROPS[key];
  g.clear();
  g.fillGradientStyle(top, top, bottom, bottom, 1);
  g.fillRect(0, 0, W, H);
}

export function drawTable(g: Graphics, key: SceneKey): void {
  const c = TABLES[key];
  g.clear();
  // Shadow under the table edge.
  g.fillStyle(0x000000, 0.25);
  g.fillRect(0, TABLE_TOP, W, 8);
  // Top surface, in slight perspective.
  g.fillStyle(c.top, 1);
  g.beginPath();
  g.moveTo(40, TABLE_Y);
  g.lineTo(W - 40, TABLE_Y);
  g.lineTo(W, TABLE_Y + 70);
  g.lineTo(0, TABLE_Y + 70);
  g.closePath();
  g.fillPath();
  // A light sheen along the far edge.
  g.fillStyle(0xffffff, 0.12);
  g.fillRect(40, TABLE_Y, W - 80, 4);
  // The runner the chain lies on.
  g.fillStyle(c.runner, 0.92);
  g.beginPath();
  g.moveTo(W / 2 - 232, TABLE_Y + 10);
  g.lineTo(W / 2 + 232, TABLE_Y + 10);
  g.lineTo(W / 2 + 244, TABLE_Y + 62);
  g.lineTo(W / 2 - 244, TABLE_Y + 62);
  g.closePath();
  g.fillPath();
  g.lineStyle(2, GOLD, 0.5);
  g.strokePath();
  // Front apron, darkening toward the floor.
  g.fillGradientStyle(c.front, c.front, mixColor(c.front, 0x000000, 0.55), mixColor(c.front, 0x000000, 0.55), 1);
  g.fillRect(0, TABLE_Y + 70, W, H - TABLE_Y - 70);
  g.fillStyle(0xffffff, 0.1);
  g.fillRect(0, TABLE_Y + 70, W, 3);
  // Soft folds in the cloth.
  for (let x = 80; x < W; x += 160) {
    g.fillStyle(0x000000, 0.05);
    g.fillRect(x, TABLE_Y + 73, 26, H - TABLE_Y - 73);
    g.fillStyle(0xffffff, 0.035);
    g.fillRect(x + 26, TABLE_Y + 73, 14, H - TABLE_Y - 73);
  }
}

/** Tent name cards in front of each lead: a card with a coloured band, no readable text. */
export function drawCards(g: Graphics): void {
  g.clear();
  for (const [x, band] of [[US_X, 0x2f4f8f], [CN_X, 0xb0262a]] as const) {
    const y = TABLE_Y + 30;
    g.fillStyle(0x000000, 0.25);
    g.fillRect(x - 64, y + 30, 128, 5);
    g.fillStyle(0xf7f3ea, 1);
    g.fillRect(x - 62, y, 124, 32);
    g.fillStyle(0xdcd5c6, 1);
    g.fillRect(x - 62, y + 26, 124, 6);
    g.fillStyle(band, 1);
    g.fillRect(x - 62, y, 124, 5);
    // Greeked name line (decorative).
    g.fillStyle(0x30343c, 0.75);
    g.fillRect(x - 36, y + 13, 72, 5);
  }
}
