/**
 * Whose turn it is and which screen that means. The session changes often;
 * a screen is rebuilt only when this key changes, so focus is not lost.
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

/**
 * `kind:round[:detail]` for the screen the session calls for; kind is one of
 * briefing, pass, round, report, ended. Null while no person has to act.
 * `handedTo` is the side holding the device in a two-player round.
 */
export function screenKey(session: Session, handedTo: SideId | null): string | null {
  const phase = session.phase();
  const state = session.state();
  if (phase === 'choosing') {
    const side = nextChooser(session);
    if (side === null) return null;
    if (session.mode === 'two' && handedTo !== side) return `pass:${state.round}:${side}`;
    return `round:${state.round}:${side}`;
  }
  if (phase === 'report') return `report:${state.round}:${state.log.length}`;
  return `${phase}:${state.round}`;
}
