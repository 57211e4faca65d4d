/**
 * The DOM layer's coordinator: it owns the session, the settings, the stage
 * and the screen, and decides which screen shows. Each screen's DOM is built
 * in src/ui/screens/; the menu, keys, announcements and sound cues have their
 * own modules. It renders from the session's snapshots and cues and sends
 * GameInput back; the stage (Phaser) and the sound are optional extras loaded later.
 */
import type { Scenario, SideId } from '../engine/schema.ts';
import type { GameState, Mode } from '../engine/types.ts';
import { settingsStore, type SettingsStore } from '../persistence/settings.ts';
import { Announcer } from './announcer.ts';
import { handleKey } from './keyboard.ts';
import { t } from './locale/en.ts';
import { GameMenu } from './menu.ts';
import { loadEngine, type EngineModule } from './ports.ts';
import { ReplayFeature } from './replay/feature.ts';
import { savedGame } from './offline/resume.ts';
import { Updates } from './offline/updates.ts';
import { parseRoute } from './router.ts';
import { showBriefing } from './screens/briefing.ts';
import { classroomPage, type ClassroomPage } from './screens/classroom.ts';
import { showEnding, type ReplayParts } from './screens/ending.ts';
import { screenHeading } from './screens/heading.ts';
import type { ScreenHost } from './screens/host.ts';
import { showPass } from './screens/pass.ts';
import { showReport } from './screens/report.ts';
import { showRound } from './screens/round.ts';
import { refreshTicker } from './screens/ticker.ts';
import { titleScreen, type ScenarioCard } from './screens/title.ts';
import type { Session } from './session.ts';
import { SettingsController } from './settings-controller.ts';
import { Shell } from './shell.ts';
import { SoundCues } from './sound-cues.ts';
import { SoundSlot } from './sound-slot.ts';
import { StageSlot } from './stage-slot.ts';
import { nextChooser, screenKey } from './turn.ts';

export type { ScenarioCard } from './screens/title.ts';

type Screen = 'title' | 'briefing' | 'pass' | 'round' | 'report' | 'ending' | 'error' | 'replay' | 'compare' | 'debrief' | 'teachers' | 'class';

export interface AppOptions {
  root: HTMLElement;
  card: ScenarioCard;
  /** The scenario JSON, validated by the engine when a game starts. */
  scenarioJson: () => Promise<unknown>;
  store?: SettingsStore;
}

export function startApp(options: AppOptions): void {
  new App(options);
}

class App {
  private readonly root: HTMLElement;
  private readonly card: ScenarioCard;
  private readonly settings: SettingsController;

  private readonly announcer = new Announcer();
  private readonly sound: SoundSlot;
  private readonly cues: SoundCues;
  private readonly stage: StageSlot;
  private readonly menu: GameMenu;
  private readonly shell: Shell;
  private readonly screenEl: HTMLElement;
  private readonly scenarioJson: () => Promise<unknown>;
  /** The service worker: offline play, and new versions applied between screens. */
  private readonly updates = new Updates();

  /** What the game's screens may do: show themselves, speak, stage, sound. */
  private readonly screens: ScreenHost = {
    show: (screen, withStage, children) => this.setScreen(screen, withStage, children, true),
    announce: (text) => this.announcer.announce(text),
    refreshStage: () => this.refreshStage(),
    playMeaningful: (cue, caption) => this.cues.playMeaningful(cue, caption),
    stopRoom: () => this.sound.stopRoom(),
  };

  private engine: Promise<EngineModule> | null = null;
  private engineModule: EngineModule | null = null;
  private readonly replayUi: ReplayFeature;
  private scenario: Scenario | null = null;
  private session: Session | null = null;
  private screen: Screen = 'title';
  private renderedKey = '';
  /** Two players: the side the device has been handed to in this round. */
  private handedTo: SideId | null = null;

