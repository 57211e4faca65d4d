/**
 * The replay viewer: a recorded game round by round, with previous and next,
 * a play-through on a timer, the stage following along, and "Try a different
 * choice here" at the round shown.
 */
import type { SideId } from '../../engine/schema.ts';
import type { GameState, RoundRecord } from '../../engine/types.ts';
import type { ReplayInputs } from '../../engine/replay/index.ts';
import { h } from '../dom.ts';
import { t } from '../locale/current.ts';
import type { LoadedGame } from '../ports.ts';
import { answersView, changesView, eventView, metersView, reportAnnouncement, reportMetersView } from '../report-view.ts';
import { screenHeading } from '../screens/heading.ts';
import { toneBadge } from '../tone-badge.ts';
import { endingOf } from '../view-model.ts';
import type { Run } from './decode.ts';
import { branchControl } from './sharing.ts';

const r = t.replay;
const ORDER: readonly SideId[] = ['us', 'china'];

export interface ViewerHost {
  /** Shows the viewer as the screen, with the stage beside it. */
  show(children: HTMLElement[], focus: boolean): void;
  announce(text: string): void;
  reducedMotion(): boolean;
  /** Shows round `index` of `state` on the stage (if there is one), playing its changes when `animate`. */
  stage(state: GameState, index: number, animate: boolean): void;
  /** Starts a live game at round `round` (0-based) of the run these inputs record. */
  branch(loaded: LoadedGame, inputs: ReplayInputs, round: number): void;
}

/** The viewer for one run at a time; opening another run replaces it. */
export class Viewer {
  private current: Playback | null = null;

  constructor(private readonly host: ViewerHost) {}

  open(loaded: LoadedGame, run: Run, focus: boolean): void {
    this.current = new Playback(this.host, loaded, run);
    this.current.show(focus);
  }

  /** Stops the play-through, if one runs. */
  stop(): void {
    this.current?.stop();
  }

  /** Shows the current round again (when the stage becomes ready after the viewer opened). */
  restage(): void {
    this.current?.restage();
  }
}

/** One run in the viewer: its controls, the round shown and the play-through timer. */
class Playback {
  private step = 0;
  private readonly last: number;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly body = h('div', { class: 'viewer-body', 'aria-live': 'off' });
  private readonly position = h('p', { class: 'eyebrow viewer-position' });
  private readonly prev = h('button', { type: 'button', class: 'btn', 'data-action': 'previous' }, r.previous);
  private readonly next = h('button', { type: 'button', class: 'btn btn-primary', 'data-action': 'next' }, r.next);
  private readonly play = h('button', { type: 'button', class: 'btn', 'aria-pressed': 'false', 'data-action': 'play' }, r.playThrough);
  private readonly branchSlot = h('div', { class: 'viewer-branch' });

  constructor(private readonly host: ViewerHost, private readonly loaded: LoadedGame, private readonly run: Run) {
    this.last = run.states.length - 1;
    this.prev.addEventListener('click', () => {
      this.stop();
      this.go(this.step - 1);
    });
    this.next.addEventListener('click', () => {
      this.stop();
      this.go(this.step + 1);
    });
    this.play.addEventListener('click', () => this.togglePlay());
  }

  show(focus: boolean): void {
    const { scenario } = this.loaded;
    const mode = r.modeName[this.run.inputs.mode] ?? this.run.inputs.mode;
    this.host.show([
      h('div', { class: 'viewer' },
        h('p', { class: 'eyebrow' }, scenario.title, ' · ', mode),
        screenHeading('h1', r.viewerHeading),
        this.position,
        h('div', { class: 'viewer-controls', role: 'group', 'aria-label': r.viewerHeading }, this.prev, this.next, this.play),
        this.branchSlot,
        this.body,
        h('div', { class: 'actions' }, h('a', { class: 'btn btn-quiet', href: '#/' }, r.backToTitle)),
      ),
    ], focus);
    this.render(false);
    this.host.announce(`${r.viewerHeading}. ${this.position.textContent}`);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.play.setAttribute('aria-pressed', 'false');
    this.play.textContent = r.playThrough;
  }

  restage(): void {
    this.host.stage(this.state(), Math.max(0, this.step - 1), false);
  }

  private state(): GameState {
    return this.run.states[this.step] as GameState;
  }

  private go(to: number): void {
    this.step = Math.max(0, Math.min(this.last, to));
    this.render(true);
  }

  private togglePlay(): void {
    if (this.timer !== undefined) {
      this.stop();
      return;
    }
    if (this.step >= this.last) this.go(0);
    this.play.setAttribute('aria-pressed', 'true');
    this.play.textContent = r.pause;
    this.timer = setTimeout(() => this.tick(), this.host.reducedMotion() ? 1500 : 800);
  }

  private tick(): void {
    if (!this.play.isConnected || this.step >= this.last) {
      this.stop();
      return;
    }
    this.go(this.step + 1);
    this.timer = setTimeout(() => this.tick(), this.host.reducedMotion() ? 5000 : 3500);
  }

  private render(announce: boolean): void {
    const { scenario } = this.loaded;
    const { step, last } = this;
    const state = this.state();
    const record = step > 0 ? state.log[step - 1] : undefined;
    const round = record ? scenario.rounds.find((x) => x.id === record.round) : undefined;
    this.position.textContent = record ? r.viewerRound(step, scenario.rounds.length, round?.title ?? record.round) : r.viewerStart;
    const ending = step === last ? endingOf(scenario, state.ending) : undefined;
    this.body.replaceChildren(...this.stepView(state, record, ending));
    // A keyboard user's focus never falls to the page when the pressed button becomes disabled.
    const hadFocus = document.activeElement;
    this.prev.disabled = step === 0;
    this.next.disabled = step === last;
    if (hadFocus === this.next && this.next.disabled) this.prev.focus();
    else if (hadFocus === this.prev && this.prev.disabled) this.next.focus();
    const branchRound = Math.max(0, step - 1);
    this.branchSlot.replaceChildren(step < last || record
      ? branchControl(branchRound, 'viewer', () => this.host.branch(this.loaded, this.run.inputs, branchRound))
      : h('span'));
    this.host.stage(state, branchRound, record !== undefined && !this.host.reducedMotion());
    if (announce) {
      this.host.announce([this.position.textContent, ...(record ? reportAnnouncement(scenario, record, ORDER) : []), ending ? `${r.endingHeading}${t.punct.colon}${ending.title}` : ''].filter(Boolean).join(' '));
    }
  }

  /** The round shown: the ending (at the last step), the answers, changes and event, and the measures. */
  private stepView(state: GameState, record: RoundRecord | undefined, ending: ReturnType<typeof endingOf>): HTMLElement[] {
    const { scenario } = this.loaded;
    const endingCard = ending ? h('section', { class: 'card viewer-ending', 'aria-labelledby': 'viewer-ending-heading' },
      h('h2', { id: 'viewer-ending-heading', class: 'small-heading' }, r.endingHeading),
      toneBadge(scenario, ending, state.mode),
      h('p', { class: 'ending-title', 'data-ending': ending.id }, ending.title),
      h('p', null, ending.text)) : null;
    return [
      endingCard,
      record ? answersView(scenario, record, ORDER, (_side, name) => name) : null,
      record ? changesView(scenario, record) : null,
      record ? eventView(scenario, record) : null,
      record ? reportMetersView(scenario, record) : h('section', { class: 'meters-box', 'aria-labelledby': 'report-meters' },
        h('h2', { id: 'report-meters', class: 'small-heading' }, r.startMeasures), metersView(scenario, state.measures)),
    ].filter((x): x is HTMLElement => x !== null);
  }
}
