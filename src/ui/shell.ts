/**
 * The page frame every screen shows in: the top bar (name, sound caption,
 * menu button), the layout with the stage beside the screen, the live region
 * and the menu dialog. Showing a screen also sets the page title and moves
 * focus to the screen's heading.
 *
 * On wide layouts the stage sits in a column of its own with room below it, so
 * a screen's part marked `data-dock="stage"` (the measures) is moved under the
 * stage, where it stays in view beside the text and the options. On narrow
 * layouts, or when the stage is off, it goes back to its place in the screen.
 */
import { h } from './dom.ts';
import { t } from './locale/current.ts';

export interface ShellParts {
  caption: HTMLElement;
  stageFrame: HTMLElement;
  live: HTMLElement;
  menu: HTMLDialogElement;
  openMenu(): void;
}

/** When the stage and the screen sit side by side (as in styles/frame.css). */
const WIDE_LAYOUT = '(min-width: 64rem) and (min-aspect-ratio: 4 / 3)';

export class Shell {
  readonly screenEl: HTMLElement = h('main', { class: 'screen', id: 'screen' });
  private readonly topbar: HTMLElement;
  private readonly layout: HTMLElement;
  /** Under the stage: the docked part of the screen, if any. A landmark, since it sits outside <main>. */
  private readonly dock: HTMLElement = h('aside', { class: 'stage-dock', 'aria-label': t.measuresShort, hidden: true });
  /** Where the docked part lives in the screen, to put it back when the layout narrows. */
  private readonly dockHome: Comment = document.createComment('docked under the stage');
  private docked: HTMLElement | null = null;
  private readonly wide = window.matchMedia(WIDE_LAYOUT);
  /** The page's own title, kept for the title screen. */
  private readonly initialTitle = document.title;

  constructor(private readonly root: HTMLElement, parts: ShellParts) {
    this.topbar = h('header', { class: 'topbar' },
      h('span', { class: 'topbar-name' }, t.appName),
      parts.caption,
      h('button', { type: 'button', class: 'btn btn-quiet', onclick: () => parts.openMenu() }, t.menu),
    );
    this.layout = h('div', { class: 'layout' }, h('div', { class: 'stage-col' }, parts.stageFrame, this.dock), this.screenEl);
    root.replaceChildren(this.topbar, this.layout, parts.live, parts.menu);
    this.wide.addEventListener('change', () => this.placeDocked());
  }

  /** Replaces the screen; `stageOn` makes room for the stage beside it. */
  show(screen: string, stageOn: boolean, children: HTMLElement[], focus: boolean): void {
    this.root.dataset.screen = screen;
    this.topbar.hidden = screen === 'title';
    this.layout.classList.toggle('with-stage', stageOn);
    this.undock();
    this.screenEl.replaceChildren(...children);
    this.screenEl.className = `screen screen-${screen}`;
    this.docked = this.screenEl.querySelector<HTMLElement>('[data-dock="stage"]');
    this.placeDocked();
    window.scrollTo(0, 0);
    const heading = this.screenEl.querySelector('h1')?.textContent;
    document.title = screen === 'title' || !heading ? this.initialTitle : t.pageTitle(heading);
    if (focus) this.focusHeading();
  }

  /** The stage failed for good: the screen takes the whole width. */
  dropStage(): void {
    this.layout.classList.remove('with-stage');
    this.placeDocked();
  }

  /** The docked part under the stage when the layout is wide and the stage is on; in the screen otherwise. */
  private placeDocked(): void {
    const part = this.docked;
    if (!part) return;
    const underStage = this.wide.matches && this.layout.classList.contains('with-stage');
    if (underStage && part.parentNode !== this.dock) {
      part.replaceWith(this.dockHome);
      this.dock.append(part);
      this.dock.hidden = false;
    } else if (!underStage) {
      this.undock();
    }
  }

  /** Puts a docked part back in its screen and empties the dock. */
  private undock(): void {
    if (this.docked && this.dockHome.parentNode) this.dockHome.replaceWith(this.docked);
    this.dock.replaceChildren();
    this.dock.hidden = true;
  }

  focusHeading(): void {
    const heading = this.screenEl.querySelector<HTMLElement>('h1, h2');
    heading?.focus({ preventScroll: true });
  }
}