  constructor(options: AppOptions) {
    this.root = options.root;
    this.card = options.card;
    this.settings = new SettingsController(options.store ?? settingsStore(), {
      applied: () => {
        this.stage.setReducedMotion(this.settings.reducedMotion());
        this.sound.applySettings();
      },
      motionChanged: () => this.refreshTicker(),
    });
    this.scenarioJson = options.scenarioJson;
    this.sound = new SoundSlot(() => this.settings.current);
    this.cues = new SoundCues({ soundOn: () => this.settings.current.sound, sound: this.sound, announcer: this.announcer });

    this.stage = new StageSlot({
      reducedMotion: () => this.settings.reducedMotion(),
      ready: () => {
        this.root.dataset.stage = 'ready'; // for tests and the benchmark: the first scene is drawn
        this.refreshStage();
        this.afterStage();
      },
      failed: () => {
        this.root.dataset.stage = 'failed';
        this.shell.dropStage();
        this.afterStage();
      },
    });
    this.menu = new GameMenu({
      settingsForm: (prefix) => this.settings.form(prefix),
      syncSettings: (form) => this.settings.sync(form),
      backToTitle: () => {
        this.endSession();
        this.showTitle(true);
      },
      focusHeading: () => this.shell.focusHeading(),
    });
    this.shell = new Shell(this.root, {
      caption: this.announcer.caption,
      stageFrame: this.stage.frame,
      live: this.announcer.live,
      menu: this.menu.dialog,
      openMenu: () => this.menu.open(),
    });
    this.screenEl = this.shell.screenEl;

    this.settings.start();
    document.addEventListener('keydown', (e) => handleKey(e, {
      menuOpen: () => this.menu.isOpen,
      openMenu: () => this.menu.open(),
      screen: () => this.screen,
      screenEl: this.screenEl,
    }));
    this.sound.unlockOnFirstGesture();

    this.replayUi = new ReplayFeature({
      load: () => this.loadGame(),
      setScreen: (screen, withStage, children, focus) => {
        if (withStage) this.stage.ensure();
        this.setScreen(screen, withStage, children, focus);
      },
      screen: () => this.screen,
      screenEl: this.screenEl,
      heading: (level, text) => screenHeading(level, text),
      announce: (text) => this.announcer.announce(text),
      reducedMotion: () => this.settings.reducedMotion(),
      stage: (state, index, animate) => this.showOnStage(state, index, animate),
      play: (state) => void this.startFrom(state),
      playing: () => this.session !== null && this.session.phase() !== 'ended',
      toTitle: () => this.showTitle(true),
    });
    window.addEventListener('hashchange', () => this.route(true));
    this.root.before(this.updates.notice);
    this.route(false);
    if (this.updates.takeResume()) void this.resumeAfterUpdate();
  }

  /** Back to the round the game was in when the page reloaded into a new version. */
  private async resumeAfterUpdate(): Promise<void> {
    try {
      const { scenario, engine } = await this.loadGame();
      const state = savedGame(engine, scenario);
      if (state && !this.session) await this.startFrom(state);
    } catch (error) {
      console.warn('Linkage: the saved game could not resume; it is offered on the title.', error);
    }
  }

  /**
   * Whether reloading into a new version before `screen` loses nothing, and
   * whether the saved game then resumes: only at the start of a round already
   * saved (never in the middle of one), on the title and in the teacher's guide.
   */
  private reloadSafety(screen: Screen): 'no' | 'reload' | 'resume' {
    if (screen === 'title' || screen === 'teachers') return this.session && this.session.phase() !== 'ended' ? 'no' : 'reload';
    const saved = this.session !== null && this.session.phase() !== 'ended' && this.session.state().log.length > 0;
    return (screen === 'round' || screen === 'pass') && saved ? 'resume' : 'no';
  }

  /**
   * The stage (Phaser) is fetched when the player picks a mode (or a game
   * resumes), not before: the title loads only what it shows. On a thin
   * connection the first round waits for nothing else: the sound, and the
   * service worker's copy of the whole game, follow once the stage is up (or
   * has failed).
   */
  private loadForPlay(): void {
    this.stage.ensure();
  }

  private afterStage(): void {
    this.sound.load(() => this.session !== null && this.screen !== 'ending');
    this.updates.start();
  }

  private loadEngine(): Promise<EngineModule> {
    this.engine ??= loadEngine().catch((error: unknown) => {
      this.engine = null;
      throw error;
    });
    return this.engine;
  }

  /** The engine and the validated scenario, loading either if needed. */
  private async loadGame(): Promise<{ engine: EngineModule; scenario: Scenario }> {
    const engine = await this.loadEngine();
    this.scenario ??= engine.openScenario(await this.scenarioJson());
    return { engine, scenario: this.scenario };
  }

  /** The round's headlines again, as a marquee or a still list, after the motion setting changed. */
  private refreshTicker(): void {
    if (!this.session || !this.scenario) return;
    const round = this.scenario.rounds[this.session.state().round];
    if (round) refreshTicker(this.screenEl, round.headlines ?? [], this.settings.reducedMotion());
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
    if (this.updates.screenChange(screen, this.reloadSafety(screen))) return;
    this.screen = screen;
    this.announcer.hideCaption();
    const stageOn = withStage && !this.stage.failed;
    this.stage.frame.hidden = !stageOn;
    this.shell.show(screen, stageOn, children, focus);
  }

