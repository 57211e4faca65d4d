/**
 * What the ending and the debrief show of the negotiation model for a finished
 * game, computed by the engine (through the lazily loaded session module) and
 * handed to the views as plain data.
 */
import type { PackageData } from './package-view.ts';
import type { ReasonRound } from './reasons-view.ts';

export interface ModelViews {
  /** The package per side, or null for a scenario without one. */
  pkg: PackageData | null;
  /** The computer's reasons, one per round and computer side (none with two players). */
  reasons: ReasonRound[];
  /** The teacher's settings the game was played with. */
  settings: { temperament: string; unpredictability: string };
}
