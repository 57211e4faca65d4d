/**
 * Replays in the browser, wired together: the viewer (viewer.ts), the
 * comparison (compare.ts), sharing and branching from a finished game
 * (sharing.ts, branches.ts), the replay routes and the "Open a replay" form
 * (routes.ts). Saving and resuming live in src/ui/saves/. App hands over two small
 * ports; everything that decodes or replays comes from the lazily loaded
 * engine chunk.
 */
import type { GameState } from '../../engine/types.ts';
import type { CheckRecord, ReplayInputs } from '../../engine/replay/index.ts';
import type { LoadedGame } from '../ports.ts';
import type { ReplayParts } from '../screens/ending.ts';
import { Branches } from './branches.ts';
import { ReplayRoutes } from './routes.ts';
import { replayParts, type SharingHost } from './sharing.ts';
import { Viewer } from './viewer.ts';

export type { ReplayRoute } from './routes.ts';

/** How the replay screens show themselves. */
export interface ReplayScreens {
  /** Replaces the screen; the viewer has the stage beside it, the comparison does not. */
  show(screen: 'replay' | 'compare', children: HTMLElement[], focus: boolean): void;
  announce(text: string): void;
  reducedMotion(): boolean;
  /** Shows round `index` of `state` on the stage (if there is one), playing its changes when `animate`. */
  stage(state: GameState, index: number, animate: boolean): void;
}

/** The game the replays start from and hand over to. */
export interface ReplayGames {
  /** The engine and a chapter's validated scenario (the current one with no id; loads them if needed). */
  load(chapter?: string): Promise<LoadedGame>;
  /** Starts a live game that goes on from this state. */
  play(state: GameState): void;
  /** The screen of a game in progress, or null when there is none. */
  gameScreen(): HTMLElement | null;
  toTitle(): void;
  /** The live game's learning-check answers, which its replay link carries (none without it). */
  check?(): CheckRecord | undefined;
}

export class Replays {
  readonly branches: Branches;
  readonly viewer: Viewer;
  readonly routes: ReplayRoutes;
  private readonly sharing: SharingHost;

  constructor(screens: ReplayScreens, games: ReplayGames) {
    this.branches = new Branches({ play: (state) => games.play(state), stopViewer: () => this.viewer.stop() });
    const branch = (loaded: LoadedGame, inputs: ReplayInputs, round: number) => this.branches.branch(loaded, inputs, round);
    this.sharing = {
      announce: (text) => screens.announce(text),
      origin: () => this.branches.origin(),
      branch,
      watch: (code) => void this.routes.open({ name: 'replay', code }, true),
      check: () => games.check?.(),
    };
    this.viewer = new Viewer({
      show: (children, focus) => screens.show('replay', children, focus),
      announce: (text) => screens.announce(text),
      reducedMotion: () => screens.reducedMotion(),
      stage: (state, index, animate) => screens.stage(state, index, animate),
      branch,
    });
    this.routes = new ReplayRoutes({
      load: (chapter) => games.load(chapter),
      showCompare: (view, focus) => screens.show('compare', [view], focus),
      announce: (text) => screens.announce(text),
      gameScreen: () => games.gameScreen(),
      toTitle: () => games.toTitle(),
    }, this.viewer, () => this.branches.origin());
  }

  /** The replay link section and branch buttons for a finished game (the ending, the debrief). */
  parts(loaded: LoadedGame, state: GameState): ReplayParts {
    return replayParts(this.sharing, loaded, state);
  }
}
