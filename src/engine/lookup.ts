/**
 * Lookups over a parsed scenario, built once per scenario object and cached in
 * a WeakMap: the rules run tens of thousands of games a second, so they must
 * not search arrays or re-read records on the hot path.
 */
import type { Effects, Ending, GameEvent, Measure, Option, Round, Rule, Scenario, SideId } from './schema.ts';
import type { GameState } from './types.ts';

/** One effect in the order the scenario wrote it. */
export interface Step {
  measure: string;
  by: number;
}

export interface OptionInfo {
  option: Option;
  steps: Step[];
  links: number;
  separates: number;
}

export interface Index {
  measures: Map<string, Measure>;
  rounds: Map<string, number>;
  /** options[roundIndex][side] maps option id to its info, in scenario order. */
  options: Array<Record<SideId, Map<string, OptionInfo>>>;
  rules: Array<{ rule: Rule; steps: Step[] }>;
  events: Map<string, { event: GameEvent; steps: Step[] }>;
  endings: Map<string, Ending>;
  /** Every option id of every round, so a condition can name options from any round. */
  allOptions: Set<string>;
}

/** Effects as ordered steps. Object key order is insertion order for ids (they never look like integers). */
export function stepsOf(effects: Effects): Step[] {
  return Object.keys(effects).map((measure) => ({ measure, by: effects[measure]!.by }));
}

function countStances(option: Option): { links: number; separates: number } {
  let links = 0;
  let separates = 0;
  for (const stance of Object.values(option.stances)) {
    if (stance === 'link') links += 1;
    else if (stance === 'separate') separates += 1;
  }
  return { links, separates };
}

function optionMap(options: Option[]): Map<string, OptionInfo> {
  const map = new Map<string, OptionInfo>();
  for (const option of options) {
    // Keep the first of duplicate ids; checkScenario reports the duplicate.
    if (!map.has(option.id)) map.set(option.id, { option, steps: stepsOf(option.effects), ...countStances(option) });
  }
  return map;
}

function build(scenario: Scenario): Index {
  const allOptions = new Set<string>();
  for (const round of scenario.rounds) {
    for (const o of [...round.options.us, ...round.options.china]) allOptions.add(o.id);
  }
  return {
    measures: new Map(scenario.measures.map((m) => [m.id, m])),
    rounds: new Map(scenario.rounds.map((r, i) => [r.id, i])),
    options: scenario.rounds.map((r) => ({ us: optionMap(r.options.us), china: optionMap(r.options.china) })),
    rules: scenario.rules.map((rule) => ({ rule, steps: stepsOf(rule.effects) })),
    events: new Map(scenario.events.map((event) => [event.id, { event, steps: stepsOf(event.effects) }])),
    endings: new Map(scenario.endings.map((e) => [e.id, e])),
    allOptions,
  };
}

const cache = new WeakMap<Scenario, Index>();

/** The cached lookups for a scenario. Scenarios must not be mutated after parsing. */
export function indexOf(scenario: Scenario): Index {
  let index = cache.get(scenario);
  if (!index) {
    index = build(scenario);
    cache.set(scenario, index);
  }
  return index;
}

/** The current round, or undefined once the game has ended. */
export function roundOf(scenario: Scenario, state: GameState): Round | undefined {
  return scenario.rounds[state.round];
}

/** An option of a given round (by index) and side. */
export function optionInfo(scenario: Scenario, roundIndex: number, side: SideId, id: string): OptionInfo | undefined {
  return indexOf(scenario).options[roundIndex]?.[side].get(id);
}

/** Any option by id, searched in the given round first, then in every round. */
export function optionById(scenario: Scenario, id: string, roundIndex?: number): Option | undefined {
  const index = indexOf(scenario);
  if (roundIndex !== undefined) {
    const own = index.options[roundIndex];
    const found = own?.us.get(id) ?? own?.china.get(id);
    if (found) return found.option;
  }
  for (const round of index.options) {
    const found = round.us.get(id) ?? round.china.get(id);
    if (found) return found.option;
  }
  return undefined;
}

export function measureLabel(scenario: Scenario, id: string): string {
  return indexOf(scenario).measures.get(id)?.label ?? id;
}

export function eventById(scenario: Scenario, id: string): GameEvent | undefined {
  return indexOf(scenario).events.get(id)?.event;
}

export function ruleById(scenario: Scenario, id: string): Rule | undefined {
  return indexOf(scenario).rules.find((r) => r.rule.id === id)?.rule;
}

export function endingById(scenario: Scenario, id: string): Ending | undefined {
  return indexOf(scenario).endings.get(id);
}
