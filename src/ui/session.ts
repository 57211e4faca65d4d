/**
 * The one place the interface touches the engine: a running game as a small
 * object. Loaded with a dynamic import (with xstate and zod) after the title
 * is on screen. The interface sends GameInput here and reads snapshots; it
 * never changes game state itself.
 */
import { createActor } from 'xstate';
import { createGameMachine, isPersonSide, offeredOptions, phaseOf, Scenario as ScenarioSchema, ScenarioError } from '../engine/index.ts';
import type { Option, Scenario, SideId } from '../engine/schema.ts';
import type { Cue, GameInput, GameState, Mode, Phase } from '../engine/types.ts';

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

/**
 * The bundled scenario is checked in full (logic and reachability) by
 * `npm run scenario:check` and the engine tests; the exhaustive reachability walk
 * in `parseScenario` is far too slow for a page load, so the browser validates
 * the format with the schema only.
 */
export function openScenario(json: unknown): Scenario {
  const parsed = ScenarioSchema.safeParse(json);
  if (!parsed.success) throw new ScenarioError(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  return parsed.data;
}

export function startSession(scenario: Scenario, mode: Mode, seed: number): Session {
  const actor = createActor(createGameMachine(scenario), { input: { seed, mode } });
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
