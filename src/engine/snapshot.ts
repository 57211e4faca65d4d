/**
 * Validation of a persisted machine snapshot (from `actor.getPersistedSnapshot()`,
 * saved as JSON). The game inside is checked with validateGameState, and the
 * phase must agree with it; the result is a clean object for `createActor(machine, { snapshot })`.
 */
import { z } from 'zod';
import type { SnapshotFrom } from 'xstate';
import type { GameMachine } from './machine.ts';
import type { Scenario } from './schema.ts';
import type { GameState, Phase } from './types.ts';
import { StateError, validateGameState } from './state-schema.ts';
import { formatPath } from './problems.ts';

const Persisted = z.object({
  status: z.literal('active'),
  value: z.enum(['briefing', 'choosing', 'report', 'ended']),
  context: z.strictObject({ game: z.unknown() }),
});

export interface PersistedGame {
  status: 'active';
  value: Phase;
  context: { game: GameState };
  historyValue: Record<string, never>;
  children: Record<string, never>;
}

function phaseProblem(phase: Phase, game: GameState): string | null {
  const started = game.log.length > 0 || Object.keys(game.pending).length > 0;
  if (phase === 'briefing' && started) return 'the game is past its briefing';
  if (phase === 'ended' && game.ending === null) return 'the game has not ended';
  if ((phase === 'choosing' || phase === 'briefing') && game.ending !== null) return 'the game has already ended';
  if (phase === 'report' && game.log.length === 0) return 'there is no round to report';
  return null;
}

export function validateSnapshot(scenario: Scenario, json: unknown): SnapshotFrom<GameMachine> {
  const parsed = Persisted.safeParse(json);
  if (!parsed.success) throw new StateError(parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })));
  const game = validateGameState(scenario, parsed.data.context.game);
  const problem = phaseProblem(parsed.data.value, game);
  if (problem) throw new StateError([{ path: 'value', message: `is "${parsed.data.value}", but ${problem}` }]);
  const snapshot: PersistedGame = { status: 'active', value: parsed.data.value, context: { game }, historyValue: {}, children: {} };
  // xstate types the option as a live snapshot (with methods); createActor rehydrates the persisted form.
  return snapshot as unknown as SnapshotFrom<GameMachine>;
}
