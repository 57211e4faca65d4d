/**
 * Why this ending: the largest causes in a finished game, traced from the log.
 * Pure (no DOM): every change in the log names its cause (an option, a rule or
 * an event); changes to the measures the ending depends on are summed per
 * cause, and the causes that moved them most come first.
 */
import type { Ending, Scenario, SideId } from '../../engine/schema.ts';
import type { Cause, GameState } from '../../engine/types.ts';
import { endingOf } from '../view-model.ts';

export interface CauseMove {
  measure: string;
  /** Net change this cause made to the measure over the game. */
  by: number;
}

export interface TracedCause {
  /** A stable key: kind, side (options) and id. */
  key: string;
  kind: Cause['kind'];
  id: string;
  side: SideId | null;
  /** The option's label, the rule's label or the event's title. */
  label: string;
  /** Round ids in which it moved a measure, in play order. */
  rounds: string[];
  /** Sum of |by| over the ending's key measures: the ranking figure. */
  weight: number;
  /** Net moves on the key measures (non-zero only), in the scenario's measure order. */
  moves: CauseMove[];
  /** It set a flag the ending requires (e.g. the walk-out that freezes the channel). */
  decisive: boolean;
}

/** The measures an ending is decided by: those its condition names, or every measure when it names none. */
export function keyMeasures(scenario: Scenario, ending: Ending | undefined): string[] {
  const named = ending?.when.measures ? Object.keys(ending.when.measures) : [];
  const ids = scenario.measures.map((m) => m.id);
  const key = ids.filter((id) => named.includes(id));
  return key.length > 0 ? key : ids;
}

function causeKey(cause: Cause): string {
  return cause.kind === 'option' ? `option:${cause.side}:${cause.id}` : `${cause.kind}:${cause.id}`;
}

function labelOf(scenario: Scenario, cause: Cause): { label: string; sets: readonly string[] } {
  if (cause.kind === 'option') {
    for (const round of scenario.rounds) {
      const option = round.options[cause.side].find((o) => o.id === cause.id);
      if (option) return { label: option.label, sets: option.sets ?? [] };
    }
  } else if (cause.kind === 'rule') {
    const rule = scenario.rules.find((r) => r.id === cause.id);
    if (rule) return { label: rule.label, sets: rule.sets ?? [] };
  } else {
    const event = scenario.events.find((e) => e.id === cause.id);
    if (event) return { label: event.title, sets: event.sets ?? [] };
  }
  return { label: cause.id, sets: [] };
}

/**
 * The causes of a finished game's ending, largest first. Causes that set a flag
 * the ending requires come before the others; ties keep play order.
 */
export function traceCauses(scenario: Scenario, state: GameState, limit = 3): TracedCause[] {
  const ending = endingOf(scenario, state.ending);
  const key = keyMeasures(scenario, ending);
  const needed = ending?.when.flags?.all ?? [];
  const byKey = new Map<string, TracedCause & { order: number; net: Map<string, number> }>();
  let order = 0;
  for (const record of state.log) {
    for (const change of record.changes) {
      if (!key.includes(change.measure) || change.by === 0) continue;
      const k = causeKey(change.cause);
      let entry = byKey.get(k);
      if (!entry) {
        const { label, sets } = labelOf(scenario, change.cause);
        entry = {
          key: k,
          kind: change.cause.kind,
          id: change.cause.id,
          side: change.cause.kind === 'option' ? change.cause.side : null,
          label,
          rounds: [],
          weight: 0,
          moves: [],
          decisive: needed.some((f) => sets.includes(f)),
          order: order++,
          net: new Map(),
        };
        byKey.set(k, entry);
      }
      if (!entry.rounds.includes(record.round)) entry.rounds.push(record.round);
      entry.weight += Math.abs(change.by);
      entry.net.set(change.measure, (entry.net.get(change.measure) ?? 0) + change.by);
    }
  }
  // A flag-setting cause may move no key measure at all (a walk-out); it still explains the ending.
  if (needed.length > 0) {
    state.log.forEach((record) => {
      const candidates: Cause[] = [
        { kind: 'option', side: 'us', id: record.choices.us },
        { kind: 'option', side: 'china', id: record.choices.china },
        ...record.rules.map((id): Cause => ({ kind: 'rule', id })),
        ...(record.event ? [{ kind: 'event', id: record.event } as Cause] : []),
      ];
      for (const cause of candidates) {
        const k = causeKey(cause);
        if (byKey.has(k)) continue;
        const { label, sets } = labelOf(scenario, cause);
        if (!needed.some((f) => sets.includes(f))) continue;
        byKey.set(k, {
          key: k, kind: cause.kind, id: cause.id, side: cause.kind === 'option' ? cause.side : null,
          label, rounds: [record.round], weight: 0, moves: [], decisive: true, order: order++, net: new Map(),
        });
      }
    });
  }
  const all = [...byKey.values()];
  for (const entry of all) {
    entry.moves = key.map((measure) => ({ measure, by: entry.net.get(measure) ?? 0 })).filter((m) => m.by !== 0);
  }
  all.sort((a, b) => Number(b.decisive) - Number(a.decisive) || b.weight - a.weight || a.order - b.order);
  return all.slice(0, limit).map(({ order: _order, net: _net, ...rest }) => rest);
}

/** The measures before the first round and after each round: one row per measure. */
export function measureSeries(scenario: Scenario, state: GameState): { id: string; label: string; values: number[] }[] {
  return scenario.measures.map((m) => ({
    id: m.id,
    label: m.label,
    values: [m.start, ...state.log.map((r) => r.measures[m.id] ?? m.start)],
  }));
}

export interface HistoryRow {
  round: string;
  title: string;
  side: SideId;
  chosen: { id: string; label: string };
  real: { id: string; label: string } | null;
  same: boolean;
  history: { text: string; sources: string[] };
}

/** Per round: the choice for one side beside the option the real delegation took. */
export function pathBesideHistory(scenario: Scenario, state: GameState, side: SideId): HistoryRow[] {
  return state.log.flatMap((record) => {
    const round = scenario.rounds.find((r) => r.id === record.round);
    if (!round) return [];
    const chosenId = record.choices[side];
    const chosen = round.options[side].find((o) => o.id === chosenId);
    const real = round.options[side].find((o) => o.historical);
    return [{
      round: round.id,
      title: round.title,
      side,
      chosen: { id: chosenId, label: chosen?.label ?? chosenId },
      real: real ? { id: real.id, label: real.label } : null,
      same: real?.id === chosenId,
      history: round.history,
    }];
  });
}
