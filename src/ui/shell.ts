/**
 * The page frame every screen shows in: the top bar (name, sound caption,
 * menu button), the layout with the stage beside the screen, the live region
 * and the menu dialog. Showing a screen also sets the page title and moves
 * focus to the screen's heading.
 */
import { h } from './dom.ts';
import { t } from './locale/en.ts';

export interface ShellParts {
  caption: HTMLElement;
  stageFrame: HTMLElement;
  live: HTMLElement;
  menu: HTMLDialogElement;
  openMenu(): void;
}

export class Shell {
  readonly screenEl: HTMLElement = h('main', { class: 'screen', id: 'screen' });
  private readonly topbar: HTMLElement;
  private readonly layout: HTMLElement;
  /** The page's own title, kept for the title screen. */
  private readonly initialTitle = document.title;

  constructor(private readonly root: HTMLElement, parts: ShellParts) {
    this.topbar = h('header', { class: 'topbar' },
      h('span', { class: 'topbar-name' }, t.appName),
      parts.caption,
      h('button', { type: 'button', class: 'btn btn-quiet', onclick: () => parts.openMenu() }, t.menu),
    );
    this.layout = h('div', { class: 'layout' }, parts.stageFrame, this.screenEl);
    root.replaceChildren(this.topbar, this.layout, parts.live, parts.menu);
  }

  /** Replaces the screen; `stageOn` makes room for the stage beside it. */
  show(screen: string, stageOn: boolean, children: HTMLElement[], focus: boolean): void {
    this.root.dataset.screen = screen;
    this.topbar.hidden = screen === 'title';
    this.layout.classList.toggle('with-stage', stageOn);
    this.screenEl.replaceChildren(...children);
    this.screenEl.className = `screen screen-${screen}`;
    window.scrollTo(0, 0);
    const heading = this.screenEl.querySelector('h1')?.textContent;
    document.title = screen === 'title' || !heading ? this.initialTitle : t.pageTitle(heading);
    if (focus) this.focusHeading();
  }

  /** The stage failed for good: the screen takes the whole width. */
  dropStage(): void {
    this.layout.classList.remove('with-stage');
  }

  focusHeading(): void {
    const heading = this.screenEl.querySelector<HTMLElement>('h1, h2');
    heading?.focus({ preventScroll: true });
  }
}
