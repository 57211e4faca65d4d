/**
 * The rules as pure functions over GameState. Each returns a new state, or the
 * same state object when the move is not allowed, so callers can detect refusal
 * with `===` and nothing ever changes in place.
 */
import type { GameEvent, Option, Scenario, SideId } from './schema.ts';
import type { Cause, Change, GameState, Mode, RoundRecord } from './types.ts';
import { indexOf, optionInfo, type Compiled, type Index, type OptionInfo, type Step } from './lookup.ts';
import type { Situation } from './condition.ts';
import { draws, seedRng, type Draws } from './rng.ts';
import { DEFAULT_SETTINGS, NO_MEMORY, type ModelState, type Settings } from './model/state.ts';
import { drawTemper } from './model/temperament.ts';
import { modelStep, ruleAgree } from './model/round.ts';
import { packagePercent } from './model/package.ts';

/** Seeds are stored as unsigned 32-bit integers so replay codes have one spelling per game. */
function normaliseSeed(seed: number): number {
  return Math.trunc(seed) >>> 0;
}

/** A new game. `settings` fix the computer's temperament and noise (part of the replay code). */
export function newGame(scenario: Scenario, seed: number, mode: Mode, settings: Settings = DEFAULT_SETTINGS): GameState {
  const s = normaliseSeed(seed);
  const model: ModelState = {
    settings: { temperament: settings.temperament, unpredictability: settings.unpredictability },
    temper: drawTemper(scenario, s, settings),
    linked: [],
    agreed: [],
    memory: { us: NO_MEMORY, china: NO_MEMORY },
    blocked: null,
  };
  const measures: Record<string, number> = {};
  for (const m of scenario.measures) measures[m.id] = m.start;
  return {
    scenario: scenario.id,
    version: scenario.version,
    seed: s,
    mode,
    rng: seedRng(s),
    round: 0,
    measures,
    flags: [],
    fired: [],
    pending: {},
    log: [],
    ending: null,
    model,
  };
}

export function isPersonSide(mode: Mode, side: SideId): boolean {
  return mode === 'two' || mode === side;
}

export function isOver(scenario: Scenario, state: GameState): boolean {
  return state.ending !== null || state.round >= scenario.rounds.length;
}

/** The options a side may choose now: all of the current round's, none once the game is over. */
export function offeredOptions(scenario: Scenario, state: GameState, side: SideId): Option[] {
  if (isOver(scenario, state)) return [];
  return scenario.rounds[state.round]!.options[side];
}

/** Why a choice would be refused, or null if it is allowed. Computer sides pass `person: false`. */
export function refusal(scenario: Scenario, state: GameState, side: SideId, optionId: string, person = true): string | null {
  if (isOver(scenario, state)) return 'the game is over';
  if (side !== 'us' && side !== 'china') return 'unknown side';
  if (person && !isPersonSide(state.mode, side)) return `${side} is played by the computer`;
  if (state.pending[side] !== undefined) return `${side} has already chosen this round`;
  if (typeof optionId !== 'string' || !optionInfo(scenario, state.round, side, optionId)) {
    return `"${String(optionId)}" is not an option for ${side} in this round`;
  }
  return null;
}

/** Records a choice without checking who makes it; callers check with `refusal` first. */
export function withChoice(state: GameState, side: SideId, optionId: string, rng = state.rng): GameState {
  const pending = { ...state.pending };
  pending[side] = optionId;
  return build(state, rng, state.round, state.measures, state.flags, state.fired, pending, state.log, state.ending, state.model);
}

/** A state with the given parts, its identity (scenario, version, seed, mode) from `from`; keys in the usual order. */
function build(
  from: GameState,
  rng: number[],
  round: number,
  measures: Record<string, number>,
  flags: string[],
  fired: string[],
  pending: GameState['pending'],
  log: RoundRecord[],
  ending: string | null,
  model: ModelState,
): GameState {
  return { scenario: from.scenario, version: from.version, seed: from.seed, mode: from.mode, rng, round, measures, flags, fired, pending, log, ending, model };
}

/** A person's choice. Returns the same state object if the choice is not allowed now. */
export function choose(scenario: Scenario, state: GameState, side: SideId, optionId: string): GameState {
  if (refusal(scenario, state, side, optionId) !== null) return state;
  return withChoice(state, side, optionId);
}

export function bothChosen(state: GameState): boolean {
  return state.pending.us !== undefined && state.pending.china !== undefined;
}

function clamp(value: number): number {
  return value < 0 ? 0 : value > 100 ? 100 : value;
}

/**
 * Applies steps in order, clamping each change so every recorded `to` is in 0–100.
 * Measures in `skip` are left alone (separation shields them from a shock).
 */
function apply(steps: Step[], cause: Cause, measures: Record<string, number>, changes: Change[], skip?: readonly string[]): void {
  for (let i = 0; i < steps.length; i++) {
    const { measure, by } = steps[i]!;
    if (skip && skip.includes(measure)) continue;
    const from = measures[measure];
    if (from === undefined) continue; // unknown measure: checkScenario reports it
    const to = clamp(from + by);
    measures[measure] = to;
    changes.push({ measure, want: by, by: to - from, to, cause });
  }
}

function addFlags(flags: string[], sets: string[] | undefined): void {
  if (!sets) return;
  for (const f of sets) if (!flags.includes(f)) flags.push(f);
}

