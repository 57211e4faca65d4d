/**
 * Pure helpers that turn scenario data and game state into what the views show.
 * No DOM here: unit-tested in Node.
 */
import type { Ending, Option, Scenario, SideId, Stance } from '../engine/schema.ts';
import type { Change, GameState, RoundRecord } from '../engine/types.ts';
import { netMoves, type NetMove } from '../engine/net-moves.ts';

/** "+5", "−3" (a true minus sign), "0". */
export function formatDelta(by: number): string {
  if (by > 0) return `+${by}`;
  if (by < 0) return `\u2212${Math.abs(by)}`;
  return '0';
}

export interface StanceBadge {
  issue: string;
  label: string;
  stance: Stance;
}

/** An option's stances, in the scenario's issue order. */
export function stanceBadges(scenario: Scenario, option: Option): StanceBadge[] {
  const badges: StanceBadge[] = [];
  for (const issue of scenario.issues) {
    const stance = option.stances[issue.id];
    if (stance) badges.push({ issue: issue.id, label: issue.label, stance });
  }
  return badges;
}

export interface LikelyMove {
  measure: string;
  label: string;
  direction: 'up' | 'down';
}

/** Which measures an option will likely move, direction only, in the scenario's measure order. */
export function likelyMoves(scenario: Scenario, option: Option): LikelyMove[] {
  const moves: LikelyMove[] = [];
  for (const measure of scenario.measures) {
    const effect = option.effects[measure.id];
    if (effect && effect.by !== 0) moves.push({ measure: measure.id, label: measure.label, direction: effect.by > 0 ? 'up' : 'down' });
  }
  return moves;
}

/** The scenario's ending with this id (undefined for a game not finished, or an id the scenario lacks). */
export function endingOf(scenario: Scenario, id: string | null | undefined): Ending | undefined {
  return id ? scenario.endings.find((e) => e.id === id) : undefined;
}

export function measureLabel(scenario: Scenario, id: string): string {
  return scenario.measures.find((m) => m.id === id)?.label ?? id;
}

export function sideOf(scenario: Scenario, id: SideId) {
  const side = scenario.sides.find((s) => s.id === id);
  if (!side) throw new Error(`The scenario has no side "${id}".`);
  return side;
}

export function otherSide(side: SideId): SideId {
  return side === 'us' ? 'china' : 'us';
}

export interface Speaker {
  side: SideId | null;
  name: string;
  role: string;
  /** Position in the side's delegation. */
  index: number;
}

export function speakerOf(scenario: Scenario, personId: string): Speaker {
  for (const side of scenario.sides) {
    const index = side.delegation.findIndex((p) => p.id === personId);
    const person = side.delegation[index];
    if (person) return { side: side.id, name: person.name, role: person.role, index };
  }
  return { side: null, name: personId, role: '', index: -1 };
}

export function findOption(scenario: Scenario, roundId: string, side: SideId, optionId: string): Option | undefined {
  return scenario.rounds.find((r) => r.id === roundId)?.options[side].find((o) => o.id === optionId);
}

/** The one-line reason the scenario gives for a change. */
export function reasonFor(scenario: Scenario, roundId: string, change: Change): string {
  const { cause, measure } = change;
  let why: string | undefined;
  if (cause.kind === 'option') why = findOption(scenario, roundId, cause.side, cause.id)?.effects[measure]?.why;
  else if (cause.kind === 'rule') why = scenario.rules.find((r) => r.id === cause.id)?.effects[measure]?.why;
  else why = scenario.events.find((e) => e.id === cause.id)?.effects[measure]?.why;
  return why ?? '';
}

/** Net change per measure over a round, in the scenario's measure order; measures that did not move are left out. */
export function netChanges(scenario: Scenario, changes: readonly Change[]): NetMove[] {
  return netMoves(changes, scenario.measures.map((m) => m.id));
}

/** The measure values before a round: after the previous round, or the starting values. */
export function measuresBefore(scenario: Scenario, state: GameState, roundIndex: number): Record<string, number> {
  const prev = state.log[roundIndex - 1];
  if (prev) return prev.measures;
  return Object.fromEntries(scenario.measures.map((m) => [m.id, m.start]));
}

/** One line per round for the ending's summary: round title → both choices' labels. */
export function pathSummary(scenario: Scenario, log: readonly RoundRecord[]): { round: string; us: string; china: string }[] {
  return log.map((record) => {
    const round = scenario.rounds.find((r) => r.id === record.round);
    return {
      round: round?.title ?? record.round,
      us: findOption(scenario, record.round, 'us', record.choices.us)?.label ?? record.choices.us,
      china: findOption(scenario, record.round, 'china', record.choices.china)?.label ?? record.choices.china,
    };
  });
}

/** The option picked by number key n (1-based) among the offered options, if any. */
export function optionForKey(key: string, count: number): number | null {
  if (!/^[1-9]$/.test(key)) return null;
  const n = Number(key);
  return n <= count ? n - 1 : null;
}
