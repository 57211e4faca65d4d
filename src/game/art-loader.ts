/**
 * Loads the stage's SVG art into textures: the figures, the flags and the first
 * places first, then every other place in the background. Art that fails to load
 * leaves the drawn stand-ins in place (with a warning in the console).
 */
import type Phaser from 'phaser';
import { sceneTexture, type ArtSources } from './art-sources.ts';
import { H, W } from './layout.ts';
import { SCENE_KEYS, type SceneKey } from './model.ts';
import { loadSvgImage, type SvgSize } from './svg-loader.ts';

export interface ArtArrivals {
  /** The figures, the flags and the first places have loaded (or failed). */
  essentials(): void;
  /** A place's art has loaded (or failed, or was already there). */
  place(key: SceneKey): void;
}

const SCENE_SIZE: SvgSize = { width: W, height: H };

export class ArtLoader {
  private readonly abort = new AbortController();
  private readonly loading = new Set<string>();

  constructor(private readonly textures: Phaser.Textures.TextureManager, private readonly art: ArtSources) {}

  /** Loads everything, `first` (the place on the stage now) among the first. */
  async load(first: SceneKey | null, arrivals: ArtArrivals): Promise<void> {
    const { art, abort } = this;
    // The opening round's place (dinner) and the neutral room come with the essentials.
    const essential = [
      ...[...art.figureList, ...art.props].map((f) => this.add(f.key, f.url, f.size)),
      this.add(sceneTexture('dinner'), art.scenes.dinner, SCENE_SIZE),
      this.add(sceneTexture('neutral'), art.scenes.neutral, SCENE_SIZE),
    ];
    if (first) essential.push(this.add(sceneTexture(first), art.scenes[first], SCENE_SIZE));
    await Promise.all(essential);
    if (abort.signal.aborted) return;
    arrivals.essentials();
    for (const key of SCENE_KEYS) {
      await this.add(sceneTexture(key), art.scenes[key], SCENE_SIZE);
      if (abort.signal.aborted) return;
      arrivals.place(key);
    }
  }

  /** Stops loading: the stage is going away. */
  stop(): void {
    this.abort.abort();
  }

  private async add(key: string, url: string | undefined, size: SvgSize): Promise<void> {
    if (!url || this.textures.exists(key) || this.loading.has(key)) return;
    const signal = this.abort.signal;
    this.loading.add(key);
    const img = await loadSvgImage(url, size, signal);
    this.loading.delete(key);
    if (signal.aborted || this.textures.exists(key)) return;
    if (img) this.textures.addImage(key, img);
    else console.warn(`Linkage stage: no art at ${url}; using a drawn fallback`);
  }
}
