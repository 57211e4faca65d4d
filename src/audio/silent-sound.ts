import type { Sound, SoundCue } from './types.ts';

/** A Sound that does nothing: used in tests, in Node, and whenever audio fails. */
export class SilentSound implements Sound {
  readonly failed: boolean;

  constructor(failed = false) {
    this.failed = failed;
  }

  play(_cue: SoundCue): void {}
  startRoom(): void {}
  stopRoom(): void {}
  setVolume(_v: number): void {}
  setMuted(_m: boolean): void {}
  unlock(): void {}
}
