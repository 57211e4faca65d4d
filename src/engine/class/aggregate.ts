/**
 * The class summary: endings, per-round shares of options and of stances on
 * each issue, mean measures, and closeness to history. Counts are over every
 * game of this scenario, whoever (person or computer) chose, so each round's
 * option counts sum to the number of games; `byPeople` and `people` let the
 * page show the students' own choices apart.
 */
import type { Scenario, SideId, Stance } from '../schema.ts';
import { isPersonSide } from '../rules.ts';
import { closestToHistory } from './history.ts';
import { meanTenths, percentOf } from './percent.ts';
import type { ClassGame, ClassSummary, IssueShare, RoundSummary, Share, SideShares } from './types.ts';

const STANCE_KEYS: ReadonlyArray<Stance | 'none'> = ['link', 'separate', 'acknowledge', 'none'];

const share = (count: number, whole: number): Share => ({ count, percent: percentOf(count, whole) });

/** A game belongs to the summary only if it was played with this very scenario and version. */
function belongs(scenario: Scenario, game: ClassGame): boolean {
  return game.state.scenario === scenario.id && game.state.version === scenario.version && game.state.log.length === scenario.rounds.length;
}

function sideShares(scenario: Scenario, games: readonly ClassGame[], r: number, side: SideId): SideShares {
  const round = scenario.rounds[r]!;
  const counts = new Map<string, { count: number; byPeople: number }>(round.options[side].map((o) => [o.id, { count: 0, byPeople: 0 }]));
  const stances = scenario.issues.map(() => ({ link: 0, separate: 0, acknowledge: 0, none: 0 }));
  const byId = new Map(round.options[side].map((o) => [o.id, o]));
  let people = 0;
  for (const game of games) {
    const chosen = game.state.log[r]!.choices[side];
    const person = isPersonSide(game.state.mode, side);
    if (person) people += 1;
    const c = counts.get(chosen);
    if (c) {
      c.count += 1;
      if (person) c.byPeople += 1;
    }
    const option = byId.get(chosen);
    scenario.issues.forEach((issue, i) => {
      stances[i]![option?.stances[issue.id] ?? 'none'] += 1;
    });
  }
  const n = games.length;
  return {
    people,
    options: round.options[side].map((o) => {
      const c = counts.get(o.id)!;
      return { id: o.id, historical: o.historical === true, byPeople: c.byPeople, ...share(c.count, n) };
    }),
    issues: scenario.issues.map((issue, i): IssueShare => {
      const s = stances[i]!;
      return { id: issue.id, stances: Object.fromEntries(STANCE_KEYS.map((k) => [k, share(s[k], n)])) as IssueShare['stances'] };
    }),
  };
}

export function aggregate(scenario: Scenario, games: readonly ClassGame[]): ClassSummary {
  const counted = games.filter((g) => belongs(scenario, g));
  const otherScenario = games.filter((g) => !belongs(scenario, g)).map((g) => g.line);
  const n = counted.length;

  const endingCounts = new Map(scenario.endings.map((e) => [e.id, 0]));
  for (const g of counted) {
    const id = g.state.ending ?? '';
    if (endingCounts.has(id)) endingCounts.set(id, endingCounts.get(id)! + 1);
  }

  const rounds: RoundSummary[] = scenario.rounds.map((round, r) => ({
    id: round.id,
    sides: { us: sideShares(scenario, counted, r, 'us'), china: sideShares(scenario, counted, r, 'china') },
  }));

  const measures = scenario.measures.map((m) => ({
    id: m.id,
    start: m.start,
    meanTenths: scenario.rounds.map((_, r) => {
      let sum = 0;
      for (const g of counted) sum += g.state.log[r]!.measures[m.id] ?? 0;
      return meanTenths(sum, n);
    }),
  }));

  return {
    scenario: scenario.id,
    games: n,
    endings: scenario.endings.map((e) => ({ id: e.id, ...share(endingCounts.get(e.id)!, n) })),
    rounds,
    measures,
    closest: closestToHistory(scenario, counted),
    otherScenario,
  };
}
