/**
 * The balance figures as warnings for authors (`npm run scenario:check`): each
 * target the scenario misses, with its measured value. A scenario that misses
 * them still plays; the warnings say where it has "one answer", a scripted
 * computer or a side that cannot do well.
 */
import type { Scenario } from '../schema.ts';
import type { Problem } from '../problems.ts';
import { balanceFigures, walkResolutions } from './figures.ts';
import { WALK_STEPS } from '../explore.ts';

/** Above this many round resolutions for a side (its strategy tree × seeds), the walk is too long for a check. */
const MAX_RESOLUTIONS = 100_000;

/** `progress`, if given, hears how far the figures have got (see BalanceOptions). */
export function balanceWarnings(scenario: Scenario, seeds = 8, games = 400, progress?: (done: number, total: number) => void): Problem[] {
  for (const side of ['us', 'china'] as const) {
    if (walkResolutions(scenario, side, seeds) > MAX_RESOLUTIONS) {
      progress?.(WALK_STEPS, WALK_STEPS);
      return [{ path: 'balance', message: `${side} has too many fixed strategies to walk here; run npm run balance for the balance figures` }];
    }
  }
  const figures = balanceFigures(scenario, { seeds, games, ...(progress ? { progress } : {}) });
  return figures.targets.filter((t) => !t.ok).map((t) => ({ path: 'balance', message: `${t.name} (measured: ${t.value})` }));
}
