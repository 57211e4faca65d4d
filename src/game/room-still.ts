/**
 * The room as one picture while a report plays. Software GL (Chromebooks without a
 * GPU, headless Chromium) pays for every layer in every frame: while only the chain,
 * the arrows, the pulses and the headline band move, one picture of the room stands
 * in for the sixteen layers behind them.
 *
 * When the scene uses it, all in one place:
 * - take(): the stage has settled (nothing moves), or a report's changes or an event
 *   start to play. Moving room layers are finished first: the still is the settled room.
 * - live(): before anything in the room changes (a new view, place or art), its layers
 *   come back. A view shown again while its still is up (a report repeats its round's
 *   view) changes nothing and keeps the still: see shows().
 * - redraw(): while the still is up, what it shows changed: the glows as a report
 *   opens, the canvas's resolution, a restored GL context.
 */
import type Phaser from 'phaser';
import { H, W } from './layout.ts';
import { reusedDynamicTexture } from './phaser-kit.ts';

type Layer = Phaser.GameObjects.Image | Phaser.GameObjects.Graphics;

const STILL_TEX = 'lk-still';
/** A figure swap starts its fade-in when its fade-out completes: finishing moves may take passes. */
const SETTLE_PASSES = 3;

export class RoomStill {
  private readonly tex: Phaser.Textures.DynamicTexture;
  private readonly image: Phaser.GameObjects.Image;
  private up = false;
  /** Which layers were visible when the still was taken (all are hidden while it is up). */
  private visible: boolean[] = [];
  /** The view the still was taken in. */
  private view = '';

  /** `layers`: the room behind the chain, in drawing order. The still is drawn above them. */
  constructor(private readonly scene: Phaser.Scene, private readonly layers: Layer[], resolution: number) {
    this.tex = reusedDynamicTexture(scene, STILL_TEX, W, H);
    this.image = scene.add.image(0, 0, STILL_TEX).setOrigin(0, 0).setVisible(false);
    this.resize(resolution);
  }

  /** Whether the still is up, taken in view `view` (the scene's key of a view). */
  shows(view: string): boolean {
    return this.up && view === this.view;
  }

  /** Draws the room once into the still and shows that instead of its layers. */
  take(view: string): void {
    if (this.up) return;
    const layers: unknown[] = this.layers;
    for (let pass = 0; pass < SETTLE_PASSES; pass++) {
      // A tween's targets may be null (chains, tweens of plain values that were removed).
      const moving = this.scene.tweens.getTweens().filter((t) => (t.targets as unknown[] | null)?.some((o) => layers.includes(o)));
      if (moving.length === 0) break;
      for (const tween of moving) tween.complete();
    }
    this.visible = this.layers.map((o) => o.visible);
    this.up = true;
    this.view = view;
    this.bake();
  }

  /** Back to live layers. */
  live(): void {
    if (!this.up) return;
    this.up = false;
    this.layers.forEach((o, i) => o.setVisible(this.visible[i] ?? true));
    this.image.setVisible(false);
  }

  /** Draws the still again, if it is up. */
  redraw(): void {
    if (this.up) this.bake();
  }

  /** The still has the canvas's pixels, not the world's: drawing it must cost no more than the room did. */
  resize(resolution: number): void {
    this.tex.setSize(Math.round(W * resolution), Math.round(H * resolution));
    this.tex.camera.setZoom(resolution).centerOn(W / 2, H / 2);
    this.image.setDisplaySize(W, H);
    this.redraw();
  }

  private bake(): void {
    this.layers.forEach((o, i) => o.setVisible(this.visible[i] ?? o.visible));
    this.tex.clear();
    for (const o of this.layers) if (o.visible && o.alpha > 0) this.tex.draw(o);
    this.tex.render();
    for (const o of this.layers) o.setVisible(false);
    this.image.setVisible(true);
  }
}
