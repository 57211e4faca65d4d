/**
 * The negotiation's flow as an xstate v5 machine: briefing → choosing → report
 * → (choosing | ended). The pure rules do all arithmetic; the machine only
 * sequences them, guards outside input, and emits cues for sound and animation.
 * Its context is plain JSON, so a persisted snapshot restores exactly.
 */
import { enqueueActions, setup } from 'xstate';
import { SIDES, type Scenario } from './schema.ts';
import type { Change, Cue, GameInput, GameState, Mode, Phase } from './types.ts';
import { bothChosen, newGame, refusal, resolveRound, withChoice } from './rules.ts';
import { chooseForComputer } from './policy.ts';
import { endingById } from './lookup.ts';

export type MachineInput = { seed: number; mode: Mode } | { state: GameState };
export interface MachineContext {
  game: GameState;
}

/** Whether a restored game is already past its briefing. */
function hasStarted(game: GameState): boolean {
  return game.log.length > 0 || game.pending.us !== undefined || game.pending.china !== undefined;
}

export function createGameMachine(scenario: Scenario) {
  return setup({
    types: {
      context: {} as MachineContext,
      events: {} as GameInput,
      // Optional so that `createActor(machine, { snapshot })` type-checks; a fresh actor needs it.
      input: {} as MachineInput | undefined,
      emitted: {} as Cue,
    },
    guards: {
      validChoice: ({ context, event }) =>
        event.type === 'CHOOSE' && refusal(scenario, context.game, event.side, event.option) === null,
      allChosen: ({ context }) => bothChosen(context.game),
      ended: ({ context }) => context.game.ending !== null,
      started: ({ context }) => hasStarted(context.game),
    },
    actions: {
      /** Computer sides choose as the round opens; the choice stays hidden in `pending` until resolution. */
      openRound: enqueueActions(({ context, enqueue }) => {
        let game = context.game;
        for (const side of SIDES) game = chooseForComputer(scenario, game, side);
        if (game !== context.game) enqueue.assign({ game });
        enqueue.emit({ type: 'round', round: scenario.rounds[game.round]!.id });
      }),
      recordChoice: enqueueActions(({ context, event, enqueue }) => {
        if (event.type !== 'CHOOSE') return;
        enqueue.assign({ game: withChoice(context.game, event.side, event.option) });
        enqueue.emit({ type: 'choice', side: event.side, option: event.option });
      }),
      refuseChoice: enqueueActions(({ context, event, enqueue }) => {
        if (event.type !== 'CHOOSE') return;
        const reason = refusal(scenario, context.game, event.side, event.option) ?? 'not allowed now';
        enqueue.emit({ type: 'refused', reason });
      }),
      refuse: enqueueActions(({ event, enqueue }) => {
        const type = typeof (event as { type?: unknown }).type === 'string' ? (event as { type: string }).type : '?';
        enqueue.emit({ type: 'refused', reason: `${type} is not possible now` });
      }),
      resolve: enqueueActions(({ context, enqueue }) => {
        const game = resolveRound(scenario, context.game);
        enqueue.assign({ game });
        const record = game.log[game.log.length - 1]!;
        // The event's cue comes before the changes it causes, as a view would tell it.
        const measureCue = (c: Change) => {
          if (c.by !== 0) enqueue.emit({ type: 'measure', measure: c.measure, by: c.by, to: c.to });
        };
        record.changes.filter((c) => c.cause.kind !== 'event').forEach(measureCue);
        if (record.event !== null) enqueue.emit({ type: 'event', event: record.event });
        record.changes.filter((c) => c.cause.kind === 'event').forEach(measureCue);
      }),
      announceEnding: enqueueActions(({ context, enqueue }) => {
        const id = context.game.ending;
        if (id === null) return;
        enqueue.emit({ type: 'ending', ending: id, tone: endingById(scenario, id)?.tone ?? 'mixed' });
      }),
    },
  }).createMachine({
    id: 'negotiation',
    context: ({ input }) => {
      if (!input) throw new Error('createGameMachine: start the actor with input { seed, mode } or { state }');
      return { game: 'state' in input ? input.state : newGame(scenario, input.seed, input.mode) };
    },
    initial: 'briefing',
    // Anything a state does not handle is refused, visibly, and changes nothing.
    on: { '*': { actions: 'refuse' } },
    states: {
      briefing: {
        always: [
          { guard: 'ended', target: 'ended' },
          { guard: 'started', target: 'choosing' },
        ],
        on: { START: 'choosing' },
      },
      choosing: {
        entry: 'openRound',
        always: { guard: 'allChosen', target: 'report', actions: 'resolve' },
        on: {
          CHOOSE: [{ guard: 'validChoice', actions: 'recordChoice' }, { actions: 'refuseChoice' }],
        },
      },
      report: {
        on: {
          NEXT: [{ guard: 'ended', target: 'ended' }, { target: 'choosing' }],
        },
      },
      ended: {
        entry: 'announceEnding',
      },
    },
  });
}

export type GameMachine = ReturnType<typeof createGameMachine>;

const PHASES: readonly Phase[] = ['briefing', 'choosing', 'report', 'ended'];

/** The phase of a machine snapshot (live or persisted). */
export function phaseOf(snapshot: { value: unknown }): Phase {
  const value = snapshot.value;
  if (typeof value === 'string' && (PHASES as readonly string[]).includes(value)) return value as Phase;
  throw new Error(`phaseOf: not a negotiation snapshot (value ${JSON.stringify(value)})`);
}
