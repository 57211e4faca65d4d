/**
 * The table as the room shows it: the table and the name cards, drawn off the
 * display list and baked into one reused texture (one quad a frame instead of many
 * shapes, which software GL pays for), and the two desk flags.
 */
import type Phaser from 'phaser';
import type { ArtSources } from './art-sources.ts';
import { H, SIDES, TABLE_Y, W, bySide } from './layout.ts';
import type { SceneKey } from './model.ts';
import { reusedDynamicTexture } from './phaser-kit.ts';
import type { StageSide } from './stage-view.ts';
import { TABLE_TOP, drawCards, drawTable } from './table.ts';
import { FALLBACK_FLAGS } from './textures.ts';

const TABLE_TEX = 'lk-table-baked';
/** Desk flags stand this tall, whatever the size of their art. */
const FLAG_HEIGHT = 96;

export class Desk {
  private readonly table: Phaser.GameObjects.Graphics;
  private readonly cards: Phaser.GameObjects.Graphics;
  private readonly tex: Phaser.Textures.DynamicTexture;
  private readonly flags: Record<StageSide, Phaser.GameObjects.Image>;
  /** The baked table, then the flags, in drawing order. */
  readonly layers: Phaser.GameObjects.Image[];

  constructor(private readonly scene: Phaser.Scene) {
    this.table = scene.make.graphics({}, false);
    this.cards = scene.make.graphics({}, false);
    this.tex = reusedDynamicTexture(scene, TABLE_TEX, W, H - TABLE_TOP);
    const image = scene.add.image(0, TABLE_TOP, TABLE_TEX).setOrigin(0, 0);
    this.flags = bySide((side) =>
      scene.add.image(W / 2 + (side === 'us' ? -248 : 248), TABLE_Y + 24, FALLBACK_FLAGS[side]).setOrigin(0.5, 1));
    this.layers = [image, this.flags.us, this.flags.china];
    this.sizeFlags();
    drawCards(this.cards);
  }

  /** The art has loaded: its flags in place of the drawn ones. */
  useArt(art: ArtSources): void {
    for (const side of SIDES) {
      const key = art.flag(side);
      if (key && this.scene.textures.exists(key)) this.flags[side].setTexture(key);
    }
    this.sizeFlags();
  }

  /** The table of place `key`. */
  show(key: SceneKey): void {
    drawTable(this.table, key);
    this.bake();
  }

  /** Draws the table and the name cards into the baked texture (again after a lost GL context). */
  bake(): void {
    this.tex.clear();
    this.tex.draw(this.table, 0, -TABLE_TOP);
    this.tex.draw(this.cards, 0, -TABLE_TOP);
    this.tex.render();
  }

  destroy(): void {
    this.table.destroy();
    this.cards.destroy();
  }

  private sizeFlags(): void {
    for (const side of SIDES) {
      const flag = this.flags[side];
      flag.setScale(FLAG_HEIGHT / flag.height);
    }
  }
}
