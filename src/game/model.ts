/**
 * Pure helpers for the stage: how measures map to what the canvas shows.
 * No Phaser here, so they can be unit-tested in Node.
 */
import { SCENE_KEYS, isSceneKey, type SceneKey, type StageRole } from '../engine/stage-roles.ts';
import type { StageChange, StageMeter } from './stage-view.ts';

// The set of scenes is the scenario format's (the check refuses other keys); the stage draws them.
export { SCENE_KEYS, type SceneKey };

/** A scene key the stage draws; anything else (a file the check did not see) shows `neutral`. */
export function sceneKeyOf(scene: string): SceneKey {
  return isSceneKey(scene) ? scene : 'neutral';
}

export function clamp01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

export function clampMeter(v: number): number {
  if (!Number.isFinite(v)) return 50;
  return v < 0 ? 0 : v > 100 ? 100 : v;
}

/** Number of chain links each delegation holds (the chain has twice as many). */
export const LINKS_PER_SIDE = 6;

/**
 * How closed each link is (0 = open and dim, 1 = joined and bright), from one
 * delegation's end (index 0) toward the middle of the table. Trust closes the
 * chain from both ends toward the centre; the last joint to close is the one in
 * the middle. Fractional trust gives a partly closed next link.
 */
export function linkClosure(trust: number, index: number): number {
  const filled = (clampMeter(trust) / 100) * LINKS_PER_SIDE;
  return clamp01(filled - index);
}

/** Linear interpolation of two 0xRRGGBB colours. */
export function mixColor(a: number, b: number, t: number): number {
  const k = clamp01(t);
  const r = Math.round(((a >> 16) & 255) + (((b >> 16) & 255) - ((a >> 16) & 255)) * k);
  const g = Math.round(((a >> 8) & 255) + (((b >> 8) & 255) - ((a >> 8) & 255)) * k);
  const bl = Math.round((a & 255) + ((b & 255) - (a & 255)) * k);
  return (r << 16) | (g << 8) | bl;
}

/** Horizon glow colour for climate progress: hot amber haze (0) → clear teal (100). */
const HOT = 0xe0622f;
const WARM = 0xe8b45a;
const CLEAR = 0x5fc7b8;
export function climateColor(climate: number): number {
  const t = clampMeter(climate) / 100;
  return t < 0.5 ? mixColor(HOT, WARM, t * 2) : mixColor(WARM, CLEAR, (t - 0.5) * 2);
}

/** The part a measure plays on the stage (from the scenario's roles), for glows, pulses and arrows. */
export type MeasurePlace = StageRole;

/** The measures the stage draws, by role, from a round's values (by measure id). Measures with no role are left out. */
export function stageMeters(roles: ReadonlyMap<string, StageRole>, values: Readonly<Record<string, number>>): StageMeter[] {
  const meters: StageMeter[] = [];
  for (const [id, role] of roles) {
    const value = values[id];
    if (role !== 'other' && value !== undefined) meters.push({ role, value });
  }
  return meters;
}

/** A report's net moves (by measure id) as the stage's changes, by role. */
export function stageChanges(roles: ReadonlyMap<string, StageRole>, moves: readonly { measure: string; by: number; to: number }[]): StageChange[] {
  const changes: StageChange[] = [];
  for (const m of moves) {
    const role = roles.get(m.measure);
    if (role !== undefined && role !== 'other') changes.push({ role, by: m.by, to: m.to });
  }
  return changes;
}

/** Duration of the change animation, in ms (all changes play together within ~1 s). */
export const CHANGE_MS = 950;
export const EVENT_MS = 900;
export const CROSSFADE_MS = 450;
