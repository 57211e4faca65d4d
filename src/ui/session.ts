/**
 * The one place the interface touches the engine: a running game as a small
 * object. Loaded with a dynamic import (with xstate and zod) after the title
 * is on screen. The interface sends GameInput here and reads snapshots; it
 * never changes game state itself.
 */
import { createActor } from 'xstate';
import {
  createGameMachine, explainGame, inPackage, isPersonSide, offeredOptions, overlayScenario, packageOutcome, parseScenario, phaseOf,
  ScenarioTranslation,
  type Settings as GameSettings,
} from '../engine/index.ts';
import type { Option, Scenario, SideId } from '../engine/schema.ts';
import type { Cue, GameInput, GameState, Mode, Phase } from '../engine/types.ts';
import type { ModelViews } from './model/model-views.ts';

export interface Session {
  readonly scenario: Scenario;
  readonly mode: Mode;
  state(): GameState;
  phase(): Phase;
  offered(side: SideId): Option[];
  isPerson(side: SideId): boolean;
  send(input: GameInput): void;
  onChange(listener: () => void): void;
  onCue(listener: (cue: Cue) => void): void;
  stop(): void;
}

// The replay codes and saves travel in this (lazily loaded) chunk with the engine.
export * as replay from '../engine/replay/index.ts';
export { saveGame, loadSave, clearSave, withSavedChoices, newGameId, MAX_GAMES } from '../persistence/saves.ts';
export { listGames, listFinished, recordFinished } from '../persistence/games.ts';
export { GameSlot } from '../persistence/slot.ts';

/**
 * The scenario's schema and structural checks (fast). The exhaustive
 * reachability walk runs in `npm run scenario:check` and the engine tests.
 */
export function openScenario(json: unknown): Scenario {
  return parseScenario(json);
}

/**
 * A chapter with its translation laid over it, if it has one that fits, and
 * the translation's language (null: the chapter's own words). A translation
 * that does not fit leaves the chapter in its own words, never unplayable.
 */
export function openTranslated(json: unknown, translation: unknown): { scenario: Scenario; language: string | null } {
  const scenario = parseScenario(json);
  if (translation === null) return { scenario, language: null };
  const text = ScenarioTranslation.safeParse(translation);
  if (text.success && text.data.scenario === scenario.id) return { scenario: overlayScenario(scenario, text.data), language: text.data.language };
  console.warn(`Linkage: the translation of "${scenario.id}" does not fit; showing its own words.`);
  return { scenario, language: null };
}

/**
 * What the ending and the debrief show of the model for a game: the package per
 * side (none for a scenario without one) and the computer's reasons, recomputed
 * with the draws it used.
 */
export function modelViews(scenario: Scenario, state: GameState): ModelViews {
  return {
    pkg: scenario.package ? { outcome: packageOutcome(scenario, state.model), final: inPackage(scenario, state.model), blocked: state.model.blocked } : null,
    reasons: explainGame(scenario, state),
    settings: state.model.settings,
  };
}

/**
 * A new game from a seed and the teacher's settings for the computer side (part
 * of the game's input, so of its replay code), or a game that goes on from a
 * state (a resumed save, or a branch of a replay), which keeps its own settings.
 */
export function startSession(scenario: Scenario, mode: Mode, seed: number, settings?: GameSettings): Session;
export function startSession(scenario: Scenario, from: { state: GameState }): Session;
export function startSession(scenario: Scenario, modeOrFrom: Mode | { state: GameState }, seed = 0, settings?: GameSettings): Session {
  const input = typeof modeOrFrom === 'string' ? { seed, mode: modeOrFrom, settings } : { state: modeOrFrom.state };
  const mode = typeof modeOrFrom === 'string' ? modeOrFrom : modeOrFrom.state.mode;
  const actor = createActor(createGameMachine(scenario), { input });
  const subscriptions: { unsubscribe(): void }[] = [];
  actor.start();
  return {
    scenario,
    mode,
    state: () => actor.getSnapshot().context.game,
    phase: () => phaseOf(actor.getSnapshot()),
    offered: (side) => offeredOptions(scenario, actor.getSnapshot().context.game, side),
    isPerson: (side) => isPersonSide(mode, side),
    send: (input) => actor.send(input),
    onChange(listener) {
      subscriptions.push(actor.subscribe(() => listener()));
    },
    onCue(listener) {
      subscriptions.push(actor.on('*', (cue: Cue) => listener(cue)));
    },
    stop() {
      for (const s of subscriptions) s.unsubscribe();
      actor.stop();
    },
  };
}
