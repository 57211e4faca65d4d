import type { Sound } from './types.ts';
import { SilentSound } from './silent-sound.ts';

/**
 * Make the game's Sound. howler is imported dynamically so it stays out of the
 * first-screen bundle; on any failure (no Web Audio, import error, howler has
 * no audio) the game gets a silent Sound and plays on.
 */
export async function createSound(): Promise<Sound> {
  try {
    const ns = await import('howler');
    // howler is CommonJS/UMD: bundlers expose it as named exports or as `default`.
    const mod = (ns.Howl ? ns : (ns as unknown as { default: typeof ns }).default);
    const { HowlerSound } = await import('./howler-sound.ts');
    if (!mod?.Howl || !mod.Howler || mod.Howler.noAudio) return new SilentSound(true);
    return new HowlerSound({ Howl: mod.Howl, Howler: mod.Howler });
  } catch {
    return new SilentSound(true);
  }
}
