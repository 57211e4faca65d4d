/**
 * What the interface needs from the stage (StageView, in game/stage-view.ts) and
 * the sound, as small interfaces, with loaders that import those modules only
 * after the title is interactive.
 * Either may fail (no WebGL, no audio): the game then plays from the DOM, silently.
 */
import type { StageView } from '../game/stage-view.ts';
import type * as SessionModule from './session.ts';

export type SoundCue = 'click' | 'up' | 'down' | 'event' | 'ending-good' | 'ending-mixed' | 'ending-bad';

export interface SoundPort {
  play(cue: SoundCue): void;
  startRoom(): void;
  stopRoom(): void;
  setVolume(volume: number): void;
  setMuted(muted: boolean): void;
  unlock(): void;
  readonly failed: boolean;
}

export const SILENT: SoundPort = {
  play() {},
  startRoom() {},
  stopRoom() {},
  setVolume() {},
  setMuted() {},
  unlock() {},
  failed: true,
};

export async function loadStage(parent: HTMLElement, reducedMotion: boolean): Promise<StageView> {
  const { createStage } = await import('../game/stage.ts');
  return createStage(parent, { reducedMotion });
}

export async function loadSound(): Promise<SoundPort> {
  const { createSound } = await import('../audio/index.ts');
  return createSound();
}

export type EngineModule = typeof SessionModule;

export function loadEngine(): Promise<EngineModule> {
  return import('./session.ts');
}