  private showTitle(focus: boolean): void {
    this.renderedKey = '';
    this.setScreen('title', false, titleScreen({
      card: this.card,
      newGame: (mode) => void this.newGame(mode),
      resumeSlot: () => this.replayUi.resumeSlot(),
      replaySlot: () => this.replayUi.titleSlot(),
      settingsForm: (prefix) => this.settings.form(prefix),
    }), focus);
  }

  /** The classroom pages (src/ui/classroom/), loaded on demand. */
  private async showClassroom(page: ClassroomPage, focus: boolean): Promise<void> {
    try {
      const [room, { engine, scenario }] = await Promise.all([import('./classroom/index.ts'), this.loadGame()]);
      const session = this.session;
      const view = classroomPage(room, page, {
        scenario,
        game: session ? { state: session.state(), mode: session.mode } : null,
        replay: (state) => this.replayParts(scenario, state, engine),
        onBackToEnding: () => this.showEnding(),
        onPlayAgain: (mode) => void this.newGame(mode),
        announce: (text) => this.announcer.announce(text),
      });
      if (view) this.setScreen(page, false, [view], focus);
    } catch (error) {
      console.warn('Linkage: the classroom page could not load.', error);
      this.showError();
    }
  }

  private replayParts(scenario: Scenario, state: GameState, engine: EngineModule): ReplayParts {
    return {
      branch: (round) => this.replayUi.branchButton(scenario, state, round, engine),
      section: () => this.replayUi.endingSection(scenario, state, engine),
    };
  }

  private showError(): void {
    this.setScreen('error', false, [screenHeading('h1', t.loadFailed)], true);
    this.announcer.announce(t.loadFailed);
  }

  private async newGame(mode: Mode): Promise<void> {
    this.loadForPlay();
    const buttons = [...this.screenEl.querySelectorAll<HTMLButtonElement>('[data-mode]')];
    for (const b of buttons) b.setAttribute('aria-busy', 'true');
    let game: { engine: EngineModule; scenario: Scenario };
    try {
      game = await this.loadGame();
    } catch (error) {
      console.warn('Linkage: the game could not start.', error);
      this.showError();
      return;
    }
    const seedBox = new Uint32Array(1);
    crypto.getRandomValues(seedBox);
    const seed = (seedBox[0] ?? 1) >>> 1;
    this.replayUi.forgetOrigin();
    this.begin(game.engine, game.engine.startSession(game.scenario, mode, seed));
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
    session.onCue((cue) => this.cues.onCue(cue));
    session.onChange(() => {
      this.replayUi.onSessionChange(session, engine);
      this.render();
    });
    this.loadForPlay();
    this.sound.startRoom();
    this.render();
  }

  private endSession(): void {
    this.session?.stop();
    this.session = null;
    this.sound.stopRoom();
  }

  /** Shows the screen the session calls for, unless it is already up. */
  private render(): void {
    const session = this.session;
    if (!session) return;
    const key = screenKey(session, this.handedTo);
    if (key === null || key === this.renderedKey) return;
    this.renderedKey = key;
    const [kind] = key.split(':');
    if (kind === 'pass' || kind === 'round') {
      const side = nextChooser(session) as SideId;
      if (kind === 'round') showRound(this.screens, session, side, { stageFailed: this.stage.failed, reducedMotion: this.settings.reducedMotion() });
      else showPass(this.screens, session, side, () => {
        this.handedTo = side;
        this.render();
      });
    } else if (kind === 'briefing') showBriefing(this.screens, session);
    else if (kind === 'report') showReport(this.screens, session, () => {
      this.handedTo = null;
      session.send({ type: 'NEXT' });
    });
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
    if (this.scenario) this.stage.show(this.scenario, state, index, report);
  }

  // ---------- the game's screens (src/ui/screens/) ----------

  private showEnding(): void {
    const session = this.session as Session;
    const engine = this.engineModule;
    showEnding(this.screens, session, {
      replay: engine ? this.replayParts(session.scenario, session.state(), engine) : null,
      onDebrief: () => void this.showClassroom('debrief', true),
      onPlayAgain: () => void this.newGame(session.mode),
      onTitle: () => {
        this.endSession();
        this.showTitle(true);
      },
    });
  }
}
