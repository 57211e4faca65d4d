/**
 * A chapter's source packet as plain data (no DOM): the sourced lines of both
 * delegations, grouped by round in play order, each dated and linked. Built from
 * the scenario alone, so a teacher's own scenario gets one too.
 */
import type { Scenario } from '../../engine/schema.ts';
import { sourcedLines, type Excerpt } from './excerpts.ts';

export interface PacketRound {
  title: string;
  date: string;
  excerpts: Excerpt[];
}

export interface SourcePacket {
  chapter: { id: string; title: string; dates: string; place: string };
  us: string;
  china: string;
  rounds: PacketRound[];
}

export function sourcePacket(scenario: Scenario): SourcePacket {
  const lines = sourcedLines(scenario);
  const rounds = scenario.rounds
    .map((r) => ({ title: r.title, date: r.date, excerpts: lines.filter((l) => l.round === r.id) }))
    .filter((r) => r.excerpts.length > 0);
  const [us, china] = scenario.sides;
  return {
    chapter: { id: scenario.id, title: scenario.title, dates: scenario.dates, place: scenario.place },
    us: us.name,
    china: china.name,
    rounds,
  };
}
