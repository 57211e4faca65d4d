/**
 * The DOM layer: screens, the accessible controls, the live region and the menu.
 * It renders from the session's snapshots and cues and sends GameInput back;
 * the stage (Phaser) and the sound are optional extras loaded later.
 */
import type { Scenario, SideId } from '../engine/schema.ts';
import type { Cue, GameState, Mode } from '../engine/types.ts';
import { ART } from '../game/art.ts';
import { settingsStore, type Settings, type SettingsStore } from '../persistence/settings.ts';
import { h, sourceLink } from './dom.ts';
import { t } from './locale/en.ts';
import { loadEngine, loadSound, loadStage, SILENT, type EngineModule, type SoundPort, type StageView } from './ports.ts';
import { answersView, changesView, eventOf, eventView, metersView, reportAnnouncement, reportMetersView } from './report-view.ts';
import { ReplayFeature } from './replay/feature.ts';
import { parseRoute } from './router.ts';
import type { Session } from './session.ts';
import {
  likelyMoves, measuresBefore, netChanges, optionForKey, otherSide, pathSummary, sideOf, speakerOf, stanceBadges,
} from './view-model.ts';

/** The scenario fields the title card needs, readable before the engine (and its validation) loads. */
export interface ScenarioCard {
  title: string;
  subtitle?: string;
  dates: string;
  place: string;
  premise: string;
  minutes: { min: number; max: number };
}

type Screen = 'title' | 'briefing' | 'pass' | 'round' | 'report' | 'ending' | 'error' | 'replay' | 'compare' | 'debrief' | 'teachers' | 'class';

export interface AppOptions {
  root: HTMLElement;
  card: ScenarioCard;
  /** The scenario JSON, validated by the engine when a game starts. */
  scenarioJson: () => Promise<unknown>;
  store?: SettingsStore;
  /** Fetch the engine, sound and stage in the background once the title is up (default true). */
  prefetch?: boolean;
}

export function startApp(options: AppOptions): void {
  new App(options);
}

const SIDES: readonly SideId[] = ['us', 'china'];

class App {
  private readonly root: HTMLElement;
  private readonly card: ScenarioCard;
  private readonly store: SettingsStore;
  private settings: Settings;
  private readonly motionQuery = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;

  private readonly live: HTMLElement;
  private readonly caption: HTMLElement;
  private readonly topbar: HTMLElement;
  private readonly layout: HTMLElement;
  private readonly stageFrame: HTMLElement;
  private readonly stageHost: HTMLElement;
  private readonly screenEl: HTMLElement;
  private readonly menu: HTMLDialogElement;
  private menuReturnFocus: HTMLElement | null = null;

