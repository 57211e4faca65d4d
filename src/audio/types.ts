/**
 * The game's small sound interface, types only: the DOM layer imports it with
 * `import type` and so never pulls howler into the first bundle. Every method
 * is safe to call at any time: a sound that cannot play is silent, never an
 * exception (captions for meaningful cues are the UI's job).
 */

/** One-shot cues in the audio sprite (the room tone is started and stopped apart). */
export type SoundCue = 'click' | 'up' | 'down' | 'event' | 'ending-good' | 'ending-mixed' | 'ending-bad';

export interface Sound {
  /** Play a one-shot cue (ignored while muted, before unlock, or after a failure). */
  play(cue: SoundCue): void;
  /** Start the looping room tone (once; again after stopRoom). Deferred until unlock. */
  startRoom(): void;
  stopRoom(): void;
  /** Master volume, clamped to 0..1. */
  setVolume(v: number): void;
  setMuted(m: boolean): void;
  /** Call from the first user gesture (click, key, touch): resumes the audio context. */
  unlock(): void;
  /** True once loading or playing failed: the game goes on silently. */
  readonly failed: boolean;
}
