/**
 * The storage keys of saved and finished games, on their own (no zod, no
 * engine), so the title can see whether there is anything to list before it
 * loads the engine.
 */
export const SAVE_PREFIX = 'linkage.game.v2.';
/** The old single save of the whole browser, moved into the new scheme when found. */
export const OLD_SAVE_KEY = 'linkage.save.v1';
export const FINISHED_PREFIX = 'linkage.finished.v2.';

/** Whether any key is a game in progress, a finished game or an old save. */
export function anyGameKey(keys: readonly string[]): boolean {
  return keys.some((key) => key === OLD_SAVE_KEY || key.startsWith(SAVE_PREFIX) || key.startsWith(FINISHED_PREFIX));
}
