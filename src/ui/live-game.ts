/**
 * The game being played in this tab: starting one (new, resumed, branched),
 * wiring its snapshots to the saves and the screens and its cues to the
 * sound, and ending it. The app asks it which session is live.
 */
import type { GameState, Mode } from '../engine/types.ts';
import type { GameLoader } from './game-loader.ts';
import type { EngineModule, LoadedGame } from './ports.ts';
import type { SavesController } from './saves/controller.ts';
import type { TurnScreens } from './screens/turns.ts';
import type { Session } from './session.ts';
import type { Settings } from '../persistence/settings.ts';
import type { SoundCues } from './sound-cues.ts';
import type { SoundSlot } from './sound-slot.ts';
import type { StageSlot } from './stage-slot.ts';

export interface LiveGameHost {
  games: GameLoader;
  saves: SavesController;
  /** The page's parts a game plays on: the stage, the sound and its cues, the turn's screens. */
  parts: { stage: StageSlot; sound: SoundSlot; cues: SoundCues; turns: TurnScreens };
  /** The teacher's settings for the computer, read when a new game starts. */
  settings(): Pick<Settings, 'temperament' | 'unpredictability'>;
  /** A new game starts: the replay it may have branched from is no longer the original. */
  forgetBranch(): void;
  /** The engine or the scenario could not load. */
  failed(): void;
}

export class LiveGame {
  engine: EngineModule | null = null;
  session: Session | null = null;

  constructor(private readonly host: LiveGameHost) {}

  /** Whether a live game is in progress (not ended). */
  playing(): boolean {
    return this.session !== null && this.session.phase() !== 'ended';
  }

  /** A new game as `mode`, with a fresh seed; the one in progress stays in the saved list. */
  async newGame(mode: Mode, busy: readonly HTMLElement[]): Promise<void> {
    // The stage loads while the engine does and the briefing is read.
    this.host.parts.stage.ensure();
    for (const b of busy) b.setAttribute('aria-busy', 'true');
    let game: LoadedGame;
    try {
      game = await this.host.games.load();
    } catch (error) {
      console.warn('Linkage: the game could not start.', error);
      this.host.failed();
      return;
    }
    const seed = (crypto.getRandomValues(new Uint32Array(1))[0] ?? 1) >>> 1;
    this.host.forgetBranch();
    this.host.saves.startNew(this.playing());
    const { temperament, unpredictability } = this.host.settings();
    this.begin(game.engine, game.engine.startSession(game.scenario, mode, seed, { temperament, unpredictability }));
  }

  /** A game that goes on from a state: a resumed save, a branch of a replay, or an ending reloaded. */
  async startFrom(state: GameState): Promise<void> {
    const { engine, scenario } = await this.host.games.load(state.scenario);
    this.begin(engine, engine.startSession(scenario, { state }));
  }

  private begin(engine: EngineModule, session: Session): void {
    const { stage, sound, cues, turns } = this.host.parts;
    this.end();
    this.engine = engine;
    this.session = session;
    turns.reset();
    session.onCue((cue) => cues.onCue(cue));
    session.onChange(() => {
      this.host.saves.onSessionChange(session, engine);
      turns.render(session);
    });
    stage.ensure(session.scenario);
    sound.startRoom();
    turns.render(session);
  }

  end(): void {
    this.session?.stop();
    this.session = null;
    this.host.parts.sound.stopRoom();
  }
}
