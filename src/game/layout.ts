/**
 * Where things stand in the stage's world: a 1280×720 room that the camera scales
 * into the canvas, the US delegation on the left and China's on the right.
 */
import type { StageSide } from './stage-view.ts';

export const W = 1280;
export const H = 720;
/** Where each delegation's lead sits. */
export const US_X = 280;
export const CN_X = W - 280;
/** The far edge of the table, and the line the chain lies on. */
export const TABLE_Y = 478;
export const CHAIN_Y = 512;
/** Gold of closed links, of the runner's edge and of the headline band's rule. */
export const GOLD = 0xf0c35a;

export const SIDES = ['us', 'china'] as const satisfies readonly StageSide[];

/** One thing for each side, made in drawing order (the US first). */
export function bySide<T>(make: (side: StageSide) => T): Record<StageSide, T> {
  const us = make('us');
  return { us, china: make('china') };
}
