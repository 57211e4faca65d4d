/**
 * The in-game menu: a modal dialog with Resume, the settings and Back to title.
 * When it closes, focus goes back where it was, or to the screen's heading
 * when that element has gone.
 */
import { h } from './dom.ts';
import { t } from './locale/current.ts';

export interface MenuHost {
  settingsForm(prefix: string): HTMLElement;
  /** Brings the menu's settings form up to date before it shows. */
  syncSettings(form: HTMLElement): void;
  backToTitle(): void;
  focusHeading(): void;
}

export class GameMenu {
  readonly dialog: HTMLDialogElement;
  private returnFocus: HTMLElement | null = null;

  constructor(private readonly host: MenuHost) {
    const heading = h('h2', { id: 'menu-heading', class: 'menu-heading' }, t.menuHeading);
    const resume = h('button', { type: 'button', class: 'btn btn-primary', onclick: () => this.dialog.close() }, t.resume);
    const toTitle = h('button', { type: 'button', class: 'btn', 'aria-describedby': 'menu-warning', onclick: () => {
      this.dialog.close();
      host.backToTitle();
    } }, t.backToTitle);
    this.dialog = h('dialog', { class: 'menu', 'aria-labelledby': 'menu-heading' },
      heading,
      h('div', { class: 'menu-actions' }, resume),
      host.settingsForm('menu'),
      h('div', { class: 'menu-actions' }, toTitle, h('p', { id: 'menu-warning', class: 'hint' }, t.backToTitleWarning)),
    );
    this.dialog.addEventListener('close', () => {
      const back = this.returnFocus;
      this.returnFocus = null;
      if (back && back.isConnected && !back.closest('[hidden]')) back.focus();
      else host.focusHeading();
    });
  }

  get isOpen(): boolean {
    return this.dialog.open;
  }

  open(): void {
    if (this.dialog.open) return;
    const active = document.activeElement;
    this.returnFocus = active instanceof HTMLElement && active !== document.body ? active : null;
    this.host.syncSettings(this.dialog.querySelector('[data-settings]') as HTMLElement);
    this.dialog.showModal();
    (this.dialog.querySelector('button') as HTMLButtonElement).focus();
  }
}
