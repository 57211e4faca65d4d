/**
 * The balance figures as warnings for authors (`npm run scenario:check`): each
 * target the scenario misses, with its measured value. A scenario that misses
 * them still plays; the warnings say where it has "one answer", a scripted
 * computer or a side that cannot do well.
 */
import type { Scenario } from '../schema.ts';
import type { Problem } from '../problems.ts';
import { balanceFigures } from './figures.ts';

/** Above this many strategies for a side, the walk would take too long for a check. */
const MAX_STRATEGIES = 20_000;

export function balanceWarnings(scenario: Scenario, seeds = 8, games = 400): Problem[] {
  for (const side of ['us', 'china'] as const) {
    const n = scenario.rounds.reduce((a, r) => a * r.options[side].length, 1);
    if (n > MAX_STRATEGIES) return [{ path: 'balance', message: `${side} has ${n} fixed strategies, too many to walk here; run npm run balance` }];
  }
  const figures = balanceFigures(scenario, { seeds, games });
  return figures.targets.filter((t) => !t.ok).map((t) => ({ path: 'balance', message: `${t.name} (measured: ${t.value})` }));
}
