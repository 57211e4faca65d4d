/**
 * The logic checks that a schema cannot express: ids that must exist, ids that
 * must be unique, endings that must be reachable. Messages are for teachers
 * writing their own scenario: plain words, and the path inside the file.
 */
import type { Condition, Effects, Scenario } from './schema.ts';
import type { Problem } from './problems.ts';
import { checkStage } from './check-stage.ts';
import { explore, EXPLORE_BUDGET, EXPLORE_SEEDS, type Exploration, type WalkLimits } from './explore.ts';
import { checkModel } from './model/check.ts';
import { checkCitations, uncitedSources } from './sources.ts';

type Add = (path: string, message: string) => void;

/**
 * Different flags a scenario may set. Each round looks flags up in the game's
 * list of them, so thousands (a hostile file can name 60,000 in one option)
 * would make a single round take seconds; a real scenario needs a handful.
 */
export const MAX_FLAGS = 100;

function duplicates(add: Add, path: string, items: Array<{ id: string }>, what: string): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) add(`${path}[${i}].id`, `"${item.id}" is used by another ${what}; ids must be unique`);
    seen.add(item.id);
  });
}

interface Known {
  measures: Set<string>;
  issues: Set<string>;
  rounds: Set<string>;
  options: { us: Set<string>; china: Set<string> };
  flags: Set<string>;
}

function checkEffects(add: Add, path: string, effects: Effects, known: Known): void {
  for (const id of Object.keys(effects)) {
    if (!known.measures.has(id)) add(`${path}.${id}`, `"${id}" is not a measure of this scenario`);
  }
}

function checkCondition(add: Add, path: string, when: Condition, known: Known): void {
  when.rounds?.forEach((id, i) => {
    if (!known.rounds.has(id)) add(`${path}.rounds[${i}]`, `"${id}" is not a round of this scenario`);
  });
  for (const side of ['us', 'china'] as const) {
    const match = when[side];
    if (!match) continue;
    match.option?.forEach((id, i) => {
      if (!known.options[side].has(id)) add(`${path}.${side}.option[${i}]`, `"${id}" is not an option for ${side} in any round`);
    });
    for (const issue of Object.keys(match.stance ?? {})) {
      if (!known.issues.has(issue)) add(`${path}.${side}.stance.${issue}`, `"${issue}" is not an issue of this scenario`);
    }
  }
  for (const id of Object.keys(when.measures ?? {})) {
    if (!known.measures.has(id)) add(`${path}.measures.${id}`, `"${id}" is not a measure of this scenario`);
  }
  for (const list of ['all', 'none'] as const) {
    when.flags?.[list]?.forEach((flag, i) => {
      if (!known.flags.has(flag)) add(`${path}.flags.${list}[${i}]`, `no option, rule or event sets the flag "${flag}"`);
    });
  }
}

function isEmpty(when: Condition): boolean {
  return Object.values(when).every((part) => part === undefined);
}

function knownIds(s: Scenario): Known {
  const flags = new Set<string>();
  const options = { us: new Set<string>(), china: new Set<string>() };
  for (const round of s.rounds) {
    for (const side of ['us', 'china'] as const) {
      for (const o of round.options[side]) {
        options[side].add(o.id);
        o.sets?.forEach((f) => flags.add(f));
      }
    }
  }
  for (const x of [...s.rules, ...s.events]) x.sets?.forEach((f) => flags.add(f));
  return {
    measures: new Set(s.measures.map((m) => m.id)),
    issues: new Set(s.issues.map((i) => i.id)),
    rounds: new Set(s.rounds.map((r) => r.id)),
    options,
    flags,
  };
}

