/**
 * Loaders for the stage, the sound and the engine, which import those modules
 * only after the title is interactive. Their interfaces are declared once, on
 * the side that owns them (game/stage-view.ts, audio/types.ts). The stage or the
 * sound may fail (no WebGL, no audio): the game then plays from the DOM, silently.
 */
import type { StageView } from '../game/stage-view.ts';
import type * as SessionModule from './session.ts';
import type { Scenario } from '../engine/schema.ts';
import type { Sound } from '../audio/types.ts';

/** `places`: the scenes of the game's rounds as far as they are known when the stage starts. */
export async function loadStage(parent: HTMLElement, reducedMotion: boolean, places: () => readonly string[]): Promise<StageView> {
  const { createStage } = await import('../game/stage.ts');
  return createStage(parent, { reducedMotion, places });
}

export async function loadSound(): Promise<Sound> {
  const { createSound } = await import('../audio/index.ts');
  return createSound();
}

export type EngineModule = typeof SessionModule;

/** The engine with the validated scenario: what a game, a replay or a classroom page starts from. */
export interface LoadedGame {
  engine: EngineModule;
  scenario: Scenario;
}

export function loadEngine(): Promise<EngineModule> {
  return import('./session.ts');
}
