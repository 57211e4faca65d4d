/**
 * Whose turn it is and which screen that means, as a typed value the app
 * dispatches on.
 */
import type { SideId } from '../engine/schema.ts';
import type { Session } from './session.ts';

const SIDES: readonly SideId[] = ['us', 'china'];

/** The sides played by people in this session. */
export function peopleOf(session: Session): SideId[] {
  return SIDES.filter((s) => session.isPerson(s));
}

/** Which side the device is with now, or null when no person has to choose. */
export function nextChooser(session: Session): SideId | null {
  const pending = session.state().pending;
  return SIDES.find((side) => session.isPerson(side) && pending[side] === undefined) ?? null;
}

/** The screen the session calls for; `round` is the round's index, `resolved` the rounds in the log. */
export type TurnScreen =
  | { kind: 'briefing'; round: number }
  | { kind: 'pass'; round: number; side: SideId }
  | { kind: 'round'; round: number; side: SideId }
  | { kind: 'report'; round: number; resolved: number }
  | { kind: 'ended'; round: number };

/**
 * The screen the session calls for, or null while no person has to act.
 * `handedTo` is the side holding the device in a two-player round: until it is
 * the chooser's, the device must be passed.
 */
export function turnScreen(session: Session, handedTo: SideId | null): TurnScreen | null {
  const phase = session.phase();
  const round = session.state().round;
  switch (phase) {
    case 'choosing': {
      const side = nextChooser(session);
      if (side === null) return null;
      return { kind: session.mode === 'two' && handedTo !== side ? 'pass' : 'round', round, side };
    }
    case 'report':
      return { kind: 'report', round, resolved: session.state().log.length };
    case 'briefing':
    case 'ended':
      return { kind: phase, round };
  }
}

/** Equal for the same screen: a screen is rebuilt only when its key changes, so focus is not lost. */
export function turnKey(screen: TurnScreen): string {
  switch (screen.kind) {
    case 'pass':
    case 'round':
      return `${screen.kind}:${screen.round}:${screen.side}`;
    case 'report':
      return `report:${screen.round}:${screen.resolved}`;
    default:
      return `${screen.kind}:${screen.round}`;
  }
}
