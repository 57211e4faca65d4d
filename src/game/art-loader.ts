/**
 * Loads the stage's SVG art into textures: the figures, the flags, the neutral
 * room and the first place of the game first, then the game's other places in
 * round order, in the background. Only the places the game visits are loaded:
 * a chapter has a handful of the fifteen. Art that fails to load leaves the
 * drawn stand-ins in place (with a warning in the console).
 */
import type Phaser from 'phaser';
import { sceneTexture, type ArtSources } from './art-sources.ts';
import { H, W } from './layout.ts';
import type { SceneKey } from './model.ts';
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
  /** Places still to load, in the order they are wanted. */
  private queue: SceneKey[] = [];
  /** Set once the essentials are in: places load one by one after them. */
  private arrivals: ArtArrivals | null = null;
  private draining: Promise<void> | null = null;

  constructor(private readonly textures: Phaser.Textures.TextureManager, private readonly art: ArtSources) {}

  /**
   * The places the game visits, in round order; they replace those wanted before (a new
   * chapter). Wanted before `load()`, the first comes with the essentials.
   */
  want(keys: readonly SceneKey[]): void {
    this.queue = [...new Set(keys)].filter((key) => this.missing(key));
    void this.drain();
  }

  /** A place the stage shows now and has no art for: next in line. */
  soon(key: SceneKey): void {
    if (!this.missing(key)) return;
    this.queue = [key, ...this.queue.filter((k) => k !== key)];
    void this.drain();
  }

  /** Loads the essentials, then the places wanted, one by one. */
  async load(arrivals: ArtArrivals): Promise<void> {
    const { art, abort } = this;
    // The neutral room stands in for any place; the game's first place is on the stage at once.
    const first = this.queue[0];
    const essential = [
      ...[...art.figureList, ...art.props].map((f) => this.add(f.key, f.url, f.size)),
      this.add(sceneTexture('neutral'), art.scenes.neutral, SCENE_SIZE),
    ];
    if (first) essential.push(this.add(sceneTexture(first), art.scenes[first], SCENE_SIZE));
    await Promise.all(essential);
    if (abort.signal.aborted) return;
    this.arrivals = arrivals;
    arrivals.essentials();
    await this.drain();
  }

  /** Stops loading: the stage is going away. */
  stop(): void {
    this.abort.abort();
  }

  /** Neither loaded nor on its way. */
  private missing(key: SceneKey): boolean {
    const tex = sceneTexture(key);
    return !this.textures.exists(tex) && !this.loading.has(tex);
  }

  /** Loads the queue's places in order (once the essentials are in), one drain at a time. */
  private drain(): Promise<void> {
    const arrivals = this.arrivals;
    if (!arrivals) return Promise.resolve();
    this.draining ??= this.loadQueue(arrivals).finally(() => {
      this.draining = null;
      // Wanted while the last one was finishing: go on.
      if (this.queue.length > 0 && !this.abort.signal.aborted) void this.drain();
    });
    return this.draining;
  }

  private async loadQueue(arrivals: ArtArrivals): Promise<void> {
    for (let key = this.queue.shift(); key; key = this.queue.shift()) {
      await this.add(sceneTexture(key), this.art.scenes[key], SCENE_SIZE);
      if (this.abort.signal.aborted) return;
      arrivals.place(key);
    }
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
