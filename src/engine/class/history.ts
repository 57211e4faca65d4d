/**
 * Closeness to what really happened. Only people's choices are compared: a
 * computer side plays by the scenario's policy (which already favours the
 * historical option), so counting its choices would credit a student for the
 * computer. A round or side with no option marked historical is not compared.
 *
 * Games differ in how many choices people made (6 for one side of Beijing, 12
 * for two people), so the order is by the share of differing choices
 * (distance / compared, compared exactly in integers), then by fewer
 * differences, then by line. A game that follows history exactly comes first
 * at distance 0 whatever its mode.
 */
import { SIDES, type Scenario, type SideId } from '../schema.ts';
import { isPersonSide } from '../rules.ts';
import type { ClassGame, HistoryDistance } from './types.ts';

/** The historical option id per round and side (undefined where none is marked). */
export function historicalPath(scenario: Scenario): Array<Record<SideId, string | undefined>> {
  return scenario.rounds.map((round) => ({
    us: round.options.us.find((o) => o.historical)?.id,
    china: round.options.china.find((o) => o.historical)?.id,
  }));
}

export function historyDistance(path: ReadonlyArray<Record<SideId, string | undefined>>, game: ClassGame): HistoryDistance {
  let distance = 0;
  let compared = 0;
  game.state.log.forEach((record, r) => {
    for (const side of SIDES) {
      const real = path[r]?.[side];
      if (real === undefined || !isPersonSide(game.state.mode, side)) continue;
      compared += 1;
      if (record.choices[side] !== real) distance += 1;
    }
  });
  return { line: game.line, name: game.name, distance, compared, ending: game.state.ending ?? '' };
}

/** Closest first: smaller share of differences, then fewer differences, then earlier line. */
export function compareCloseness(a: HistoryDistance, b: HistoryDistance): number {
  // a.distance/a.compared vs b.distance/b.compared, without division; nothing compared counts as farthest.
  const ac = a.compared || 1;
  const bc = b.compared || 1;
  const ad = a.compared ? a.distance : 1;
  const bd = b.compared ? b.distance : 1;
  return ad * bc - bd * ac || a.distance - b.distance || a.line - b.line;
}

export function closestToHistory(scenario: Scenario, games: readonly ClassGame[]): HistoryDistance[] {
  const path = historicalPath(scenario);
  return games.map((g) => historyDistance(path, g)).sort(compareCloseness);
}
