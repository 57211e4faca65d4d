/**
 * What the interface asks of the stage, declared once for both sides: the DOM
 * layer (`import type`, so Phaser stays out of its bundle until the stage loads)
 * and the Phaser stage that implements it. Types only: no Phaser here.
 */

import type { StageRole } from '../engine/stage-roles.ts';

export type StageSide = 'us' | 'china';

/** A part of the stage that shows a measure: the chain, the horizon glow, each side's home glow. */
export type StagePart = Exclude<StageRole, 'other'>;

/** A measure's value (0..100) shown by the part whose role the scenario gives it. */
export interface StageMeter { role: StagePart; value: number }

/** What the stage shows for a round. */
export interface StageScene {
  /** One of SCENE_KEYS (src/engine/stage-roles.ts); anything else shows a neutral room. */
  scene: string;
  /** Who is speaking now (highlighted), or null. */
  speaker: StageSide | null;
  /** Chinese delegation member present: 0 climate envoy, 1 top diplomat, 2 premier, 3 vice president. */
  chinaPerson: number;
  /** The measures that play a part on the stage, by role (measures with none are not drawn). */
  meters: StageMeter[];
}

/** One measure's change in a report, by the part it plays: by how much, and to what. */
export interface StageChange { role: StagePart; by: number; to: number }

export interface StageView {
  /** The places the game visits, in round order (scene keys): the stage loads their art and no other place's. */
  places(scenes: readonly string[]): void;
  show(scene: StageScene): void;
  /** Animates a report's changes; resolves when they have played (at once with reduced motion). */
  playChanges(changes: StageChange[]): Promise<void>;
  /** The headline band of an outside event; resolves when it has played. */
  playEvent(): Promise<void>;
  setReducedMotion(on: boolean): void;
  destroy(): void;
}
