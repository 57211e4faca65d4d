/**
 * The seeded PRNG. Its whole state is a plain number[] stored in GameState.rng,
 * so a game can be saved, restored and replayed exactly. Every draw takes the
 * state in and hands the advanced state back: nothing here is mutable across calls.
 */
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';

export type RngState = number[];

/** The starting PRNG state for a seed (any 32-bit integer; other numbers are truncated). */
export function seedRng(seed: number): RngState {
  return xoroshiro128plus(seed | 0).getState().slice();
}

/**
 * A mutable cursor for a batch of draws inside one pure step: create it from a
 * state, draw as many integers as needed, then store `state()` back.
 */
export interface Draws {
  /** A uniform integer in [from, to], both included. */
  int(from: number, to: number): number;
  state(): RngState;
}

export function draws(state: readonly number[]): Draws {
  const gen = xoroshiro128plusFromState(state);
  return {
    int: (from, to) => uniformInt(gen, from, to),
    state: () => gen.getState().slice(),
  };
}
