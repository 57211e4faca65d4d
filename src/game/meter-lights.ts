/**
 * The measures as light: a horizon glow and a low sun for climate progress, a pool
 * of light behind each delegation for its support at home (part of the room), and,
 * above the chain, the arrows and pulses that mark a report's changes.
 */
import Phaser from 'phaser';
import { CHAIN_Y, CN_X, US_X, W, bySide } from './layout.ts';
import { CHANGE_MS, climateColor, type MeasurePlace } from './model.ts';
import type { StageSide } from './stage-view.ts';
import { TEX } from './textures.ts';

type Marked = Exclude<MeasurePlace, 'other'>;

const UP = 0x8fe0b0;
const DOWN = 0xff9a7a;

export class Glows {
  private readonly sun: Phaser.GameObjects.Image;
  private readonly horizon: Phaser.GameObjects.Image;
  private readonly home: Record<StageSide, Phaser.GameObjects.Image>;
  /** In drawing order. */
  readonly layers: Phaser.GameObjects.Image[];

  constructor(scene: Phaser.Scene) {
    // Climate: a sun low on the horizon and a band of light across the sky.
    this.sun = scene.add.image(W / 2, 270, TEX.soft).setDisplaySize(420, 240).setBlendMode(Phaser.BlendModes.ADD).setAlpha(0.35);
    this.horizon = scene.add.image(W / 2, 260, TEX.band).setDisplaySize(W, 220).setBlendMode(Phaser.BlendModes.ADD).setAlpha(0.32);
    // Home support: a pool of light behind each delegation.
    this.home = bySide((side) => scene.add.image(side === 'us' ? US_X - 40 : CN_X + 40, 400, TEX.soft)
      .setBlendMode(Phaser.BlendModes.ADD).setTint(side === 'us' ? 0x9cb8ff : 0xffb48c));
    this.layers = [this.sun, this.horizon, this.home.us, this.home.china];
  }

  set(climate: number, us: number, china: number): void {
    // Climate: the horizon glow runs from hot haze to clear.
    const col = climateColor(climate);
    this.horizon.setTint(col);
    this.horizon.setAlpha(0.2 + 0.14 * Math.abs(climate - 50) / 50);
    this.sun.setTint(col);
    this.sun.setAlpha(0.25 + 0.25 * (1 - climate / 100));
    // Home support: a wider, brighter pool of light.
    for (const [side, value] of [['us', us], ['china', china]] as const) {
      const v = value / 100;
      this.home[side].setDisplaySize(260 + 300 * v, 200 + 120 * v).setAlpha(0.1 + 0.4 * v);
    }
  }
}

/** Pooled: one arrow per measure's place and one pulse per side, reused by every report. */
export class ChangeMarks {
  private readonly pulses: Record<StageSide, Phaser.GameObjects.Image>;
  private readonly arrows: Record<Marked, Phaser.GameObjects.Image>;

  constructor(private readonly scene: Phaser.Scene) {
    this.pulses = bySide((side) => scene.add.image(side === 'us' ? US_X : CN_X, 380, TEX.ring).setAlpha(0)
      .setTint(side === 'us' ? 0xbcd0ff : 0xffc6a6));
    const arrow = (x: number, y: number): Phaser.GameObjects.Image => scene.add.image(x, y, TEX.arrow).setAlpha(0).setData('y', y);
    this.arrows = {
      trust: arrow(W / 2, CHAIN_Y - 54), climate: arrow(W / 2, 150), us: arrow(US_X + 78, 300), china: arrow(CN_X - 78, 300),
    };
  }

  /** An arrow by the measure's place, rising for a gain or sinking for a loss, then fading; still and brief with reduced motion. */
  arrow(place: Marked, by: number, reduced: boolean): void {
    const a = this.arrows[place];
    this.scene.tweens.killTweensOf(a);
    if (by === 0) {
      a.setAlpha(0);
      return;
    }
    const up = by > 0;
    const y0 = a.getData('y') as number;
    const size = Math.min(1.15, 0.55 + Math.abs(by) / 25);
    a.setFlipY(!up).setTint(up ? UP : DOWN).setScale(size).setY(y0);
    if (reduced) {
      a.setAlpha(1);
      this.scene.time.delayedCall(1400, () => a.setAlpha(0));
      return;
    }
    a.setAlpha(0);
    this.scene.tweens.add({ targets: a, alpha: { from: 0, to: 1 }, duration: 180 });
    this.scene.tweens.add({ targets: a, y: y0 + (up ? -36 : 36), duration: CHANGE_MS, ease: 'Sine.easeOut' });
    this.scene.tweens.add({ targets: a, alpha: 0, delay: CHANGE_MS * 0.7, duration: CHANGE_MS * 0.3 });
  }

  /** A ring behind a delegation: widening for a gain, closing in for a loss. None with reduced motion. */
  pulse(side: StageSide, by: number, reduced: boolean): void {
    const p = this.pulses[side];
    this.scene.tweens.killTweensOf(p);
    if (reduced) return;
    p.setAlpha(0.85).setScale(by > 0 ? 0.6 : 2.2);
    this.scene.tweens.add({ targets: p, scale: by > 0 ? 2.4 : 0.5, alpha: 0, duration: CHANGE_MS * 0.8, ease: 'Quad.easeOut' });
  }
}
