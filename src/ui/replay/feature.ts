/**
 * Issue 5 in the browser: the replay link on the ending, "Open a replay", the
 * replay viewer, branching from any round, the comparison of two runs, and
 * save and resume. App (app.ts) hands over a small host; everything that
 * decodes or replays comes from the lazily loaded engine chunk.
 */
import type { Scenario, SideId } from '../../engine/schema.ts';
import { toneFor, type GameState, type Tone } from '../../engine/types.ts';
import type { ReplayInputs } from '../../engine/replay/index.ts';
import { safeStorage, type SafeStorage } from '../../persistence/storage.ts';
import { h } from '../dom.ts';
import { t } from '../locale/en.ts';
import type { EngineModule } from '../ports.ts';
import { answersView, changesView, eventView, metersView, reportAnnouncement, reportMetersView } from '../report-view.ts';
import { parseRoute, type Route } from '../router.ts';
import type { Session } from '../session.ts';
import { peopleOf } from '../turn.ts';
import { pathSummary, sideOf } from '../view-model.ts';

function toneLine(tone: Tone): HTMLElement {
  return h('p', { class: `tone tone-${tone}` }, h('span', { class: 'tone-icon', 'aria-hidden': 'true' }, t.toneIcon[tone]), ' ', t.tone[tone]);
}
import { lineChart } from '../chart.ts';

const r = t.replay;

export interface ReplayHost {
  /** The engine and the validated scenario (loads them if needed). */
  load(): Promise<{ engine: EngineModule; scenario: Scenario }>;
  setScreen(screen: 'replay' | 'compare', withStage: boolean, children: HTMLElement[], focus: boolean): void;
  screen(): string;
  screenEl: HTMLElement;
  heading(level: 'h1' | 'h2', text: string): HTMLElement;
  announce(text: string): void;
  reducedMotion(): boolean;
  /** Shows round `index` of `state` on the stage (if there is one), playing its changes when `animate`. */
  stage(state: GameState, index: number, animate: boolean): void;
  /** Starts a live game that goes on from this state. */
  play(state: GameState): void;
  /** Whether a live game is in progress (not ended). */
  playing(): boolean;
  toTitle(): void;
}

type Decoded = { ok: true; inputs: ReplayInputs; states: GameState[]; code: string } | { ok: false; message: string };

export class ReplayFeature {
  private readonly storage: SafeStorage = safeStorage();
  private savedKey = '';
  /** The code of the game a live branch came from: kept for "Compare with the original". */
  private origin: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** A message for the title: a bad code from a link, or an unreadable save. */
  private titleAlert: { text: string; code: string } | null = null;

  /** Shows the viewer's current round again (when the stage becomes ready after the viewer opened). */
  restage: () => void = () => undefined;

  constructor(private readonly host: ReplayHost) {}

  // ---------- codes ----------

  private async decode(text: string): Promise<Decoded> {
    const { engine, scenario } = await this.host.load();
    const { replay } = engine;
    try {
      const code = replay.stripLink(text);
      if (!code) return { ok: false, message: r.empty };
      const inputs = replay.decodeReplay(code, new Map([[scenario.id, scenario]]));
      return { ok: true, inputs, states: replay.replayStates(scenario, inputs), code };
    } catch (error) {
      return { ok: false, message: replay.isReplayError(error) ? error.message : 'This replay code could not be read.' };
    }
  }

  private link(code: string): string {
    return `${location.href.split('#')[0] ?? ''}#/replay/${code}`;
  }

  // ---------- save and resume ----------

  /**
   * After every change of a live game: save after each round and each choice a
   * person makes (so a reload between two players' turns keeps the first
   * choice), clear the save when it ends. Never throws.
   */
  onSessionChange(session: Session, engine: EngineModule): void {
    try {
      const state = session.state();
      const chosen = peopleOf(session).filter((side) => state.pending[side] !== undefined);
      const key = `${state.seed}:${state.log.length}:${chosen.join(',')}:${state.ending ?? ''}`;
      if (key === this.savedKey) return;
      this.savedKey = key;
      if (state.ending !== null) engine.clearSave(this.storage);
      else if (state.log.length > 0 || chosen.length > 0) engine.saveGame(this.storage, state, session.scenario);
    } catch (error) {
      console.warn('Linkage: the game could not be saved; the replay code still works.', error);
    }
  }

  /** A new game from the title: not a branch. */
  forgetOrigin(): void {
    this.origin = null;
  }

