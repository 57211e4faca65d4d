/**
 * Lookups over a parsed scenario, built once per scenario object and cached in
 * a WeakMap: the rules run tens of thousands of games a second, so they must
 * not search arrays or re-read records on the hot path.
 */
import type { Effects, Ending, GameEvent, Measure, Option, Policy, Round, Rule, Scenario, SideId } from './schema.ts';
import type { Cause, GameState } from './types.ts';
import { compile, type Test } from './condition.ts';

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
  /** The cause its changes are recorded with (shared: logs are never changed in place). */
  cause: Cause;
  /** Its score under its side's own scenario policy, before noise (see `baseScore`). */
  ownScore: number;
}

/** A rule or event with its condition compiled and its cause built once. */
export interface Compiled<T> {
  steps: Step[];
  test: Test;
  cause: Cause;
  item: T;
}

export interface Index {
  measures: Map<string, Measure>;
  rounds: Map<string, number>;
  /** options[roundIndex][side] maps option id to its info, in scenario order. */
  options: Array<Record<SideId, Map<string, OptionInfo>>>;
  rules: Array<{ rule: Rule; steps: Step[] }>;
  events: Map<string, { event: GameEvent; steps: Step[] }>;
  endings: Map<string, Ending>;
  /** The hot path's view: per round, each side's options as an array in scenario order (first of duplicate ids). */
  optionList: Array<Record<SideId, OptionInfo[]>>;
  ruleTests: Array<Compiled<Rule>>;
  /** Events in scenario order (duplicates included, as `scenario.events` has them). */
  eventTests: Array<Compiled<GameEvent>>;
  endingTests: Array<{ test: Test; item: Ending }>;
}

/** Effects as ordered steps. Object key order is insertion order for ids (they never look like integers). */
function stepsOf(effects: Effects): Step[] {
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

/** Σ weight·effect + linkage·(links − separates) + history bonus: a policy's score for an option without noise. */
export function baseScore(policy: Policy, info: Pick<OptionInfo, 'option' | 'steps' | 'links' | 'separates'>): number {
  let score = policy.linkage * (info.links - info.separates);
  for (const { measure, by } of info.steps) score += (policy.weights[measure] ?? 0) * by;
  if (info.option.historical) score += policy.history;
  return score;
}

function optionMap(options: Option[], side: SideId, policy: Policy): Map<string, OptionInfo> {
  const map = new Map<string, OptionInfo>();
  for (const option of options) {
    // Keep the first of duplicate ids; checkScenario reports the duplicate.
    if (!map.has(option.id)) {
      const cause: Cause = { kind: 'option', side, id: option.id };
      const info = { option, steps: stepsOf(option.effects), ...countStances(option), cause, ownScore: 0 };
      info.ownScore = baseScore(policy, info);
      map.set(option.id, info);
    }
  }
  return map;
}

function build(scenario: Scenario): Index {
  const options = scenario.rounds.map((r) => ({
    us: optionMap(r.options.us, 'us', scenario.policies.us),
    china: optionMap(r.options.china, 'china', scenario.policies.china),
  }));
  const rules = scenario.rules.map((rule) => ({ rule, steps: stepsOf(rule.effects) }));
  return {
    measures: new Map(scenario.measures.map((m) => [m.id, m])),
    rounds: new Map(scenario.rounds.map((r, i) => [r.id, i])),
    options,
    rules,
    events: new Map(scenario.events.map((event) => [event.id, { event, steps: stepsOf(event.effects) }])),
    endings: new Map(scenario.endings.map((e) => [e.id, e])),
    optionList: options.map((o) => ({ us: [...o.us.values()], china: [...o.china.values()] })),
    ruleTests: rules.map(({ rule, steps }) => ({ steps, test: compile(rule.when), cause: { kind: 'rule', id: rule.id }, item: rule })),
    eventTests: scenario.events.map((event) => ({
      steps: stepsOf(event.effects), test: compile(event.when), cause: { kind: 'event', id: event.id }, item: event,
    })),
    endingTests: scenario.endings.map((ending) => ({ test: compile(ending.when), item: ending })),
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
