/**
 * Branching: a live game from round N of a finished game or a replay, with the
 * earlier choices kept. It remembers the code of the run the branch came from,
 * for "Compare with the original" and for naming the two runs.
 */
import type { GameState } from '../../engine/types.ts';
import type { ReplayInputs } from '../../engine/replay/index.ts';
import type { LoadedGame } from '../ports.ts';
import { dropRoute } from '../router.ts';

export interface BranchHost {
  /** Starts a live game that goes on from this state. */
  play(state: GameState): void;
  /** Stops the replay viewer's play-through, if it runs. */
  stopViewer(): void;
}

export class Branches {
  private originCode: string | null = null;

  constructor(private readonly host: BranchHost) {}

  /** The code of the game the live game branched from; null when it is not a branch. */
  origin(): string | null {
    return this.originCode;
  }

  /** The live game is not a branch (a new game, a resumed save). */
  forget(): void {
    this.originCode = null;
  }

  /** A live game at round `round` (0-based) of the run these inputs record. */
  branch({ engine, scenario }: LoadedGame, inputs: ReplayInputs, round: number): void {
    this.host.stopViewer();
    const full = engine.replay.replayGame(scenario, inputs);
    this.originCode = engine.replay.encodeReplay(scenario, full);
    const start = engine.replay.replayGame(scenario, engine.replay.truncateInputs(inputs, round));
    // The page now holds a live game, not the replay.
    dropRoute();
    this.host.play(start);
  }
}
