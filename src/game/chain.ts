/**
 * Trust as a chain across the table: LINKS_PER_SIDE links held by each delegation,
 * closing from both ends toward the middle, and a glint at the clasp when trust grows.
 */
import Phaser from 'phaser';
import { CHAIN_Y, GOLD, W } from './layout.ts';
import { CHANGE_MS, LINKS_PER_SIDE, linkClosure, mixColor } from './model.ts';
import { TEX } from './textures.ts';

const LINK_GAP = 35;
const DIM_LINK = 0x6d7480;

interface Link { face: Phaser.GameObjects.Image; home: number; side: -1 | 1; index: number }

export class Chain {
  private readonly links: Link[] = [];
  private readonly clasp: Phaser.GameObjects.Image;

  constructor(private readonly scene: Phaser.Scene) {
    for (const side of [-1, 1] as const) {
      for (let i = 0; i < LINKS_PER_SIDE; i++) {
        const home = W / 2 + side * (LINK_GAP * (LINKS_PER_SIDE - i) - LINK_GAP / 2);
        const alt = i % 2 === 1;
        // Alternate links are turned a quarter: drawn foreshortened.
        const face = scene.add.image(home, CHAIN_Y, TEX.link).setScale(0.72, alt ? 0.4 : 0.72);
        this.links.push({ face, home, side, index: i });
      }
    }
    this.clasp = scene.add.image(W / 2, CHAIN_Y, TEX.soft).setBlendMode(Phaser.BlendModes.ADD).setTint(GOLD).setAlpha(0).setScale(0.9);
  }

  /** Trust (0..100, fractions allowed): each link from open and dim to joined and bright. */
  set(trust: number): void {
    for (const link of this.links) {
      const k = linkClosure(trust, link.index);
      const open = 1 - k;
      link.face.setTint(mixColor(DIM_LINK, GOLD, k));
      link.face.setAlpha(0.55 + 0.45 * k);
      link.face.x = link.home + link.side * open * 7;
      link.face.y = CHAIN_Y + open * 9;
      link.face.rotation = link.side * open * 0.5;
    }
  }

  /** Trust grew: a flash of light where the two ends meet. */
  glint(): void {
    this.scene.tweens.add({
      targets: this.clasp, alpha: { from: 0.9, to: 0 }, scale: { from: 0.6, to: 1.6 },
      duration: CHANGE_MS, delay: CHANGE_MS * 0.4, ease: 'Quad.easeOut',
    });
  }
}