/** Reused between calls (the rules never re-enter): the events eligible this round. */
const eligible: Array<Compiled<GameEvent>> = [];

/** Draws at most one event: `eventChance` percent, then by weight among those eligible. */
function drawEvent(scenario: Scenario, index: Index, fired: readonly string[], at: Situation, d: Draws): Compiled<GameEvent> | null {
  if (scenario.eventChance === 0) return null; // no draw, whatever is eligible
  eligible.length = 0;
  let total = 0;
  for (const e of index.eventTests) {
    if (!fired.includes(e.item.id) && e.test(at)) {
      eligible.push(e);
      total += e.item.weight;
    }
  }
  if (eligible.length === 0) return null;
  if (d.int(0, 99) >= scenario.eventChance) return null;
  let pick = d.int(0, total - 1);
  for (const e of eligible) {
    pick -= e.item.weight;
    if (pick < 0) return e;
  }
  return null; // unreachable: pick < total
}

/** Both sides' options for the round being resolved, already looked up. */
export type Picked = Record<SideId, OptionInfo>;

/**
 * Resolves the current round: the US option, then China's, then every rule
 * whose condition holds on the state before the round, then maybe one event
 * (its condition sees the measures and flags after the rules).
 *
 * With only a state, the choices are the state's pending ones; the same state
 * comes back if one is missing or the game is over. Callers that already hold
 * checked choices for the current round (simulations, the reachability walk)
 * pass them as `picked`, and may pass `d` to continue a live PRNG cursor (the
 * computer's draws and the event's then come from one cursor). The new state's
 * `rng` is the cursor's state after the round.
 */
export function resolveRound(scenario: Scenario, state: GameState, picked?: Picked, d?: Draws): GameState {
  if (picked === undefined) {
    if (isOver(scenario, state) || !bothChosen(state)) return state;
    const options = indexOf(scenario).options[state.round]!;
    picked = { us: options.us.get(state.pending.us!)!, china: options.china.get(state.pending.china!)! };
  }
  d ??= draws(state.rng);
  const index = indexOf(scenario);
  const round = scenario.rounds[state.round]!;
  const measures = { ...state.measures };
  const flags = state.flags.slice();
  const changes: Change[] = [];
  const { us, china } = picked;

  apply(us.steps, us.cause, measures, changes);
  addFlags(flags, us.option.sets);
  apply(china.steps, china.cause, measures, changes);
  addFlags(flags, china.option.sets);

  const m0 = state.model;
  const before: Situation = { round: round.id, choices: picked, measures: state.measures, flags: state.flags, linked: m0.linked, agreed: m0.agreed, blocked: m0.blocked };
  // Linkage, the package and memories move with the options; rules may then add to or take from the package.
  let model = modelStep(scenario, m0, us.option, china.option, state.round === scenario.rounds.length - 1);
  const rules: string[] = [];
  for (const r of index.ruleTests) {
    if (!r.test(before)) continue;
    rules.push(r.item.id);
    apply(r.steps, r.cause, measures, changes);
    addFlags(flags, r.item.sets);
    model = ruleAgree(scenario, model, r.item.agree, r.item.drop);
  }

  const after: Situation = { round: round.id, choices: picked, measures, flags, linked: model.linked, agreed: model.agreed, blocked: model.blocked };
  const drawn = drawEvent(scenario, index, state.fired, after, d);
  let fired = state.fired;
  if (drawn !== null) {
    // As before this cursor existed: the effects of the first event with the drawn id.
    const ev = index.events.get(drawn.item.id)!;
    // A shock on an issue kept out of the package cannot reach the measures separation shields.
    const issue = ev.event.issue;
    const shielded = issue !== undefined && !model.linked.includes(issue) ? scenario.package?.shielded : undefined;
    apply(ev.steps, drawn.cause, measures, changes, shielded);
    addFlags(flags, ev.event.sets);
    fired = fired.concat(drawn.item.id);
  }

  const record: RoundRecord = {
    round: round.id,
    choices: { us: us.option.id, china: china.option.id },
    changes,
    rules,
    event: drawn === null ? null : drawn.item.id,
    measures: { ...measures },
  };
  const next = build(state, d.state(), state.round + 1, measures, flags, fired, {}, state.log.concat(record), null, model);
  if (next.round >= scenario.rounds.length) next.ending = evaluateEnding(scenario, next);
  return next;
}

/**
 * The first ending whose condition holds. Endings see the final measures and
 * flags, and the choices of the last round played.
 */
export function evaluateEnding(scenario: Scenario, state: GameState): string {
  const index = indexOf(scenario);
  const last = state.log[state.log.length - 1];
  const lastIndex = last ? (index.rounds.get(last.round) ?? -1) : -1;
  const choices: Situation['choices'] = {};
  if (last && lastIndex >= 0) {
    const opts = index.options[lastIndex]!;
    choices.us = opts.us.get(last.choices.us);
    choices.china = opts.china.get(last.choices.china);
  }
  const m = state.model;
  const at: Situation = {
    round: last?.round ?? '', choices, measures: state.measures, flags: state.flags,
    linked: m.linked, agreed: m.agreed, blocked: m.blocked,
    score: { us: packagePercent(scenario, m, 'us'), china: packagePercent(scenario, m, 'china') },
  };
  for (const { test, item } of index.endingTests) if (test(at)) return item.id;
  // checkScenario requires the last ending to hold always; this only covers unchecked input.
  return scenario.endings[scenario.endings.length - 1]!.id;
}