  // ---------- the title ----------

  /** The title's "Resume" slot, filled once the engine has read the save (hidden when there is none). */
  resumeSlot(): HTMLElement {
    const resume = h('div', { class: 'resume-slot', 'data-slot': 'resume', hidden: true });
    void this.fillResume(resume);
    return resume;
  }

  /** The title's "Open a replay" form. */
  titleSlot(): HTMLElement {
    // Back on the title (by the menu, or after a bad link): a reload should not reopen the replay.
    const name = parseRoute(location.hash).name;
    if (name === 'replay' || name === 'compare') history.replaceState(null, '', location.href.split('#')[0] ?? '');
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

  private async fillResume(slot: HTMLElement): Promise<void> {
    let loaded: { engine: EngineModule; scenario: Scenario };
    try {
      loaded = await this.host.load();
    } catch {
      return;
    }
    const { engine, scenario } = loaded;
    const save = engine.loadSave(this.storage, new Map([[scenario.id, scenario]]));
    if (!slot.isConnected || save === null) return;
    if (!save.ok) {
      slot.replaceChildren(h('p', { class: 'replay-alert', role: 'alert' }, save.reason));
      slot.hidden = false;
      return;
    }
    let state: GameState;
    try {
      state = engine.withSavedChoices(scenario, engine.replay.replayGame(scenario, save.inputs), save.pending);
    } catch {
      return;
    }
    const button = h('button', { type: 'button', class: 'btn btn-primary', 'data-action': 'resume', 'aria-describedby': 'resume-hint', onclick: () => {
      this.origin = null;
      this.host.play(state);
    } }, r.resumeLabel(state.round + 1, scenario.rounds.length));
    slot.replaceChildren(button, h('p', { id: 'resume-hint', class: 'hint' }, r.resumeHint(r.modeName[state.mode] ?? state.mode)));
    slot.hidden = false;
  }

  private async openPasted(text: string, alert: HTMLElement): Promise<void> {
    alert.textContent = '';
    const decoded = await this.decode(text);
    if (!decoded.ok) {
      alert.textContent = decoded.message;
      return;
    }
    const hash = `#/replay/${decoded.code}`;
    if (location.hash === hash) this.showViewer(decoded, true);
    else location.hash = hash;
  }

  // ---------- routes ----------

  async open(route: Extract<Route, { name: 'replay' } | { name: 'compare' }>, focus: boolean): Promise<void> {
    this.stopPlaying();
    if (route.name === 'replay') {
      const decoded = await this.decode(route.code);
      if (decoded.ok) this.showViewer(decoded, focus);
      else this.refuse(decoded.message, route.code);
      return;
    }
    const [a, b] = await Promise.all([this.decode(route.a), this.decode(route.b)]);
    if (!a.ok) this.refuse(a.message, route.a);
    else if (!b.ok) this.refuse(b.message, route.b);
    else await this.showCompare(a, b, focus);
  }

  /** A bad code: said in an alert; a game in progress is left exactly as it was. */
  private refuse(message: string, code: string): void {
    if (this.host.playing()) {
      this.host.screenEl.querySelector('.replay-alert-box')?.remove();
      this.host.screenEl.prepend(h('div', { class: 'card replay-alert-box' }, h('p', { class: 'replay-alert', role: 'alert' }, message)));
      return;
    }
    this.titleAlert = { text: message, code };
    this.host.toTitle();
  }

  // ---------- the ending ----------

  /** The ending's replay link with a copy button, and "Compare with the original" for a branch. */
  endingSection(scenario: Scenario, state: GameState, engine: EngineModule): HTMLElement {
    const code = engine.replay.encodeReplay(scenario, state);
    const id = 'replay-link';
    const field = h('input', { type: 'text', id, class: 'text-input replay-link', readonly: true, value: this.link(code), 'aria-describedby': 'replay-link-hint' });
    field.addEventListener('focus', () => field.select());
    const copy = h('button', { type: 'button', class: 'btn', 'data-action': 'copy-link' }, r.copy);
    copy.addEventListener('click', () => void this.copy(field));
    const origin = this.origin;
    return h('section', { class: 'card replay-share', 'aria-labelledby': 'replay-heading' },
      h('h2', { id: 'replay-heading' }, r.viewerHeading),
      h('label', { for: id }, r.linkLabel),
      h('div', { class: 'open-replay-row' }, field, copy),
      h('p', { id: 'replay-link-hint', class: 'hint' }, r.linkHint),
      h('div', { class: 'actions' },
        h('a', { class: 'btn', href: `#/replay/${code}` }, r.watch),
        origin && origin !== code ? h('a', { class: 'btn btn-primary', href: `#/compare/${origin}/${code}`, 'data-action': 'compare' }, r.compareWithOriginal) : null,
      ),
    );
  }

  private async copy(field: HTMLInputElement): Promise<void> {
    try {
      await navigator.clipboard.writeText(field.value);
      this.host.announce(r.copied);
    } catch {
      field.focus();
      field.select();
      this.host.announce(r.copyManual);
    }
  }

  /** "Try a different choice here" for round `round` (0-based) of a game or replay. */
  branchButton(scenario: Scenario, state: GameState, round: number, engine: EngineModule): HTMLElement {
    const hintId = `branch-hint-${round}`;
    return h('span', { class: 'branch' },
      h('button', { type: 'button', class: 'btn btn-small', 'data-branch': round, 'aria-describedby': hintId, onclick: () => {
        const inputs = engine.replay.inputsOfGame(state);
        this.branch(engine, scenario, inputs, round);
      } }, r.branchHere),
      h('span', { id: hintId, class: 'sr-only' }, r.branchHint(round + 1)),
    );
  }

  private branch(engine: EngineModule, scenario: Scenario, inputs: ReplayInputs, round: number): void {
    this.stopPlaying();
    const full = engine.replay.replayGame(scenario, inputs);
    this.origin = engine.replay.encodeReplay(scenario, full);
    const start = engine.replay.replayGame(scenario, engine.replay.truncateInputs(inputs, round));
    // The page now holds a live game, not the replay: drop the route without a hashchange.
    history.replaceState(null, '', location.href.split('#')[0] ?? '');
    this.host.play(start);
  }

  // ---------- the viewer ----------

  private stopPlaying(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private showViewer(run: Extract<Decoded, { ok: true }>, focus: boolean): void {
    void this.host.load().then(({ engine, scenario }) => {
      const last = run.states.length - 1;
      let step = 0;
      const body = h('div', { class: 'viewer-body', 'aria-live': 'off' });
      const position = h('p', { class: 'eyebrow viewer-position' });
      const prev = h('button', { type: 'button', class: 'btn', 'data-action': 'previous' }, r.previous);
      const next = h('button', { type: 'button', class: 'btn btn-primary', 'data-action': 'next' }, r.next);
      const play = h('button', { type: 'button', class: 'btn', 'aria-pressed': 'false', 'data-action': 'play' }, r.playThrough);
      const branchSlot = h('div', { class: 'viewer-branch' });
      const order: SideId[] = ['us', 'china'];
      const render = (announce: boolean) => {
        const state = run.states[step] as GameState;
        const record = step > 0 ? state.log[step - 1] : undefined;
        const round = record ? scenario.rounds.find((x) => x.id === record.round) : undefined;
        position.textContent = record ? r.viewerRound(step, scenario.rounds.length, round?.title ?? record.round) : r.viewerStart;
        const ending = step === last && state.ending ? scenario.endings.find((e) => e.id === state.ending) : undefined;
        const endingCard = ending ? h('section', { class: 'card viewer-ending', 'aria-labelledby': 'viewer-ending-heading' },
          h('h2', { id: 'viewer-ending-heading', class: 'small-heading' }, r.endingHeading),
          toneLine(toneFor(ending, state.mode)),
          h('p', { class: 'ending-title', 'data-ending': ending.id }, ending.title),
          h('p', null, ending.text)) : null;
        body.replaceChildren(...[
          endingCard,
          record ? answersView(scenario, record, order, (_side, name) => name) : null,
          record ? changesView(scenario, record) : null,
          record ? eventView(scenario, record) : null,
          record ? reportMetersView(scenario, record) : h('section', { class: 'meters-box', 'aria-labelledby': 'report-meters' },
            h('h2', { id: 'report-meters', class: 'small-heading' }, r.startMeasures), metersView(scenario, state.measures)),
        ].filter((x): x is HTMLElement => x !== null));
        // A keyboard user's focus never falls to the page when the pressed button becomes disabled.
        const hadFocus = document.activeElement;
        prev.disabled = step === 0;
        next.disabled = step === last;
        if (hadFocus === next && next.disabled) prev.focus();
        else if (hadFocus === prev && prev.disabled) next.focus();
        const branchRound = Math.max(0, step - 1);
        branchSlot.replaceChildren(step < last || record
          ? this.branchButtonFor(engine, scenario, run.inputs, branchRound)
          : h('span'));
        this.restage = () => this.host.stage(state, Math.max(0, step - 1), false);
        this.host.stage(state, Math.max(0, step - 1), record !== undefined && !this.host.reducedMotion());
        if (announce) {
          this.host.announce([position.textContent, ...(record ? reportAnnouncement(scenario, record, order) : []), ending ? `${r.endingHeading}: ${ending.title}` : ''].filter(Boolean).join(' '));
        }
      };
      const go = (to: number) => {
        step = Math.max(0, Math.min(last, to));
        render(true);
      };
      prev.addEventListener('click', () => {
        stop();
        go(step - 1);
      });
      next.addEventListener('click', () => {
        stop();
        go(step + 1);
      });
      const stop = () => {
        this.stopPlaying();
        play.setAttribute('aria-pressed', 'false');
        play.textContent = r.playThrough;
      };
      const tick = () => {
        if (!play.isConnected || step >= last) {
          stop();
          return;
        }
        go(step + 1);
        this.timer = setTimeout(tick, this.host.reducedMotion() ? 5000 : 3500);
      };
      play.addEventListener('click', () => {
        if (this.timer !== undefined) {
          stop();
          return;
        }
        if (step >= last) go(0);
        play.setAttribute('aria-pressed', 'true');
        play.textContent = r.pause;
        this.timer = setTimeout(tick, this.host.reducedMotion() ? 1500 : 800);
      });
      const mode = r.modeName[run.inputs.mode] ?? run.inputs.mode;
      this.host.setScreen('replay', true, [
        h('div', { class: 'viewer' },
          h('p', { class: 'eyebrow' }, scenario.title, ' · ', mode),
          this.host.heading('h1', r.viewerHeading),
          position,
          h('div', { class: 'viewer-controls', role: 'group', 'aria-label': r.viewerHeading }, prev, next, play),
          branchSlot,
          body,
          h('div', { class: 'actions' }, h('a', { class: 'btn btn-quiet', href: '#/' }, r.backToTitle)),
        ),
      ], focus);
      render(false);
      this.host.announce(`${r.viewerHeading}. ${position.textContent}`);
    });
  }

  private branchButtonFor(engine: EngineModule, scenario: Scenario, inputs: ReplayInputs, round: number): HTMLElement {
    const hintId = `branch-hint-viewer`;
    return h('span', { class: 'branch' },
      h('button', { type: 'button', class: 'btn', 'data-branch': round, 'aria-describedby': hintId, onclick: () => this.branch(engine, scenario, inputs, round) }, r.branchHere),
      h('span', { id: hintId, class: 'hint' }, r.branchHint(round + 1)),
    );
  }

  // ---------- the comparison ----------

  private async showCompare(a: Extract<Decoded, { ok: true }>, b: Extract<Decoded, { ok: true }>, focus: boolean): Promise<void> {
    const { scenario } = await this.host.load();
    const origin = this.origin;
    const nameA = origin === a.code ? r.original : r.runA;
    const nameB = origin === a.code ? r.branch : r.runB;
    const finalA = a.states[a.states.length - 1] as GameState;
    const finalB = b.states[b.states.length - 1] as GameState;
    const pathA = pathSummary(scenario, finalA.log);
    const pathB = pathSummary(scenario, finalB.log);
    const rounds = Math.max(pathA.length, pathB.length);
    const us = sideOf(scenario, 'us').short;
    const china = sideOf(scenario, 'china').short;
    const cell = (p: { us: string; china: string } | undefined) => p
      ? h('td', null, h('span', { class: 'cmp-choice side-us' }, `${us}: ${p.us}`), h('span', { class: 'cmp-choice side-china' }, `${china}: ${p.china}`))
      : h('td', null, '—');
    const rows = Array.from({ length: rounds }, (_, i) => {
      const pa = pathA[i];
      const pb = pathB[i];
      const same = pa !== undefined && pb !== undefined && finalA.log[i]?.choices.us === finalB.log[i]?.choices.us && finalA.log[i]?.choices.china === finalB.log[i]?.choices.china;
      return h('tr', { class: same ? 'is-same' : 'is-different' },
        h('th', { scope: 'row' }, h('span', { class: 'cmp-round' }, `${i + 1}. ${pa?.round ?? pb?.round ?? ''}`), h('span', { class: 'cmp-mark' }, same ? r.same : r.differs)),
        cell(pa), cell(pb),
      );
    });
    const series = (states: GameState[], measure: string) => states.map((s) => s.measures[measure] ?? 0);
    const stepLabel = (i: number) => (i === 0 ? r.start : String(i));
    const charts = scenario.measures.map((m) => {
      const va = series(a.states, m.id);
      const vb = series(b.states, m.id);
      const steps = Math.max(va.length, vb.length);
      return h('figure', { class: 'card cmp-chart' },
        h('figcaption', { class: 'small-heading' }, m.label),
        lineChart([{ id: 'a', label: nameA, values: va }, { id: 'b', label: nameB, values: vb }], {
          title: r.chartLabel(m.label, nameA, nameB),
          columns: Array.from({ length: steps }, (_, i) => stepLabel(i)),
          columnNames: Array.from({ length: steps }, (_, i) => stepLabel(i)),
          tableCaption: r.tableCaption(m.label),
          measureHeader: r.round,
          withTable: false, // the table below, in <details>, has both runs by round
        }),
        h('details', { class: 'cmp-table-details' },
          h('summary', null, r.tableCaption(m.label)),
          h('table', { class: 'cmp-table' },
            h('caption', { class: 'sr-only' }, r.tableCaption(m.label)),
            h('thead', null, h('tr', null, h('th', { scope: 'col' }, r.round), h('th', { scope: 'col' }, nameA), h('th', { scope: 'col' }, nameB))),
            h('tbody', null, Array.from({ length: steps }, (_, i) => h('tr', null,
              h('th', { scope: 'row' }, stepLabel(i)), h('td', null, va[i] ?? '—'), h('td', null, vb[i] ?? '—')))),
          ),
        ),
      );
    });
    const endingCard = (name: string, state: GameState, cls: string) => {
      const ending = state.ending ? scenario.endings.find((e) => e.id === state.ending) : undefined;
      return h('section', { class: `card cmp-ending ${cls}`, 'aria-label': `${name}: ${ending?.title ?? r.notFinished}` },
        h('h3', { class: 'small-heading' }, name),
        ending ? toneLine(toneFor(ending, state.mode)) : null,
        h('p', { class: 'ending-title', 'data-ending': ending?.id ?? '' }, ending?.title ?? r.notFinished),
        h('p', null, h('a', { href: `#/replay/${cls === 'run-a' ? a.code : b.code}` }, r.watch)),
      );
    };
    this.host.setScreen('compare', false, [
      h('div', { class: 'compare' },
        h('p', { class: 'eyebrow' }, scenario.title),
        this.host.heading('h1', r.compareHeading),
        h('section', { class: 'cmp-endings', 'aria-labelledby': 'cmp-endings-heading' },
          h('h2', { id: 'cmp-endings-heading' }, r.endingsHeading),
          h('div', { class: 'cmp-ending-pair' }, endingCard(nameA, finalA, 'run-a'), endingCard(nameB, finalB, 'run-b')),
        ),
        h('section', { class: 'card', 'aria-labelledby': 'cmp-choices-heading' },
          h('h2', { id: 'cmp-choices-heading' }, r.choicesHeading),
          h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-labelledby': 'cmp-choices-heading' },
            h('table', { class: 'cmp-choices' },
              h('thead', null, h('tr', null,
                h('th', { scope: 'col' }, r.round), h('th', { scope: 'col' }, nameA), h('th', { scope: 'col' }, nameB))),
              h('tbody', null, rows),
            ),
          ),
        ),
        h('section', { 'aria-labelledby': 'cmp-measures-heading' },
          h('h2', { id: 'cmp-measures-heading' }, r.measuresHeading),
          h('p', { class: 'hint cmp-legend' },
            h('span', { class: 'legend-a', 'aria-hidden': 'true' }, '●—'), ` ${nameA}  `,
            h('span', { class: 'legend-b', 'aria-hidden': 'true' }, '■- -'), ` ${nameB}`),
          h('div', { class: 'cmp-charts' }, charts),
        ),
        h('div', { class: 'actions' }, h('a', { class: 'btn btn-quiet', href: '#/' }, r.backToTitle)),
      ),
    ], focus);
    const title = (state: GameState) => scenario.endings.find((e) => e.id === state.ending)?.title ?? r.notFinished;
    this.host.announce(`${r.compareHeading}. ${nameA}: ${title(finalA)}. ${nameB}: ${title(finalB)}.`);
  }
}
