/**
 * The DOM layer's coordinator: it owns the session and decides which screen
 * shows, for the route (router.ts) and for the session's turn (screens/turns.ts).
 * The page frame and its services (settings, sound, stage, menu, keys) are built
 * in frame.ts; each screen's DOM in src/ui/screens/, the replays in
 * src/ui/replay/. It renders from the session's snapshots and cues and sends
 * GameInput back; the stage (Phaser) and the sound are optional extras loaded later.
 */
import type { GameState, Mode } from '../engine/types.ts';
import { markPlayed } from '../persistence/played.ts';
import type { ChapterCard } from '../scenarios/chapters.ts';
import { settingsStore, type SettingsStore } from '../persistence/settings.ts';
import type { Announcer } from './announcer.ts';
import { buildFrame } from './frame.ts';
import { ChapterChoice } from './chapter-choice.ts';
import { LiveGame } from './live-game.ts';
import type { ChapterJson, ChapterText, GameLoader } from './game-loader.ts';
import { t } from './locale/current.ts';
import { reloadSafety } from './offline/resume.ts';
import { Updates } from './offline/updates.ts';
import { pageLanguage, switchPageLanguage } from './locale/page-language.ts';
import { Replays } from './replay/index.ts';
import { SavesController } from './saves/controller.ts';
import { parseRoute } from './router.ts';
import { classroomPage, showPrintable, type ClassroomPage } from './screens/classroom.ts';
import { showEnding } from './screens/ending.ts';
import { screenHeading } from './screens/heading.ts';
import type { GameScreen, ScreenHost } from './screens/host.ts';
import { refreshTicker } from './screens/ticker.ts';
import { titleScreen } from './screens/title.ts';
import { TurnScreens } from './screens/turns.ts';
import type { Session } from './session.ts';
import type { SettingsController } from './settings-controller.ts';
import type { Shell } from './shell.ts';
import type { SoundCues } from './sound-cues.ts';
import type { SoundSlot } from './sound-slot.ts';
import type { StageSlot } from './stage-slot.ts';

export type { ScenarioCard } from './screens/title.ts';

/** Every screen the app can show: the game's, the replays', the classroom's, the title and the error. */
type Screen = GameScreen | 'replay' | 'compare' | ClassroomPage | 'print' | 'title' | 'error';

export interface AppOptions {
  root: HTMLElement;
  /** The chapters' cards, in the order of history (at least one). */
  chapters: readonly ChapterCard[];
  /** A chapter's scenario JSON (loaded when chosen, validated when a game starts), and its words in the page's language if translated. */
  chapterJson: ChapterJson;
  chapterText?: ChapterText;
  store?: SettingsStore;
}

export const startApp = (options: AppOptions): void => void new App(options);

class App {
  private readonly choice: ChapterChoice;
  private readonly announcer: Announcer;
  private readonly settings: SettingsController;
  private readonly sound: SoundSlot;
  private readonly cues: SoundCues;
  private readonly stage: StageSlot;
  private readonly shell: Shell;
  private readonly screenEl: HTMLElement;
  private readonly games: GameLoader;
  private readonly replays: Replays;
  private readonly saves: SavesController;
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

  private readonly live: LiveGame;
  private screen: Screen = 'title';
  private readonly turns = new TurnScreens(this.screens, () => ({ stageFailed: this.stage.failed, reducedMotion: this.settings.reducedMotion(), team: this.settings.teamSeconds() }), () => this.showEnding());

