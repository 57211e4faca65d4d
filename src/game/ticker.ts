/** The sting of an outside event: a headline band of greeked type across the top of the room. */
import type Phaser from 'phaser';
import { GOLD, W } from './layout.ts';
import { EVENT_MS } from './model.ts';
import { TEX } from './textures.ts';

export class Ticker {
  private readonly band: Phaser.GameObjects.Container;
  private readonly type: Phaser.GameObjects.TileSprite;

  constructor(private readonly scene: Phaser.Scene) {
    const red = scene.add.image(0, 0, TEX.px).setOrigin(0, 0).setDisplaySize(W, 64).setTint(0x9b1c1c);
    this.type = scene.add.tileSprite(0, 12, W, 48, TEX.ticker).setOrigin(0, 0).setAlpha(0.8);
    const edge = scene.add.image(0, 64, TEX.px).setOrigin(0, 0).setDisplaySize(W, 4).setTint(GOLD);
    this.band = scene.add.container(0, 0, [red, this.type, edge]).setAlpha(0).setVisible(false);
  }

  /** Without movement: the band appears in place and disappears later. */
  flash(): void {
    this.scene.tweens.killTweensOf([this.band, this.type]);
    this.band.setVisible(true).setAlpha(1).setX(0);
    this.scene.time.delayedCall(1400, () => this.band.setVisible(false));
  }

  /** The band slides in, its type runs, and it fades out: the returned tween is the fade, the sting's end. */
  play(): Phaser.Tweens.Tween {
    const { band, type, scene } = this;
    scene.tweens.killTweensOf([band, type]);
    band.setVisible(true).setAlpha(1).setX(-W);
    type.tilePositionX = 0;
    scene.tweens.add({ targets: band, x: 0, duration: EVENT_MS * 0.3, ease: 'Cubic.easeOut' });
    scene.tweens.add({ targets: type, tilePositionX: 240, duration: EVENT_MS });
    return scene.tweens.add({
      targets: band, alpha: 0, delay: EVENT_MS * 0.75, duration: EVENT_MS * 0.25,
      onComplete: () => band.setVisible(false),
    });
  }
}
