/**
 * One scenario file checked the way `npm run scenario:check` does it, within a
 * time limit and a budget of round resolutions. Shared by the command and by
 * the tests that time it on hostile files.
 */
import {
  balanceWarnings, checkScenarioWithin, EXPLORE_BUDGET, MAX_SCENARIO_BYTES, parseScenarioBytes, ScenarioError, type BoundedCheck,
} from '../../src/engine/index.ts';
import { readCapped } from './read-capped.ts';

export const DEFAULT_CHECK_SECONDS = 5;

export interface CheckLimits {
  /** Seconds from the start of this file's check after which the walk stops. */
  seconds?: number;
  /** Round resolutions the walk may spend, over all its seeds. */
  budget?: number;
}

export function checkFile(file: string, limits: CheckLimits = {}): BoundedCheck {
  const seconds = limits.seconds ?? DEFAULT_CHECK_SECONDS;
  // The clock lives here, not in the engine: the walk only asks `stop`.
  const deadline = performance.now() + seconds * 1000;
  const read = readCapped(file, MAX_SCENARIO_BYTES);
  if (!read.ok) return { problems: [{ path: '', message: read.message }], warnings: [] };
  try {
    const scenario = parseScenarioBytes(read.bytes);
    const result = checkScenarioWithin(scenario, limits.budget ?? EXPLORE_BUDGET, { stop: () => performance.now() > deadline });
    // The balance figures of npm run balance, on fewer seeds, as warnings (skipped, with a note, when the walk would be long).
    if (result.problems.length === 0) result.warnings.push(...balanceWarnings(scenario));
    return result;
  } catch (e) {
    if (e instanceof ScenarioError) return { problems: e.problems, warnings: [] };
    throw e;
  }
}

/** What an early stop leaves unproven, in words; null when the walk went to the end. */
export function stoppedNote(result: BoundedCheck, limits: CheckLimits = {}): string | null {
  const walk = result.walk;
  if (!walk?.stoppedBy) return null;
  const why = walk.stoppedBy === 'budget'
    ? `its budget of ${limits.budget ?? EXPLORE_BUDGET} round resolutions ran out`
    : `its time limit of ${limits.seconds ?? DEFAULT_CHECK_SECONDS} s ran out`;
  return `the walk stopped early (${why}) after ${walk.resolutions} round resolutions: endings reported as "could not be shown reachable" are unproven, not proven unreachable, and clamp warnings cover only the games walked. --time and --budget let it walk further.`;
}
