/**
 * The balance figures as warnings for authors (`npm run scenario:check`): each
 * target the scenario misses, with its measured value. A scenario that misses
 * them still plays; the warnings say where it has "one answer", a scripted
 * computer or a side that cannot do well.
 */
import type { Scenario } from '../schema.ts';
import type { Problem } from '../problems.ts';
import { balanceFigures } from './figures.ts';

/** Above this many round resolutions for a side (its strategy tree × seeds), the walk is too long for a check. */
const MAX_RESOLUTIONS = 100_000;

export function balanceWarnings(scenario: Scenario, seeds = 8, games = 400): Problem[] {
  for (const side of ['us', 'china'] as const) {
    // Prefixes of the strategy tree: each is one round resolution per seed.
    let prefixes = 1;
    let nodes = 0;
    for (const r of scenario.rounds) {
      prefixes *= r.options[side].length;
      nodes += prefixes;
      if (nodes * seeds > MAX_RESOLUTIONS) {
        return [{ path: 'balance', message: `${side} has too many fixed strategies to walk here; run npm run balance for the balance figures` }];
      }
    }
  }
  const figures = balanceFigures(scenario, { seeds, games });
  return figures.targets.filter((t) => !t.ok).map((t) => ({ path: 'balance', message: `${t.name} (measured: ${t.value})` }));
}
