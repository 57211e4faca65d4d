/**
 * The room behind the delegations: the place's art, crossfading from the last
 * place's, over a drawn backdrop that shows only where no art has loaded.
 */
import type Phaser from 'phaser';
import { sceneTexture } from './art-sources.ts';
import { H, W } from './layout.ts';
import { CROSSFADE_MS, type SceneKey } from './model.ts';
import { drawBackdrop } from './table.ts';
import { TEX } from './textures.ts';

export class Place {
  private readonly backdrop: Phaser.GameObjects.Graphics;
  /** The place's art. */
  private readonly picture: Phaser.GameObjects.Image;
  /** The last place's art, fading out above it. */
  private readonly fading: Phaser.GameObjects.Image;
  /** In drawing order. */
  readonly layers: [Phaser.GameObjects.Graphics, Phaser.GameObjects.Image, Phaser.GameObjects.Image];

  constructor(private readonly scene: Phaser.Scene) {
    this.backdrop = scene.add.graphics();
    this.picture = scene.add.image(W / 2, H / 2, TEX.px).setVisible(false);
    this.fading = scene.add.image(W / 2, H / 2, TEX.px).setVisible(false).setAlpha(0);
    this.layers = [this.backdrop, this.picture, this.fading];
  }

  /** Shows place `key`: at once, or crossfading from the picture shown now. */
  show(key: SceneKey, instant: boolean): void {
    const { picture, fading, scene } = this;
    const texKey = sceneTexture(key);
    const has = scene.textures.exists(texKey);
    // The drawn backdrop is always there beneath the art.
    drawBackdrop(this.backdrop, key);
    scene.tweens.killTweensOf([picture, fading]);
    if (picture.visible && !instant) {
      fading.setTexture(picture.texture.key).setDisplaySize(W, H).setVisible(true).setAlpha(1);
    } else {
      fading.setVisible(false);
    }
    if (has) picture.setTexture(texKey).setDisplaySize(W, H).setVisible(true).setAlpha(1);
    else picture.setVisible(false);
    // Fill cost matters in software GL: draw the backdrop only where no art covers it.
    this.backdrop.setVisible(!has);
    if (fading.visible) {
      scene.children.moveAbove(fading, picture);
      scene.tweens.add({ targets: fading, alpha: 0, duration: CROSSFADE_MS, ease: 'Sine.easeInOut', onComplete: () => fading.setVisible(false) });
    }
  }
}