/** Ids, uniqueness and the shape of the ending list: everything but reachability. */
function checkStatic(s: Scenario, add: Add): void {
  const known = knownIds(s);
  if (known.flags.size > MAX_FLAGS) add('', `the options, rules and events set ${known.flags.size} different flags; at most ${MAX_FLAGS} are allowed`);
  duplicates(add, 'measures', s.measures, 'measure');
  duplicates(add, 'issues', s.issues, 'issue');
  duplicates(add, 'rounds', s.rounds, 'round');
  duplicates(add, 'rules', s.rules, 'rule');
  duplicates(add, 'events', s.events, 'event');
  duplicates(add, 'endings', s.endings, 'ending');
  if (s.sides[0].id !== 'us' || s.sides[1].id !== 'china') add('sides', 'must be the US side first, then China (ids "us" and "china")');
  if (s.minutes.min > s.minutes.max) add('minutes', 'min must not be above max');

  const people = new Set<string>();
  s.sides.forEach((side, i) => {
    duplicates(add, `sides[${i}].delegation`, side.delegation, 'person');
    side.delegation.forEach((p) => people.add(p.id));
    if (!known.measures.has(side.homeMeasure)) add(`sides[${i}].homeMeasure`, `"${side.homeMeasure}" is not a measure of this scenario`);
    if (!side.delegation.some((p) => p.id === side.lead)) add(`sides[${i}].lead`, `"${side.lead}" is not in this side's delegation`);
  });

  s.rounds.forEach((round, r) => {
    const at = `rounds[${r}]`;
    round.lines.forEach((line, i) => {
      if (!people.has(line.speaker)) add(`${at}.lines[${i}].speaker`, `"${line.speaker}" is not in either delegation`);
    });
    for (const side of ['us', 'china'] as const) {
      if (round.options[side].length === 0) add(`${at}.options.${side}`, `round "${round.id}" has no options for ${side}`);
      duplicates(add, `${at}.options.${side}`, round.options[side], `${side} option in this round`);
      round.options[side].forEach((o, i) => {
        const op = `${at}.options.${side}[${i}]`;
        for (const issue of Object.keys(o.stances)) {
          if (!known.issues.has(issue)) add(`${op}.stances.${issue}`, `"${issue}" is not an issue of this scenario`);
        }
        checkEffects(add, `${op}.effects`, o.effects, known);
      });
    }
  });
  s.rules.forEach((rule, i) => {
    checkCondition(add, `rules[${i}].when`, rule.when, known);
    checkEffects(add, `rules[${i}].effects`, rule.effects, known);
  });
  s.events.forEach((ev, i) => {
    checkCondition(add, `events[${i}].when`, ev.when, known);
    checkEffects(add, `events[${i}].effects`, ev.effects, known);
  });
  for (const side of ['us', 'china'] as const) {
    for (const id of Object.keys(s.policies[side].weights)) {
      if (!known.measures.has(id)) add(`policies.${side}.weights.${id}`, `"${id}" is not a measure of this scenario`);
    }
  }
  s.endings.forEach((ending, i) => checkCondition(add, `endings[${i}].when`, ending.when, known));
  checkModel(s, add);
  const last = s.endings.length - 1;
  if (!isEmpty(s.endings[last]!.when)) add(`endings[${last}].when`, 'the last ending must have an empty condition ({}), so every game has an ending');
  const historical = s.endings.filter((e) => e.historical).length;
  if (historical !== 1) add('endings', `exactly one ending must be marked "historical": true (found ${historical})`);
  checkStage(s, add);
  checkCitations(s, add);
}

/**
 * The fast logic checks: ids resolve, ids are unique, the ending list is well
 * formed. Enough to play a scenario safely; this is what loading one runs.
 */
export function checkStructure(scenario: Scenario): Problem[] {
  const problems: Problem[] = [];
  checkStatic(scenario, (path, message) => problems.push({ path, message }));
  return problems;
}

/**
 * Every logic problem in a schema-valid scenario, including endings no path
 * reaches. Walking the game tree takes up to about a second, so only authors'
 * tools (the scenario:check command, tests) run it, never the game while loading.
 */
export function checkScenario(scenario: Scenario): Problem[] {
  const problems = checkStructure(scenario);
  // Walking the game tree only makes sense once every id resolves.
  if (problems.length > 0) return problems;
  return unreached(scenario, explore(scenario));
}

function unreached(scenario: Scenario, found: Exploration): Problem[] {
  const problems: Problem[] = [];
  scenario.endings.forEach((ending, i) => {
    if (found.endings.has(ending.id)) return;
    problems.push({
      path: `endings[${i}]`,
      message: found.stoppedBy
        ? `could not be shown reachable: no path reached ending "${ending.id}" before the walk stopped early (${found.stoppedBy === 'budget' ? 'its budget of round resolutions ran out' : 'its time ran out'})`
        : found.exhaustive
          ? `no path reaches ending "${ending.id}" (every combination of choices was tried)`
          : `no path reaches ending "${ending.id}" in a large sample of games (the full game tree is too big to try)`,
    });
  });
  return problems;
}

function clampWarnings(found: Exploration): Problem[] {
  return found.clamps.map((c) => ({
    path: `${c.cause.kind === 'option' ? `option "${c.cause.id}" (${c.cause.side})` : `${c.cause.kind} "${c.cause.id}"`} in round "${c.round}"`,
    message: `can push ${c.measure} past 0–100: wanted ${c.want > 0 ? '+' : ''}${c.want}, clamped to ${c.by > 0 ? '+' : ''}${c.by}`,
  }));
}

/** Things worth an author's look that do not stop the scenario from working: changes that get clamped to 0–100. */
export function scenarioWarnings(scenario: Scenario): Problem[] {
  if (checkScenario(scenario).length > 0) return [];
  return [...uncitedWarnings(scenario), ...clampWarnings(explore(scenario))];
}

function uncitedWarnings(scenario: Scenario): Problem[] {
  return uncitedSources(scenario).map((id) => ({ path: `sources.${id}`, message: 'is listed but nothing in the file cites it' }));
}

export interface BoundedCheck {
  problems: Problem[];
  /** Clamp warnings: only those the walk met, when it stopped early. */
  warnings: Problem[];
  /** The walk, when the structure was sound enough to take it. */
  walk?: Exploration;
}

/**
 * checkScenario and scenarioWarnings in one walk, within limits: at most
 * `budget` round resolutions, and ended early when `stop` says so. What the
 * walk could not prove is among the problems, and `walk.stoppedBy` says why.
 */
export function checkScenarioWithin(scenario: Scenario, budget = EXPLORE_BUDGET, limits: WalkLimits = {}): BoundedCheck {
  const problems = checkStructure(scenario);
  if (problems.length > 0) return { problems, warnings: [] };
  const walk = explore(scenario, EXPLORE_SEEDS, budget, limits);
  const missing = unreached(scenario, walk);
  return { problems: missing, warnings: missing.length > 0 ? [] : [...uncitedWarnings(scenario), ...clampWarnings(walk)], walk };
}
