/**
 * What the interface asks of the stage, declared once for both sides: the DOM
 * layer (`import type`, so Phaser stays out of its bundle until the stage loads)
 * and the Phaser stage that implements it. Types only: no Phaser here.
 */

export type StageSide = 'us' | 'china';

export interface StageMeter { id: string; value: number }

/** What the stage shows for a round. */
export interface StageScene {
  /** dinner | hotel | premier | great-hall | press | final; anything else shows a neutral room. */
  scene: string;
  /** Who is speaking now (highlighted), or null. */
  speaker: StageSide | null;
  /** Chinese delegation member present: 0 climate envoy, 1 top diplomat, 2 premier, 3 vice president. */
  chinaPerson: number;
  /** trust, climate, us-home, china-home (0..100). */
  meters: StageMeter[];
}

/** One measure's change in a report: by how much, and to what. */
export interface StageChange { measure: string; by: number; to: number }

export interface StageView {
  show(scene: StageScene): void;
  /** Animates a report's changes; resolves when they have played (at once with reduced motion). */
  playChanges(changes: StageChange[]): Promise<void>;
  /** The headline band of an outside event; resolves when it has played. */
  playEvent(): Promise<void>;
  setReducedMotion(on: boolean): void;
  destroy(): void;
}
