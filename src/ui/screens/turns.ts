/**
 * The game's screen for the session's turn: the briefing, the hand-over, the
 * round, the report or the ending, dispatched on the typed turn (turn.ts). A
 * screen is built only when the turn changes, so the player's focus is not
 * lost to a rebuild.
 */
import type { SideId } from '../../engine/schema.ts';
import type { CheckAnswer } from '../../engine/replay/check-bits.ts';
import { t } from '../locale/current.ts';
import type { Session } from '../session.ts';
import { turnKey, turnScreen } from '../turn.ts';
import { showBriefing } from './briefing.ts';
import type { ScreenHost } from './host.ts';
import { showPass } from './pass.ts';
import { showReport } from './report.ts';
import { showRound, type RoundDisplay } from './round.ts';
import { screenHeading } from './heading.ts';

export class TurnScreens {
  private shownKey = '';
  /** Two players: the side the device has been handed to in this round. */
  private handedTo: SideId | null = null;

  constructor(
    private readonly host: ScreenHost,
    private readonly display: () => RoundDisplay,
    /** Shows the ending (the app adds the replay parts and what to do next). */
    private readonly showEnding: () => void,
  ) {}

  /** A new session: nothing shown yet, and the device with no one. */
  reset(): void {
    this.shownKey = '';
    this.handedTo = null;
  }

  /** Another screen took the place of the game's: the next render shows the turn again. */
  forgetShown(): void {
    this.shownKey = '';
  }

  /** The five-question check before the briefing: the marks, or null when skipped as a whole. */
  async preCheck(): Promise<CheckAnswer[] | null> {
    const [{ checkView }, { guideCheckQuestions }] = await Promise.all([import('../check/check-view.ts'), import('../check/guide-check.ts')]);
    return new Promise((resolve) => {
      this.host.show('check', false, [checkView({
        phase: 'pre',
        questions: guideCheckQuestions(),
        heading: (text) => screenHeading('h1', text),
        onDone: resolve,
        announce: (text) => this.host.announce(text),
      })]);
      this.host.announce(`${t.check.preHeading}. ${t.check.preIntro}`);
    });
  }

  /** Shows the screen the session calls for, unless it is already up. */
  render(session: Session): void {
    const screen = turnScreen(session, this.handedTo);
    if (screen === null || turnKey(screen) === this.shownKey) return;
    this.shownKey = turnKey(screen);
    switch (screen.kind) {
      case 'briefing':
        return showBriefing(this.host, session);
      case 'pass':
        return showPass(this.host, session, screen.side, () => {
          this.handedTo = screen.side;
          this.render(session);
        });
      case 'round':
        return showRound(this.host, session, screen.side, this.display());
      case 'report':
        return showReport(this.host, session, () => {
          this.handedTo = null;
          session.send({ type: 'NEXT' });
        });
      case 'ended':
        return this.showEnding();
    }
  }
}