  constructor(options: AppOptions) {
    this.choice = new ChapterChoice(options.chapters, options.chapterJson, () => this.screen === 'title' && this.showTitle(false), options.chapterText);
    this.games = this.choice.games;
    const frame = buildFrame(options.root, options.store ?? settingsStore(), {
      screen: () => this.screen,
      stageReady: () => this.refreshStage(),
      stageSettled: () => this.afterStage(),
      backToTitle: () => {
        this.live.end();
        this.showTitle(true);
      },
      motionChanged: () => this.refreshTicker(),
      languageChanged: (tag) => switchPageLanguage(tag, this.live.session && this.live.session.phase() !== 'ended' ? this.saves.gameId() : null),
    });
    ({ announcer: this.announcer, settings: this.settings, sound: this.sound, cues: this.cues, stage: this.stage, shell: this.shell } = frame);
    this.screenEl = this.shell.screenEl;
    this.saves = new SavesController({
      load: (chapter) => this.games.load(chapter),
      announce: (text) => this.announcer.announceWithNext(text),
      play: (state, check) => {
        this.replays.branches.forget();
        void this.live.startFrom(state, check);
      },
      check: () => this.live.check,
    });
    // Between the top bar and the screen: the notices stay up from screen to screen.
    options.root.insertBefore(this.saves.notices.el, options.root.children[1] ?? null);

    this.replays = new Replays({
      show: (screen, children, focus) => {
        // The viewer has the stage beside it; the comparison does not.
        const withStage = screen === 'replay';
        if (withStage) this.stage.ensure();
        this.setScreen(screen, withStage, children, focus);
      },
      announce: (text) => this.announcer.announce(text),
      reducedMotion: () => this.settings.reducedMotion(),
      stage: (state, index, animate) => this.showOnStage(state, index, animate),
    }, {
      load: (chapter) => this.games.load(chapter),
      play: (state) => {
        // A branch: the game in progress (if any) stays in the list under its own key.
        this.saves.startNew(this.live.playing());
        void this.live.startFrom(state);
      },
      gameScreen: () => (this.live.playing() ? this.screenEl : null),
      toTitle: () => this.showTitle(true),
      check: () => this.live.check,
    });
    this.live = new LiveGame({
      games: this.games,
      saves: this.saves,
      parts: { stage: this.stage, sound: this.sound, cues: this.cues, turns: this.turns },
      settings: () => this.settings.current,
      forgetBranch: () => this.replays.branches.forget(),
      failed: () => this.showError(),
    });
    window.addEventListener('hashchange', () => this.route(true));
    options.root.before(this.updates.notice);
    this.route(false);
    const resumeId = this.updates.takeResume();
    if (resumeId !== null && !this.live.session) void this.saves.resumeById(resumeId);
  }

  /**
   * The stage (Phaser) is fetched when the player picks a mode (or a game
   * resumes), not before: the title loads only what it shows. On a thin
   * connection the first round waits for nothing else: the sound, and the
   * service worker's copy of the whole game, follow once the stage is up (or
   * has failed).
   */
  private afterStage(): void {
    this.sound.load(() => this.live.session !== null && this.screen !== 'ending');
    this.updates.start();
  }

  /** The round's headlines again, as a marquee or a still list, after the motion setting changed. */
  private refreshTicker(): void {
    const scenario = this.games.scenario;
    if (!this.live.session || !scenario) return;
    const round = scenario.rounds[this.live.session.state().round];
    if (round) refreshTicker(this.screenEl, round.headlines ?? [], this.settings.reducedMotion());
  }

  // ---------- routes (src/ui/router.ts) ----------

  private route(focus: boolean): void {
    const route = parseRoute(location.hash);
    switch (route.name) {
      case 'replay':
      case 'compare':
        // This tab's own ending, reloaded: the same ending with its link, not the viewer.
        if (route.name === 'replay' && !this.live.session && this.saves.isOwnEnding(route.code)) {
          void this.saves.restoreEnding(route.code).then(async (shown) => {
            if (!shown) await this.replays.routes.open(route, focus);
          });
          return;
        }
        // The replay viewer and the comparison (src/ui/replay/); a bad code leaves a game in progress as it was.
        void this.replays.routes.open(route, focus);
        return;
      case 'class':
      case 'teachers':
        // Classroom pages (src/ui/classroom/) and the hand-outs (src/ui/print/); a game in progress stays in memory.
        return void this.showClassroom(route.name, focus);
      case 'roles': case 'sources': case 'memo': return void showPrintable(route, this.choice, (view) => this.setScreen('print', false, [view], focus), () => this.showError());
      case 'play':
        // A link to a chapter: the title with it chosen. An id not known yet may be a teacher's file, still being read.
        if (this.openChapter(route.chapter, focus)) return;
        void this.choice.custom.ready.then(() => this.openChapter(route.chapter, focus) || this.showTitle(focus, t.chapterUnknown(route.chapter)));
        return;
      default:
        // A game in progress is never ended by a change of route.
        if (!this.live.session || !this.inGame()) this.showTitle(focus);
    }
  }

