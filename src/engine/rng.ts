/**
 * The seeded PRNG. Its whole state is a plain number[] stored in GameState.rng,
 * so a game can be saved, restored and replayed exactly. Every draw takes the
 * state in and hands the advanced state back: nothing here is mutable across calls.
 */
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';

export type RngState = number[];

/** One step of splitmix32: spreads a seed's bits so neighbouring seeds give unrelated streams. */
export function splitmix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return z ^ (z >>> 16);
}

/**
 * The starting PRNG state for a seed. pure-rand's own seeding puts the seed
 * straight into the state, and its first outputs for seeds 0, 1, 2… are then
 * visibly correlated (weighted draws came out biased), so the state is filled
 * from splitmix32 instead.
 */
export function seedRng(seed: number): RngState {
  const state: number[] = [];
  let x = seed | 0;
  for (let i = 0; i < 4; i++) {
    x = splitmix32(x + i);
    state.push(x);
  }
  // An all-zero state would yield zeros forever.
  return state.some((n) => n !== 0) ? state : [1, 0, 0, 0];
}

/**
 * A mutable cursor for a batch of draws inside one pure step: create it from a
 * state, draw as many integers as needed, then store `state()` back.
 * A class rather than closures: this runs several times per round.
 */
export class Draws {
  private readonly gen: ReturnType<typeof xoroshiro128plusFromState>;
  constructor(state: readonly number[]) {
    this.gen = xoroshiro128plusFromState(state);
  }
  /** A uniform integer in [from, to], both included. */
  int(from: number, to: number): number {
    return uniformInt(this.gen, from, to);
  }
  state(): RngState {
    // getState builds a fresh array on every call, so handing it out mutable shares nothing.
    return this.gen.getState() as RngState;
  }
}

export function draws(state: readonly number[]): Draws {
  return new Draws(state);
}
