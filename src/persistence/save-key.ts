/**
 * Where the game in progress is saved (saves.ts reads and writes it). On its
 * own, so the title can see whether there is a save without loading the engine.
 */
export const SAVE_KEY = 'linkage.save.v1';
