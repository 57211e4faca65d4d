/**
 * Which sprite file to fetch: Opus in WebM where the browser plays it (about
 * 45% of the MP3's bytes), MP3 everywhere else (older Safari). Both files hold
 * the same sounds at the same times (scripts/make-audio-webm.ts), so one
 * sprite map serves either. howler takes the first source it can decode.
 */
export interface SpriteSource {
  src: string[];
  format: string[];
}

export const SPRITE_MP3 = 'audio/sprite.mp3';
export const SPRITE_WEBM = 'audio/sprite.webm';

function canPlay(type: string): boolean {
  try {
    return typeof document !== 'undefined' && document.createElement('audio').canPlayType(type).replace(/^no$/, '') !== '';
  } catch {
    return false;
  }
}

export function spriteSource(playable: (type: string) => boolean = canPlay): SpriteSource {
  return playable('audio/webm; codecs="opus"')
    ? { src: [SPRITE_WEBM, SPRITE_MP3], format: ['webm', 'mp3'] }
    : { src: [SPRITE_MP3], format: ['mp3'] };
}
