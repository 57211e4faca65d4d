/**
 * Maps the art manifest (src/game/art.ts) to the files the stage loads and the
 * texture keys it uses for each slot. Where a texture fails to load, the stage
 * falls back to drawn figures and flags.
 */
import { ART, FIGURE_SIZE, figureUrl } from './art.ts';
import { SCENE_KEYS, type SceneKey } from './model.ts';

export type FigureSlot = 'us' | 'usAide' | 'china' | 'chinaAide';

export interface ArtFile { key: string; url: string; size: { width?: number; height?: number; scale?: number } }

export interface ArtSources {
  scenes: Partial<Record<SceneKey, string>>;
  figureList: ArtFile[];
  props: ArtFile[];
  /** Texture key for a figure slot (China: by delegation member index). */
  figure(slot: FigureSlot, index: number): string | null;
  /** Texture key of a desk flag. */
  flag(side: 'us' | 'china'): string | null;
}

/** The texture key of a place's background art. */
export function sceneTexture(key: SceneKey): string {
  return `scene-${key}`;
}

const FIG_W = Math.round(FIGURE_SIZE.width * 0.9);
const FIG_H = Math.round(FIGURE_SIZE.height * 0.9);

export function artSources(): ArtSources {
  const scenes: Partial<Record<SceneKey, string>> = {};
  for (const key of SCENE_KEYS) scenes[key] = ART.scenes[key];

  const urlKey = new Map<string, string>();
  const figureList: ArtFile[] = Object.entries(ART.figures).map(([name, url]) => {
    urlKey.set(url, `fig-${name}`);
    return { key: `fig-${name}`, url, size: { width: FIG_W, height: FIG_H } };
  });
  const props: ArtFile[] = Object.entries(ART.flags).map(([name, url]) => ({ key: `flag-${name}`, url, size: { scale: 1 } }));

  return {
    scenes,
    figureList,
    props,
    figure(slot, index) {
      if (slot === 'us' || slot === 'usAide') return urlKey.get(figureUrl('us')) ?? null;
      // The aide is the other Chinese figure from the one leading.
      const i = slot === 'chinaAide' ? 1 : index;
      return urlKey.get(figureUrl('china', i)) ?? null;
    },
    flag(side) {
      return side === 'us' ? 'flag-us' : 'flag-china';
    },
  };
}
