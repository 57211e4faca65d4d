/**
 * A round's changes summed per measure: what a view shows and a cue announces
 * (the log keeps every step). No imports but types, so views can use it
 * without loading the engine.
 */
import type { Change } from './types.ts';

export interface NetMove {
  measure: string;
  /** The sum of the changes' moves. */
  by: number;
  /** The measure's value after the last of them. */
  to: number;
}

/** Which of a round's changes count: all of them, or only those the event caused, or only the others. */
export type ChangeSource = 'all' | 'event' | 'not-event';

/** Per measure, in the order given, its net move over the changes from `source`; measures that did not move are left out. */
export function netMoves(changes: readonly Change[], measures: readonly string[], source: ChangeSource = 'all'): NetMove[] {
  const moves: NetMove[] = [];
  for (const measure of measures) {
    let by = 0;
    let to = 0;
    for (const c of changes) {
      if (c.measure !== measure) continue;
      if (source !== 'all' && (c.cause.kind === 'event') !== (source === 'event')) continue;
      by += c.by;
      to = c.to;
    }
    if (by !== 0) moves.push({ measure, by, to });
  }
  return moves;
}
