/**
 * The scenario's sourced lines as excerpts: who said it (and for which side),
 * in which round, on which date, and where it was read. The role sheets and the
 * source packets both print from this list, in play order.
 */
import type { Scenario, SideId, Source } from '../../engine/schema.ts';
import { sourceOf } from '../../engine/sources.ts';

export interface Excerpt {
  /** The round's id and title, and its date as the scenario shows it. */
  round: string;
  roundTitle: string;
  date: string;
  speaker: string;
  role: string;
  side: SideId;
  text: string;
  source: Source;
}

/** Every line of every round that cites a source (resolved through the scenario's table), in play order. Lines without one are the game's own words. */
export function sourcedLines(scenario: Scenario): Excerpt[] {
  const people = new Map(scenario.sides.flatMap((s) => s.delegation.map((p) => [p.id, { person: p, side: s.id }] as const)));
  return scenario.rounds.flatMap((round) => round.lines.flatMap((line) => {
    const who = people.get(line.speaker);
    // A citation the table lacks (a file the check has not passed) is left out rather than printed unlinked.
    const source = line.source === undefined ? null : sourceOf(scenario, line.source);
    if (!source || !who) return [];
    return [{
      round: round.id, roundTitle: round.title, date: round.date,
      speaker: who.person.name, role: who.person.role, side: who.side,
      text: line.text, source,
    }];
  }));
}
