/**
 * What the game's screens (briefing, pass, round, report, ending) need from
 * the app to show themselves: a small host, so they never reach into App.
 */
import type { MeaningfulCue } from '../sound-cues.ts';

export type GameScreen = 'check' | 'briefing' | 'pass' | 'round' | 'report' | 'ending';

export interface ScreenHost {
  /** Replaces the screen and focuses its heading; `withStage` shows the stage beside it. */
  show(screen: GameScreen, withStage: boolean, children: HTMLElement[]): void;
  announce(text: string): void;
  /** Puts the session's current round (or report) on the stage. */
  refreshStage(): void;
  /** Plays a sound that carries meaning and shows its caption; returns the caption ('' when muted). */
  playMeaningful(cue: MeaningfulCue, caption: string): string;
  stopRoom(): void;
}
