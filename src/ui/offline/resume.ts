/**
 * Applying an update reloads the page: when that loses nothing. The game then
 * comes back from its own save (src/ui/saves/controller.ts, resumeById).
 */

/** What reloadSafety reads of the game in progress. */
export interface LiveGame {
  phase(): string;
  state(): { log: readonly unknown[] };
}

/**
 * Whether reloading into a new version before `screen` loses nothing, and
 * whether the saved game then resumes: only at the start of a round already
 * saved (never in the middle of one), or on the title and in the teacher's
 * guide with no game on.
 */
export function reloadSafety(screen: string, game: LiveGame | null): 'no' | 'reload' | 'resume' {
  const live = game !== null && game.phase() !== 'ended';
  if (screen === 'title' || screen === 'teachers' || screen === 'print') return live ? 'no' : 'reload';
  const saved = live && game.state().log.length > 0;
  return (screen === 'round' || screen === 'pass') && saved ? 'resume' : 'no';
}
