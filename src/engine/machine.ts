/**
 * The negotiation's flow as an xstate v5 machine: briefing → choosing → report
 * → (choosing | ended). The pure rules do all arithmetic; the machine only
 * sequences them, guards outside input, and emits cues for sound and animation.
 * Its context is plain JSON, so a persisted snapshot restores exactly.
 */
import { assertEvent, assign, emit, enqueueActions, setup } from 'xstate';
import { SIDES, type Scenario } from './schema.ts';
import { MODES, toneFor, type Cue, type GameInput, type GameState, type Mode, type Phase } from './types.ts';
import type { Settings } from './model/state.ts';
import { netMoves } from './net-moves.ts';
import { bothChosen, newGame, refusal, resolveRound, withChoice } from './rules.ts';
import { chooseForComputer } from './policy.ts';

/** A new game (settings default to a drawn temperament at normal noise), or a saved one. */
export type MachineInput = { seed: number; mode: Mode; settings?: Settings } | { state: GameState };
export interface MachineContext {
  game: GameState;
}

/** Whether a restored game is already past its briefing. */
function hasStarted(game: GameState): boolean {
  return game.log.length > 0 || game.pending.us !== undefined || game.pending.china !== undefined;
}

/**
 * The cues of the round just resolved: one per measure that moved (its net move
 * from the choices and rules), then the event, then one per measure the event
 * moved. Net moves are what a listener shows or plays; the log keeps every step.
 */
function emitChanges(game: GameState, measures: readonly string[], emit: (cue: Cue) => void): void {
  const record = game.log[game.log.length - 1]!;
  for (const move of netMoves(record.changes, measures, 'not-event')) emit({ type: 'measure', ...move });
  if (record.event === null) return;
  emit({ type: 'event', event: record.event });
  for (const move of netMoves(record.changes, measures, 'event')) emit({ type: 'measure', ...move });
}

/** Cues that never vary, built once per scenario: the same objects are emitted each game. */
function fixedCues(scenario: Scenario) {
  const round = scenario.rounds.map((r): Cue => ({ type: 'round', round: r.id }));
  const ending = new Map<string, Cue>();
  for (const e of scenario.endings) {
    const tones = { us: toneFor(e, 'us'), china: toneFor(e, 'china') };
    for (const mode of MODES) ending.set(`${e.id}|${mode}`, { type: 'ending', ending: e.id, tone: toneFor(e, mode), tones });
  }
  return { round, ending };
}

export function createGameMachine(scenario: Scenario) {
  const cues = fixedCues(scenario);
  const measures = scenario.measures.map((m) => m.id);
  return setup({
    types: {
      context: {} as MachineContext,
      events: {} as GameInput,
      // Optional so that `createActor(machine, { snapshot })` type-checks; a fresh actor needs it.
      input: {} as MachineInput | undefined,
      emitted: {} as Cue,
    },
    guards: {
      validChoice: ({ context, event }) => {
        assertEvent(event, 'CHOOSE');
        return refusal(scenario, context.game, event.side, event.option) === null;
      },
      allChosen: ({ context }) => bothChosen(context.game),
      ended: ({ context }) => context.game.ending !== null,
      started: ({ context }) => hasStarted(context.game),
    },
    actions: {
      /** Computer sides choose as the round opens; the choice stays hidden in `pending` until resolution. */
      openRound: assign(({ context }) => {
        let game = context.game;
        for (const side of SIDES) game = chooseForComputer(scenario, game, side);
        return game === context.game ? context : { game };
      }),
      announceRound: emit(({ context }) => cues.round[context.game.round] ?? { type: 'round', round: scenario.rounds[context.game.round]!.id }),
      /** The choice that completes the round is resolved by `choosing`'s `always`, after this choice's cue. */
      recordChoice: enqueueActions(({ context, event, enqueue }) => {
        assertEvent(event, 'CHOOSE');
        enqueue.assign({ game: withChoice(context.game, event.side, event.option) });
        enqueue.emit({ type: 'choice', side: event.side, option: event.option });
      }),
      refuseChoice: enqueueActions(({ context, event, enqueue }) => {
        assertEvent(event, 'CHOOSE');
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
        emitChanges(game, measures, enqueue.emit);
      }),
      announceEnding: enqueueActions(({ context, enqueue }) => {
        const id = context.game.ending;
        if (id === null) return;
        const cue = cues.ending.get(`${id}|${context.game.mode}`);
        enqueue.emit(cue ?? { type: 'ending', ending: id, tone: 'mixed', tones: { us: 'mixed', china: 'mixed' } });
      }),
    },
  }).createMachine({
    id: 'negotiation',
    context: ({ input }) => {
      if (!input) throw new Error('createGameMachine: start the actor with input { seed, mode } or { state }');
      return { game: 'state' in input ? input.state : newGame(scenario, input.seed, input.mode, input.settings) };
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
        entry: ['openRound', 'announceRound'],
        always: { guard: 'allChosen', target: 'report', actions: 'resolve' },
        on: {
          CHOOSE: [
            { guard: 'validChoice', actions: 'recordChoice' },
            { actions: 'refuseChoice' },
          ],
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