  private openChapter(id: string, focus: boolean): boolean {
    if (!this.choice.choose(id)) return false;
    if (!this.live.session || !this.inGame()) this.showTitle(focus);
    return true;
  }

  /** A game's own screen shows (not the title or a page reached by a link). */
  private inGame(): boolean { return !['title', 'replay', 'compare', 'class', 'teachers', 'print'].includes(this.screen); }

  // ---------- screens ----------

  private setScreen(screen: Screen, withStage: boolean, children: HTMLElement[], focus: boolean): void {
    if (this.updates.screenChange(screen, reloadSafety(screen, this.live.session), this.saves.gameId())) return;
    this.screen = screen;
    this.announcer.hideCaption();
    const stageOn = withStage && !this.stage.failed;
    this.stage.frame.hidden = !stageOn;
    this.shell.show(screen, stageOn, children, focus);
  }

  private showTitle(focus: boolean, notice?: string): void {
    this.turns.forgetShown();
    const parts = this.choice.titleParts((text) => this.announcer.announce(text));
    if (!parts) return this.showError();
    this.setScreen('title', false, titleScreen({
      ...parts,
      notice,
      newGame: (mode) => void this.newGame(mode),
      resumeSlot: () => this.saves.titleSlot(),
      finishedSlot: () => this.saves.finishedSlot(),
      replaySlot: () => this.replays.routes.titleSlot(),
      settingsForm: (prefix) => this.settings.form(prefix, true),
    }), focus);
  }

  /** The classroom pages (src/ui/classroom/), loaded on demand. */
  private async showClassroom(page: ClassroomPage, focus: boolean): Promise<void> {
    try {
      const [room, loaded] = await Promise.all([import('./classroom/index.ts').then(async (m) => (await m.useGuideLanguage(pageLanguage()), m)), this.games.load()]);
      const chapters = page === 'debrief' ? [loaded.scenario] : await this.games.loadAll(await this.choice.idsOnceRead());
      const session = this.live.session;
      const view = classroomPage(room, page, {
        scenario: loaded.scenario,
        chapters,
        game: session ? { state: session.state(), mode: session.mode } : null,
        replay: (state) => this.replays.parts(loaded, state),
        model: (state) => loaded.engine.modelViews(loaded.scenario, state),
        onBackToEnding: () => this.showEnding(),
        onPlayAgain: (mode) => void this.newGame(mode),
        announce: (text) => this.announcer.announce(text),
        learning: this.live,
      });
      if (view) this.setScreen(page, false, [view], focus);
    } catch (error) {
      console.warn('Linkage: the classroom page could not load.', error);
      this.showError();
    }
  }

  private showError(): void {
    this.setScreen('error', false, [screenHeading('h1', t.loadFailed)], true);
    this.announcer.announce(t.loadFailed);
  }

  private newGame(mode: Mode): Promise<void> {
    return this.live.newGame(mode, [...this.screenEl.querySelectorAll<HTMLButtonElement>('[data-mode]')]);
  }

  private refreshStage(): void {
    if (this.screen === 'replay') return this.replays.viewer.restage();
    if (!this.live.session) return;
    const state = this.live.session.state();
    const phase = this.live.session.phase();
    this.showOnStage(state, phase === 'report' ? state.log.length - 1 : state.round, phase === 'report');
  }

  /** Round `index` on the stage, and (for a report) its changes played out. */
  private showOnStage(state: GameState, index: number, report: boolean): void {
    const scenario = this.games.scenario;
    if (scenario) this.stage.show(scenario, state, index, report);
  }

  /** The game's ending (src/ui/screens/ending.ts). */
  private showEnding(): void {
    const session = this.live.session as Session;
    const engine = this.live.engine;
    markPlayed(session.scenario.id);
    showEnding(this.screens, session, {
      replay: engine ? this.replays.parts({ engine, scenario: session.scenario }, session.state()) : null,
      model: engine ? engine.modelViews(session.scenario, session.state()) : null,
      onDebrief: () => void this.showClassroom('debrief', true),
      onPlayAgain: () => void this.newGame(session.mode),
      onTitle: () => {
        this.live.end();
        this.showTitle(true);
      },
    });
  }
}
