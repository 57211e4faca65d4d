import type { SoundCue } from './types.ts';

/** Every one-shot cue, in the sprite's order (the tests check it against the sprite). */
export const SOUND_CUES: readonly SoundCue[] = [
  'click', 'up', 'down', 'event', 'ending-good', 'ending-mixed', 'ending-bad',
];
