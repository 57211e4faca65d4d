/**
 * Two players on one device: the screen that asks to hand it over, so neither
 * sees the other's options.
 */
import type { SideId } from '../../engine/schema.ts';
import { h } from '../dom.ts';
import { t } from '../locale/current.ts';
import type { Session } from '../session.ts';
import { sideOf } from '../view-model.ts';
import { screenHeading } from './heading.ts';
import type { ScreenHost } from './host.ts';

/** `onReady` runs when the player of `side` has the device. */
export function showPass(host: ScreenHost, session: Session, side: SideId, onReady: () => void): void {
  const name = sideOf(session.scenario, side).name;
  host.show('pass', false, [
    h('div', { class: `pass side-${side}` },
      screenHeading('h1', t.passHeading(name)),
      h('p', { class: 'lead' }, t.passText(name)),
      h('button', { type: 'button', class: 'btn btn-primary', 'data-action': 'ready', onclick: () => onReady() }, t.passReady(name)),
    ),
  ]);
  host.announce(t.passHeading(name));
}