  private engine: Promise<EngineModule> | null = null;
  private engineModule: EngineModule | null = null;
  private readonly replayUi: ReplayFeature;
  private scenario: Scenario | null = null;
  private session: Session | null = null;
  private sound: SoundPort = SILENT;
  private soundUnlocked = false;
  private stage: StageView | null = null;
  private stageState: 'none' | 'loading' | 'ready' | 'failed' = 'none';
  private screen: Screen = 'title';
  private renderedKey = '';
  /** Two players: the side the device has been handed to in this round. */
  private handedTo: SideId | null = null;
  private pendingSounds = new Set<'up' | 'down' | 'event'>();
  private liveTimer: ReturnType<typeof setTimeout> | undefined;
  private captionTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: AppOptions) {
    this.root = options.root;
    this.card = options.card;
    this.store = options.store ?? settingsStore();
    this.settings = this.store.load();
    this.scenarioJson = options.scenarioJson;

    this.live = h('div', { class: 'sr-only', 'aria-live': 'polite', role: 'status', id: 'live' });
    this.caption = h('p', { class: 'caption', 'aria-hidden': 'true', hidden: true });
    this.topbar = h('header', { class: 'topbar' },
      h('span', { class: 'topbar-name' }, t.appName),
      this.caption,
      h('button', { type: 'button', class: 'btn btn-quiet', onclick: () => this.openMenu() }, t.menu),
    );
    this.stageHost = h('div', { class: 'stage-host' });
    this.stageFrame = h('div', { class: 'stage-frame', hidden: true }, this.stageHost);
    this.screenEl = h('main', { class: 'screen', id: 'screen' });
    this.layout = h('div', { class: 'layout' }, this.stageFrame, this.screenEl);
    this.menu = this.buildMenu();
    this.root.replaceChildren(this.topbar, this.layout, this.live, this.menu);

    this.applySettings();
    this.motionQuery?.addEventListener('change', () => this.applySettings());
    document.addEventListener('keydown', (e) => this.onKey(e));
    const unlock = () => {
      if (this.soundUnlocked) return;
      this.soundUnlocked = true;
      this.sound.unlock();
    };
    document.addEventListener('pointerdown', unlock, { capture: true });
    document.addEventListener('keydown', unlock, { capture: true });

    this.replayUi = new ReplayFeature({
      load: async () => {
        const engine = await this.loadEngine();
        this.scenario ??= engine.openScenario(await this.scenarioJson());
        return { engine, scenario: this.scenario };
      },
      setScreen: (screen, withStage, children, focus) => {
        if (withStage) this.ensureStage();
        this.setScreen(screen, withStage, children, focus);
      },
      screen: () => this.screen,
      screenEl: this.screenEl,
      heading: (level, text) => this.heading(level, text),
      announce: (text) => this.announce(text),
      reducedMotion: () => this.reducedMotion(),
      stage: (state, index, animate) => this.showOnStage(state, index, animate),
      play: (state) => void this.startFrom(state),
      playing: () => this.session !== null && this.session.phase() !== 'ended',
      toTitle: () => this.showTitle(true),
    });
    window.addEventListener('hashchange', () => this.route(true));
    this.route(false);
    if (options.prefetch === false) return;
    // After the title is interactive: fetch the rest in the background.
    setTimeout(() => {
      void this.loadEngine().catch(() => undefined);
      void loadSound()
        .then((sound) => {
          this.sound = sound;
          this.applySoundSettings();
          if (this.soundUnlocked) sound.unlock();
          if (this.session && this.screen !== 'ending') sound.startRoom();
        })
        .catch(() => undefined);
      void import('../game/stage.ts').catch(() => undefined);
    }, 50);
  }

  private readonly scenarioJson: () => Promise<unknown>;

  private loadEngine(): Promise<EngineModule> {
    this.engine ??= loadEngine().catch((error: unknown) => {
      this.engine = null;
      throw error;
    });
    return this.engine;
  }

  // ---------- settings ----------

  private reducedMotion(): boolean {
    return this.settings.reducedMotion || (this.motionQuery?.matches ?? false);
  }

  private applySettings(): void {
    const html = document.documentElement;
    html.classList.toggle('text-large', this.settings.largeText);
    html.classList.toggle('reduce-motion', this.reducedMotion());
    this.stage?.setReducedMotion(this.reducedMotion());
    this.applySoundSettings();
  }

  private applySoundSettings(): void {
    this.sound.setMuted(!this.settings.sound);
    this.sound.setVolume(this.settings.volume);
  }

  private updateSettings(change: Partial<Settings>): void {
    this.settings = { ...this.settings, ...change };
    this.store.save(this.settings);
    this.applySettings();
    // Keep every settings form on the page in step.
    for (const form of document.querySelectorAll<HTMLElement>('[data-settings]')) this.syncSettingsForm(form);
    if ('reducedMotion' in change) this.refreshTicker();
  }

  private settingsForm(prefix: string): HTMLElement {
    const check = (key: 'sound' | 'reducedMotion' | 'largeText', label: string) => {
      const id = `${prefix}-${key}`;
      const input = h('input', { type: 'checkbox', id, 'data-key': key });
      input.addEventListener('change', () => this.updateSettings({ [key]: input.checked }));
      return h('div', { class: 'field field-check' }, input, h('label', { for: id }, label));
    };
    const volumeId = `${prefix}-volume`;
    const volume = h('input', { type: 'range', id: volumeId, min: 0, max: 100, step: 5, 'data-key': 'volume' });
    volume.addEventListener('input', () => this.updateSettings({ volume: Number(volume.value) / 100 }));
    const form = h('fieldset', { class: 'settings', 'data-settings': true },
      h('legend', null, t.settingsHeading),
      check('sound', t.sound),
      h('div', { class: 'field field-range' }, h('label', { for: volumeId }, t.volume), volume),
      check('reducedMotion', t.reducedMotion),
      check('largeText', t.largeText),
    );
    this.syncSettingsForm(form);
    return form;
  }

  private syncSettingsForm(form: HTMLElement): void {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[data-key]')) {
      const key = input.dataset.key;
      if (key === 'volume') {
        input.value = String(Math.round(this.settings.volume * 100));
        input.disabled = !this.settings.sound;
        input.setAttribute('aria-valuetext', `${Math.round(this.settings.volume * 100)}%`);
      } else if (key === 'sound' || key === 'reducedMotion' || key === 'largeText') {
        input.checked = this.settings[key];
      }
    }
  }

  // ---------- live region, captions, sound ----------

  private announce(text: string): void {
    clearTimeout(this.liveTimer);
    this.live.textContent = '';
    this.liveTimer = setTimeout(() => {
      this.live.textContent = text;
    }, 60);
  }

  private playMeaningful(cue: 'up' | 'down' | 'event' | 'ending-good' | 'ending-mixed' | 'ending-bad', caption: string): string {
    if (!this.settings.sound) return '';
    this.sound.play(cue);
    this.caption.textContent = caption;
    this.caption.hidden = false;
    clearTimeout(this.captionTimer);
    this.captionTimer = setTimeout(() => {
      this.caption.hidden = true;
    }, 6000);
    return caption;
  }

  private onCue(cue: Cue): void {
    if (cue.type === 'choice') {
      if (this.settings.sound) this.sound.play('click');
    } else if (cue.type === 'measure') {
      this.pendingSounds.add(cue.by >= 0 ? 'up' : 'down');
    } else if (cue.type === 'event') {
      this.pendingSounds.add('event');
    } else if (cue.type === 'refused') {
      this.announce(t.refused);
    }
  }

  // ---------- keyboard and menu ----------

  private onKey(e: KeyboardEvent): void {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    if (this.menu.open) return;
    if (e.key === 'Escape') {
      if (this.screen !== 'title') {
        e.preventDefault();
        this.openMenu();
      }
      return;
    }
    if (this.screen !== 'round') return;
    const target = e.target as HTMLElement | null;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')) return;
    const buttons = [...this.screenEl.querySelectorAll<HTMLButtonElement>('[data-option]')];
    const index = optionForKey(e.key, buttons.length);
    if (index === null) return;
    e.preventDefault();
    buttons[index]?.click();
  }

  private buildMenu(): HTMLDialogElement {
    const heading = h('h2', { id: 'menu-heading', class: 'menu-heading' }, t.menuHeading);
    const resume = h('button', { type: 'button', class: 'btn btn-primary', onclick: () => this.menu.close() }, t.resume);
    const toTitle = h('button', { type: 'button', class: 'btn', 'aria-describedby': 'menu-warning', onclick: () => {
      this.menu.close();
      this.endSession();
      this.showTitle(true);
    } }, t.backToTitle);
    const dialog = h('dialog', { class: 'menu', 'aria-labelledby': 'menu-heading' },
      heading,
      h('div', { class: 'menu-actions' }, resume),
      this.settingsForm('menu'),
      h('div', { class: 'menu-actions' }, toTitle, h('p', { id: 'menu-warning', class: 'hint' }, t.backToTitleWarning)),
    );
    dialog.addEventListener('close', () => {
      const back = this.menuReturnFocus;
      this.menuReturnFocus = null;
      if (back && back.isConnected && !back.closest('[hidden]')) back.focus();
      else this.focusHeading();
    });
    return dialog;
  }

  private openMenu(): void {
    if (this.menu.open) return;
    const active = document.activeElement;
    this.menuReturnFocus = active instanceof HTMLElement && active !== document.body ? active : null;
    this.syncSettingsForm(this.menu.querySelector('[data-settings]') as HTMLElement);
    this.menu.showModal();
    (this.menu.querySelector('button') as HTMLButtonElement).focus();
  }

  // ---------- routes (src/ui/router.ts) ----------

  private route(focus: boolean): void {
    const route = parseRoute(location.hash);
    switch (route.name) {
      case 'replay':
      case 'compare':
        // The replay viewer and the comparison (src/ui/replay/); a bad code leaves a game in progress as it was.
        void this.replayUi.open(route, focus);
        return;
      case 'class':
      case 'teachers':
        // Classroom pages (src/ui/classroom/); a game in progress stays in memory.
        void this.showClassroom(route.name, focus);
        return;
      default:
        // A game in progress is never ended by a change of route.
        if (!this.session || ['replay', 'compare', 'class', 'teachers'].includes(this.screen)) this.showTitle(focus);
    }
  }

  // ---------- screens ----------

  private setScreen(screen: Screen, withStage: boolean, children: HTMLElement[], focus: boolean): void {
    this.screen = screen;
    this.root.dataset.screen = screen;
    this.topbar.hidden = screen === 'title';
    this.caption.hidden = true;
    const stageOn = withStage && this.stageState !== 'failed';
    this.stageFrame.hidden = !stageOn;
    this.layout.classList.toggle('with-stage', stageOn);
    this.screenEl.replaceChildren(...children);
    this.screenEl.className = `screen screen-${screen}`;
    window.scrollTo(0, 0);
    const heading = this.screenEl.querySelector('h1')?.textContent;
    document.title = screen === 'title' || !heading ? this.initialTitle : t.pageTitle(heading);
    if (focus) this.focusHeading();
  }

  private readonly initialTitle = document.title;

  private focusHeading(): void {
    const heading = this.screenEl.querySelector<HTMLElement>('h1, h2');
    heading?.focus({ preventScroll: true });
  }

  private heading(level: 'h1' | 'h2', text: string, extra: string = ''): HTMLElement {
    return h(level, { tabindex: -1, class: `screen-heading ${extra}`.trim() }, text);
  }

  private showTitle(focus: boolean): void {
    this.renderedKey = '';
    const c = this.card;
    const mode = (m: Mode, label: string, hint: string, side: string) => {
      const hintId = `mode-${m}-hint`;
      return h('li', { class: `mode mode-${side}` },
        h('button', { type: 'button', class: 'btn btn-mode', 'aria-describedby': hintId, 'data-mode': m, onclick: () => void this.newGame(m) }, label),
        h('p', { id: hintId, class: 'hint' }, hint),
      );
    };
    const emblem = h('img', { class: 'emblem', alt: '', width: 96, height: 96, src: ART.emblem });
    this.setScreen('title', false, [
      h('div', { class: 'title-hero' },
        emblem,
        h('div', null,
          this.heading('h1', t.appName, 'title-name'),
          h('p', { class: 'tagline' }, t.tagline),
        ),
      ),
      h('div', { class: 'title-grid' },
        h('section', { class: 'card scenario-card', 'aria-labelledby': 'scenario-title' },
          h('p', { class: 'eyebrow' }, t.scenarioHeading),
          h('h2', { id: 'scenario-title' }, c.title),
          c.subtitle ? h('p', { class: 'subtitle' }, c.subtitle) : null,
          h('p', { class: 'meta' }, h('span', null, c.dates), h('span', null, c.place), h('span', null, t.minutes(c.minutes.min, c.minutes.max))),
          h('p', null, c.premise),
        ),
        h('section', { class: 'card modes', 'aria-labelledby': 'modes-heading' },
          h('h2', { id: 'modes-heading' }, t.modeHeading),
          this.replayUi.resumeSlot(),
          h('ul', { class: 'mode-list' },
            mode('us', t.modeUs, t.modeUsHint, 'us'),
            mode('china', t.modeChina, t.modeChinaHint, 'china'),
            mode('two', t.modeTwo, t.modeTwoHint, 'two'),
          ),
          // Slots for later issues: not shown until they work.
          h('div', { class: 'later-slots' },
            this.replayUi.titleSlot(),
            h('a', { class: 'btn', 'data-slot': 'teachers', href: '#/teachers' }, t.forTeachers),
          ),
        ),
        h('section', { class: 'card' }, this.settingsForm('title')),
      ),
    ], focus);
  }

  /** The classroom screens (src/ui/classroom/), loaded on demand: the debrief, the teacher's guide, class results. */
  private async showClassroom(page: 'debrief' | 'teachers' | 'class', focus: boolean): Promise<void> {
    try {
      const [room, engine] = await Promise.all([import('./classroom/index.ts'), this.loadEngine()]);
      this.scenario ??= engine.openScenario(await this.scenarioJson());
      const scenario = this.scenario;
      const heading = (text: string) => this.heading('h1', text);
      const toTitle = () => { location.hash = '#/'; };
      if (page === 'debrief') {
        const session = this.session;
        const state = session?.state();
        if (!session || !state?.ending) return;
        this.setScreen('debrief', false, [room.buildDebrief({
          scenario, state, heading, onBack: () => this.showEnding(), onPlayAgain: () => void this.newGame(session.mode),
          replay: this.replayUi.endingSection(scenario, state, engine),
          branch: (round) => this.replayUi.branchButton(scenario, state, round, engine),
        })], focus);
      } else if (parseRoute(location.hash).name === page) {
        const view = page === 'teachers'
          ? room.buildGuide({ heading, onBack: toTitle, classHref: '#/class' })
          : room.buildClassPage({ scenario, heading, onBack: toTitle, teachersHref: '#/teachers', announce: (text) => this.announce(text) });
        this.setScreen(page, false, [view], focus);
      }
    } catch (error) {
      console.warn('Linkage: the classroom page could not load.', error);
      this.showError();
    }
  }

  private showError(): void {
    this.setScreen('error', false, [this.heading('h1', t.loadFailed)], true);
    this.announce(t.loadFailed);
  }

  private async newGame(mode: Mode): Promise<void> {
    const buttons = [...this.screenEl.querySelectorAll<HTMLButtonElement>('[data-mode]')];
    for (const b of buttons) b.setAttribute('aria-busy', 'true');
    let engine: EngineModule;
    try {
      engine = await this.loadEngine();
      this.scenario ??= engine.openScenario(await this.scenarioJson());
    } catch (error) {
      console.warn('Linkage: the game could not start.', error);
      this.showError();
      return;
    }
    const seedBox = new Uint32Array(1);
    crypto.getRandomValues(seedBox);
    const seed = (seedBox[0] ?? 1) >>> 1;
    this.replayUi.forgetOrigin();
    this.begin(engine, engine.startSession(this.scenario, mode, seed));
  }

  /** A game that goes on from a state: a resumed save or a branch of a replay. */
  private async startFrom(state: GameState): Promise<void> {
    const engine = await this.loadEngine();
    this.begin(engine, engine.startSession(this.scenario as Scenario, { state }));
  }

  private begin(engine: EngineModule, session: Session): void {
    this.endSession();
    this.engineModule = engine;
    this.session = session;
    this.renderedKey = '';
    this.handedTo = null;
    session.onCue((cue) => this.onCue(cue));
    session.onChange(() => {
      this.replayUi.onSessionChange(session, engine);
      this.render();
    });
    this.ensureStage();
    this.sound.startRoom();
    this.render();
  }

  private endSession(): void {
    this.session?.stop();
    this.session = null;
    this.sound.stopRoom();
    this.pendingSounds.clear();
  }

  private ensureStage(): void {
    if (this.stageState !== 'none') return;
    this.stageState = 'loading';
    loadStage(this.stageHost, this.reducedMotion())
      .then((stage) => {
        this.stage = stage;
        this.stageState = 'ready';
        this.root.dataset.stage = 'ready'; // for tests and the benchmark: the first scene is drawn
        this.refreshStage();
      })
      .catch((error: unknown) => {
        console.warn('Linkage: the stage is unavailable; playing without it.', error);
        this.stageState = 'failed';
        this.root.dataset.stage = 'failed';
        this.stageFrame.hidden = true;
        this.layout.classList.remove('with-stage');
      });
  }

  /** Which side the device is with now, or null when no person has to choose. */
  private nextChooser(): SideId | null {
    const session = this.session;
    if (!session) return null;
    const pending = session.state().pending;
    return SIDES.find((side) => session.isPerson(side) && pending[side] === undefined) ?? null;
  }

  private render(): void {
    const session = this.session;
    if (!session) return;
    const phase = session.phase();
    const state = session.state();
    let key: string;
    if (phase === 'choosing') {
      const side = this.nextChooser();
      if (side === null) return;
      if (session.mode === 'two' && this.handedTo !== side) key = `pass:${state.round}:${side}`;
      else key = `round:${state.round}:${side}`;
    } else if (phase === 'report') key = `report:${state.round}:${state.log.length}`;
    else key = `${phase}:${state.round}`;
    if (key === this.renderedKey) return;
    this.renderedKey = key;
    const [kind] = key.split(':');
    if (kind === 'briefing') this.showBriefing();
    else if (kind === 'pass') this.showPass(this.nextChooser() as SideId);
    else if (kind === 'round') this.showRound(this.nextChooser() as SideId);
    else if (kind === 'report') this.showReport();
    else if (kind === 'ended') this.showEnding();
  }

  private refreshStage(): void {
    if (this.screen === 'replay') return this.replayUi.restage();
    if (!this.session) return;
    const state = this.session.state();
    const phase = this.session.phase();
    this.showOnStage(state, phase === 'report' ? state.log.length - 1 : state.round, phase === 'report');
  }

  /** Round `index` on the stage, and (for a report) its changes played out. */
  private showOnStage(state: GameState, index: number, report: boolean): void {
    if (!this.stage || !this.scenario) return;
    const round = this.scenario.rounds[index];
    if (!round) return;
    const speakers = round.lines.map((l) => speakerOf(this.scenario as Scenario, l.speaker));
    const last = speakers[speakers.length - 1];
    const chinaPerson = speakers.find((s) => s.side === 'china')?.index ?? 0;
    const before = measuresBefore(this.scenario, state, index);
    this.stage.show({
      scene: round.scene,
      speaker: last?.side ?? null,
      chinaPerson: Math.max(0, chinaPerson),
      meters: this.scenario.measures.map((m) => ({ id: m.id, value: before[m.id] ?? m.start })),
    });
    if (report) {
      const record = state.log[index];
      if (!record) return;
      const stage = this.stage;
      void stage.playChanges(netChanges(this.scenario, record.changes))
        .then(() => (record.event ? stage.playEvent() : undefined))
        .catch(() => undefined);
    }
  }

  // ----- briefing -----

  private showBriefing(): void {
    const scenario = this.scenario as Scenario;
    const session = this.session as Session;
    const people = SIDES.filter((s) => session.isPerson(s));
    const b = scenario.briefing;
    this.setScreen('briefing', false, [
      h('div', { class: 'briefing' },
        h('p', { class: 'eyebrow' }, scenario.title),
        this.heading('h1', t.briefingHeading),
        h('p', { class: 'lead briefing-intro' }, b.intro),
        h('div', { class: 'briefing-cols' },
        h('section', { class: 'card', 'aria-labelledby': 'timeline-heading' },
          h('h2', { id: 'timeline-heading' }, t.whereThingsStand),
          h('ol', { class: 'timeline' }, b.timeline.map((item) =>
            h('li', null,
              h('p', { class: 'timeline-date' }, item.date),
              h('p', null, item.text, ' ', sourceLink(item.source.label, item.source.url, t.opensInNewTab)),
            ))),
        ),
        h('div', null,
        people.map((sideId) => {
          const side = sideOf(scenario, sideId);
          return h('section', { class: `card side-${sideId}`, 'aria-labelledby': `goals-${sideId}` },
            h('h2', { id: `goals-${sideId}` }, t.yourGoals(side.name)),
            h('ul', { class: 'goals' }, side.goals.map((g) => h('li', null, g))),
          );
        }),
        h('section', { class: 'card', 'aria-labelledby': 'measures-heading' },
          h('h2', { id: 'measures-heading' }, t.measuresHeading),
          h('dl', { class: 'defs' }, scenario.measures.map((m) => [h('dt', null, m.label), h('dd', null, m.help)])),
        ),
        h('section', { class: 'card', 'aria-labelledby': 'issues-heading' },
          h('h2', { id: 'issues-heading' }, t.issuesHeading),
          h('dl', { class: 'defs' }, scenario.issues.map((i) => [h('dt', null, i.label), h('dd', null, i.help)])),
        ),
        ),
        ),
        h('div', { class: 'actions' },
          h('button', { type: 'button', class: 'btn btn-primary', 'data-action': 'start', onclick: () => session.send({ type: 'START' }) }, t.start),
        ),
      ),
    ], true);
    this.announce(`${t.briefingHeading}. ${b.intro}`);
  }

  // ----- pass the device -----

  private showPass(side: SideId): void {
    const scenario = this.scenario as Scenario;
    const name = sideOf(scenario, side).name;
    this.setScreen('pass', false, [
      h('div', { class: `pass side-${side}` },
        this.heading('h1', t.passHeading(name)),
        h('p', { class: 'lead' }, t.passText(name)),
        h('button', { type: 'button', class: 'btn btn-primary', 'data-action': 'ready', onclick: () => {
          this.handedTo = side;
          this.render();
        } }, t.passReady(name)),
      ),
    ], true);
    this.announce(t.passHeading(name));
  }

  // ----- round -----

  private meters(values: Record<string, number>, deltas: Record<string, number> = {}): HTMLElement {
    return metersView(this.scenario as Scenario, values, deltas);
  }

  private ticker(headlines: { outlet: string; text: string }[]): HTMLElement {
    const item = (hl: { outlet: string; text: string }) => h('li', null, h('span', { class: 'outlet' }, hl.outlet), ' ', hl.text);
    const list = h('ul', { class: 'ticker-list' }, headlines.map(item));
    const section = h('section', { class: 'ticker', 'aria-labelledby': 'ticker-heading', 'data-ticker': true },
      h('h3', { id: 'ticker-heading', class: 'small-heading' }, t.headlinesHeading),
    );
    const viewport = h('div', { class: 'ticker-viewport' }, list);
    section.append(viewport);
    if (!this.reducedMotion() && headlines.length > 0) {
      // A seamless loop: the copy is for the eye only.
      const copy = h('ul', { class: 'ticker-list', 'aria-hidden': 'true' }, headlines.map(item));
      const track = h('div', { class: 'ticker-track' }, list, copy);
      viewport.replaceChildren(track);
      viewport.classList.add('is-marquee');
      viewport.dataset.allowOverflow = 'true';
      const pause = h('button', { type: 'button', class: 'btn btn-small btn-quiet ticker-toggle', 'aria-pressed': 'false' }, t.pauseHeadlines);
      pause.addEventListener('click', () => {
        const paused = viewport.classList.toggle('is-paused');
        pause.setAttribute('aria-pressed', String(paused));
        pause.textContent = paused ? t.playHeadlines : t.pauseHeadlines;
      });
      section.append(pause);
    }
    return section;
  }

  private refreshTicker(): void {
    const old = this.screenEl.querySelector('[data-ticker]');
    if (!old || !this.session || !this.scenario) return;
    const round = this.scenario.rounds[this.session.state().round];
    if (round) old.replaceWith(this.ticker(round.headlines ?? []));
  }

  private showRound(side: SideId): void {
    const scenario = this.scenario as Scenario;
    const session = this.session as Session;
    const state = session.state();
    const round = scenario.rounds[state.round];
    if (!round) return;
    const sideInfo = sideOf(scenario, side);
    const options = session.offered(side);
    const lines = round.lines.map((line) => {
      const who = speakerOf(scenario, line.speaker);
      return h('li', { class: `line side-${who.side ?? 'none'}` },
        h('p', { class: 'line-who' }, h('span', { class: 'line-name' }, who.name), who.role ? h('span', { class: 'line-role' }, who.role) : null),
        h('p', { class: 'line-text' }, line.text),
        line.source ? h('p', { class: 'line-source' }, sourceLink(t.sourceOf(line.source.label), line.source.url, t.opensInNewTab)) : null,
      );
    });
    const buttons = options.map((option, i) => {
      const badges = stanceBadges(scenario, option);
      const moves = likelyMoves(scenario, option);
      const button = h('button', { type: 'button', class: 'option', 'data-option': option.id },
        h('span', { class: 'option-key', 'aria-hidden': 'true' }, String(i + 1)),
        h('span', { class: 'option-body' },
          h('span', { class: 'option-label' }, option.label),
          h('span', { class: 'option-text' }, option.text),
          badges.length ? h('span', { class: 'badges' }, badges.map((b) => h('span', { class: `badge badge-${b.stance}` },
            b.stance === 'link' ? t.stanceLink(b.label) : b.stance === 'separate' ? t.stanceSeparate(b.label) : t.stanceAcknowledge(b.label)))) : null,
          moves.length ? h('span', { class: 'moves' },
            h('span', { class: 'moves-label' }, t.likelyMoves),
            moves.map((m) => h('span', { class: `move is-${m.direction}` },
              h('span', { 'aria-hidden': 'true' }, m.direction === 'up' ? '▲ ' : '▼ '),
              h('span', { class: 'sr-only' }, `${m.direction === 'up' ? t.up : t.down}: `),
              m.label))) : null,
        ),
      );
      button.addEventListener('click', () => {
        for (const b of this.screenEl.querySelectorAll<HTMLButtonElement>('[data-option]')) b.disabled = true;
        session.send({ type: 'CHOOSE', side, option: option.id });
      });
      return button;
    });
    const optionsHeading = session.mode === 'two' ? t.optionsFor(sideInfo.name) : t.yourOptions;
    this.setScreen('round', true, [
      h('div', { class: 'round' },
        h('header', { class: 'round-head' },
          h('p', { class: 'eyebrow' }, t.roundOf(state.round + 1, scenario.rounds.length), ' · ', sideInfo.name),
          this.heading('h1', round.title),
          h('p', { class: 'meta' }, h('span', null, round.date), h('span', null, round.place)),
          h('p', { class: 'setting' }, round.setting),
        ),
        this.stageState === 'failed' ? h('p', { class: 'hint' }, t.stageUnavailable) : null,
        h('section', { class: 'dialogue', 'aria-labelledby': 'dialogue-heading' },
          h('h2', { id: 'dialogue-heading', class: 'small-heading' }, t.dialogueHeading),
          h('ol', { class: 'lines' }, lines),
        ),
        round.headlines?.length ? this.ticker(round.headlines) : null,
        h('section', { class: 'meters-box', 'aria-labelledby': 'meters-heading' },
          h('h2', { id: 'meters-heading', class: 'small-heading' }, t.measuresShort),
          this.meters(state.measures),
        ),
        h('section', { class: 'options-box', 'aria-labelledby': 'options-heading' },
          h('h2', { id: 'options-heading', class: 'small-heading' }, optionsHeading),
          h('div', { role: 'group', 'aria-label': t.yourOptions, class: 'options' }, buttons),
        ),
      ),
    ], true);
    this.refreshStage();
    this.announce([
      `${t.roundOf(state.round + 1, scenario.rounds.length)}: ${round.title}. ${round.setting}`,
      ...round.lines.map((l) => t.saidBy(speakerOf(scenario, l.speaker).name, l.text)),
    ].join(' '));
  }

  // ----- report -----

  private showReport(): void {
    const scenario = this.scenario as Scenario;
    const session = this.session as Session;
    const state = session.state();
    const record = state.log[state.log.length - 1];
    if (!record) return;
    const round = scenario.rounds.find((r) => r.id === record.round);
    const persons = SIDES.filter((s) => session.isPerson(s));
    // Show the other side first (the answer); in two-player mode, both.
    const order: SideId[] = session.mode === 'two' ? ['us', 'china'] : [otherSide(persons[0] ?? 'us'), persons[0] ?? 'us'];
    const event = eventOf(scenario, record);
    const net = netChanges(scenario, record.changes);
    const last = state.round >= scenario.rounds.length;
    this.setScreen('report', true, [
      h('div', { class: 'report' },
        h('p', { class: 'eyebrow' }, round?.date ?? ''),
        this.heading('h1', t.reportHeading(round?.title ?? record.round)),
        answersView(scenario, record, order, (side, name) =>
          session.isPerson(side) && session.mode !== 'two' ? t.yourAnswer(name) : t.theirAnswer(name)),
        changesView(scenario, record),
        eventView(scenario, record),
        reportMetersView(scenario, record),
        h('div', { class: 'actions' },
          h('button', { type: 'button', class: 'btn btn-primary', 'data-action': 'continue', onclick: () => {
            this.handedTo = null;
            session.send({ type: 'NEXT' });
          } }, last ? t.toEnding : t.continue),
        ),
      ),
    ], true);
    this.refreshStage();
    // Sound and its captions, then the whole report for screen readers.
    const captions: string[] = [];
    const up = net.some((n) => n.by > 0);
    const down = net.some((n) => n.by < 0);
    if (up) captions.push(this.playMeaningful('up', t.captionUp));
    else if (down) captions.push(this.playMeaningful('down', t.captionDown));
    if (event) captions.push(this.playMeaningful('event', t.captionEvent));
    this.pendingSounds.clear();
    this.announce([...reportAnnouncement(scenario, record, order), ...captions].filter(Boolean).join(' '));
  }

  // ----- ending -----

  private showEnding(): void {
    const scenario = this.scenario as Scenario;
    const session = this.session as Session;
    const state = session.state();
    const ending = scenario.endings.find((e) => e.id === state.ending) ?? scenario.endings[scenario.endings.length - 1];
    if (!ending) return;
    const tone = ending.tone;
    const path = pathSummary(scenario, state.log);
    const mode = session.mode;
    const engine = this.engineModule;
    this.setScreen('ending', false, [
      h('div', { class: 'ending' },
        h('p', { class: `tone tone-${tone}` }, h('span', { class: 'tone-icon', 'aria-hidden': 'true' }, t.toneIcon[tone]), ' ', t.tone[tone]),
        this.heading('h1', ending.title),
        h('p', { class: 'lead' }, ending.text),
        h('section', { class: 'card', 'aria-labelledby': 'history-heading' },
          h('h2', { id: 'history-heading' }, t.whatHappenedReally),
          h('p', null, ending.history),
          h('h3', { class: 'small-heading' }, t.sourcesHeading),
          h('ul', { class: 'sources' }, ending.sources.map((s) => h('li', null, sourceLink(s.label, s.url, t.opensInNewTab)))),
        ),
        h('section', { class: 'card', 'aria-labelledby': 'final-heading' },
          h('h2', { id: 'final-heading' }, t.finalMeasures),
          this.meters(state.measures),
        ),
        h('section', { class: 'card', 'aria-labelledby': 'path-heading' },
          h('h2', { id: 'path-heading' }, t.pathHeading),
          h('ol', { class: 'path' }, path.map((p, i) => h('li', null,
            h('p', { class: 'path-round' }, p.round),
            h('p', { class: 'path-choice side-us' }, h('span', { class: 'path-side' }, `${sideOf(scenario, 'us').short}:`), h('span', null, ` ${p.us}`)),
            h('p', { class: 'path-choice side-china' }, h('span', { class: 'path-side' }, `${sideOf(scenario, 'china').short}:`), h('span', null, ` ${p.china}`)),
            engine ? this.replayUi.branchButton(scenario, state, i, engine) : null,
          ))),
        ),
        engine ? this.replayUi.endingSection(scenario, state, engine) : null,
        h('div', { class: 'actions' },
          h('button', { type: 'button', class: 'btn btn-primary', 'data-action': 'debrief', onclick: () => void this.showClassroom('debrief', true) }, t.classroom.openDebrief),
          h('button', { type: 'button', class: 'btn', 'data-action': 'again', onclick: () => void this.newGame(mode) }, t.playAgain),
          h('button', { type: 'button', class: 'btn', onclick: () => {
            this.endSession();
            this.showTitle(true);
          } }, t.backToTitle),
        ),
      ),
    ], true);
    this.sound.stopRoom();
    const caption = this.playMeaningful(`ending-${tone}`, t.captionEnding[tone]);
    this.announce([t.endingAnnounce(ending.title, t.tone[tone]), ending.text, caption].filter(Boolean).join(' '));
  }
}
