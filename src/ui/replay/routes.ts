/**
 * The replay routes and the title's "Open a replay" form: a code from a link
 * or from the form opens the viewer, two codes open the comparison, and a code
 * that cannot be read is said in an alert, on the title or over a game in
 * progress (which is left exactly as it was).
 */
import { h } from '../dom.ts';
import { t } from '../locale/current.ts';
import { dropRoute, parseRoute, routeHash, type Route } from '../router.ts';
import { compareView } from './compare.ts';
import { decodeRun, type ChapterLoad, type Decoded } from './decode.ts';
import type { Viewer } from './viewer.ts';

const r = t.replay;

export type ReplayRoute = Extract<Route, { name: 'replay' } | { name: 'compare' }>;

export interface RoutesHost {
  /** The engine and a chapter's validated scenario (the current one with no id; loads them if needed). */
  load: ChapterLoad;
  /** Shows the comparison as the screen. */
  showCompare(view: HTMLElement, focus: boolean): void;
  announce(text: string): void;
  /** The screen of a game in progress, or null when there is none. */
  gameScreen(): HTMLElement | null;
  toTitle(): void;
}

export class ReplayRoutes {
  /** A message for the title: a bad code from a link, kept with the code for the form. */
  private titleAlert: { text: string; code: string } | null = null;

  constructor(
    private readonly host: RoutesHost,
    private readonly viewer: Viewer,
    /** The code of the game the live game branched from, if it is a branch. */
    private readonly origin: () => string | null,
  ) {}

  async open(route: ReplayRoute, focus: boolean): Promise<void> {
    this.viewer.stop();
    if (route.name === 'replay') {
      const decoded = await this.decode(route.code);
      if (decoded.ok) this.viewer.open(decoded.game, decoded, focus);
      else this.refuse(decoded.message, route.code);
      return;
    }
    const [a, b] = await Promise.all([this.decode(route.a), this.decode(route.b)]);
    if (!a.ok) this.refuse(a.message, route.a);
    else if (!b.ok) this.refuse(b.message, route.b);
    else if (a.game.scenario.id !== b.game.scenario.id) this.refuse(r.otherChapters(a.game.scenario.title, b.game.scenario.title), route.b);
    else {
      const { view, announcement } = compareView(a.game.scenario, a, b, this.origin());
      this.host.showCompare(view, focus);
      this.host.announce(announcement);
    }
  }

  /** The title's "Open a replay" form, with the alert for a bad code from a link if there was one. */
  titleSlot(): HTMLElement {
    // Back on the title (by the menu, or after a bad link): a reload should not reopen the replay.
    const name = parseRoute(location.hash).name;
    if (name === 'replay' || name === 'compare') dropRoute();
    const inputId = 'open-replay-code';
    const alert = h('p', { class: 'replay-alert', role: 'alert', id: 'open-replay-alert' });
    const input = h('input', { type: 'text', id: inputId, class: 'text-input', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'open-replay-hint open-replay-alert' });
    const form = h('form', { class: 'open-replay', 'aria-labelledby': 'open-replay-heading' },
      h('h3', { id: 'open-replay-heading', class: 'small-heading' }, r.openHeading),
      h('label', { for: inputId }, r.openLabel),
      h('p', { id: 'open-replay-hint', class: 'hint' }, r.openHint),
      h('div', { class: 'open-replay-row' }, input, h('button', { type: 'submit', class: 'btn', 'data-action': 'open-replay' }, r.open)),
      alert,
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.openPasted(input.value, alert);
    });
    if (this.titleAlert) {
      alert.textContent = this.titleAlert.text;
      input.value = this.titleAlert.code;
      this.titleAlert = null;
    }
    return h('div', { class: 'replay-slots' }, form);
  }

  private async decode(text: string): Promise<Decoded> {
    return decodeRun(this.host.load, text);
  }

  private async openPasted(text: string, alert: HTMLElement): Promise<void> {
    alert.textContent = '';
    const decoded = await this.decode(text);
    if (!decoded.ok) {
      alert.textContent = decoded.message;
      return;
    }
    const hash = routeHash({ name: 'replay', code: decoded.code });
    // The same code again: no hashchange comes, so open it here.
    if (location.hash === hash) this.viewer.open(decoded.game, decoded, true);
    else location.hash = hash;
  }

  /** A bad code: said in an alert; a game in progress is left exactly as it was. */
  private refuse(message: string, code: string): void {
    const game = this.host.gameScreen();
    if (game) {
      game.querySelector('.replay-alert-box')?.remove();
      game.prepend(h('div', { class: 'card replay-alert-box' }, h('p', { class: 'replay-alert', role: 'alert' }, message)));
      return;
    }
    this.titleAlert = { text: message, code };
    this.host.toTitle();
  }
}
