/** The sound module's public face: import this (lazily) from the UI. */
export type { Sound, SoundCue } from './types.ts';
export { SOUND_CUES } from './sound.ts';
export { SilentSound } from './silent-sound.ts';
export { createSound } from './create-sound.ts';
