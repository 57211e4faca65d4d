/** Small Phaser idioms the stage's parts share. */
import Phaser from 'phaser';

/**
 * Settles when the tween completes or is stopped. A tween destroyed by `killTweensOf`
 * does neither: whoever waits on one must also stop waiting when the scene goes away.
 */
export function tweenDone(tween: Phaser.Tweens.Tween): Promise<void> {
  return new Promise((resolve) => {
    tween.once(Phaser.Tweens.Events.TWEEN_COMPLETE, () => resolve());
    tween.once(Phaser.Tweens.Events.TWEEN_STOP, () => resolve());
  });
}

/**
 * The dynamic texture `key`, made on first use and reused after: creating and destroying
 * a DynamicTexture leaks a GPU texture each time (phaserjs/phaser#7379).
 */
export function reusedDynamicTexture(scene: Phaser.Scene, key: string, width: number, height: number): Phaser.Textures.DynamicTexture {
  return scene.textures.exists(key)
    ? (scene.textures.get(key) as Phaser.Textures.DynamicTexture)
    : (scene.textures.addDynamicTexture(key, width, height) as Phaser.Textures.DynamicTexture);
}
