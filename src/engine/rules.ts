/**
 * The rules as pure functions over GameState. Each returns a new state, or the
 * same state object when the move is not allowed, so callers can detect refusal
 * with `===` and nothing ever changes in place.
 */
import { SIDES, type Option, type Scenario, type SideId } from './schema.ts';
import type { Cause, Change, GameState, Mode, RoundRecord } from './types.ts';
import { indexOf, optionInfo, type OptionInfo, type Step } from './lookup.ts';
import { holds, type Situation } from './condition.ts';
import { draws, seedRng } from './rng.ts';

/** Seeds are stored as unsigned 32-bit integers so replay codes have one spelling per game. */
export function normaliseSeed(seed: number): number {
  return Math.trunc(seed) >>> 0;
}

export function newGame(scenario: Scenario, seed: number, mode: Mode): GameState {
  const s = normaliseSeed(seed);
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
  return { ...state, rng, pending: { ...state.pending, [side]: optionId } };
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

/** Applies steps in order, clamping each change so every recorded `to` is in 0–100. */
function apply(steps: Step[], cause: Cause, measures: Record<string, number>, changes: Change[]): void {
  for (const { measure, by } of steps) {
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

/** Draws at most one event: `eventChance` percent, then by weight among those eligible. */
function drawEvent(scenario: Scenario, state: GameState, at: Situation, rng: number[]): { id: string | null; rng: number[] } {
  const eligible = scenario.events.filter((e) => !state.fired.includes(e.id) && holds(e.when, at));
  if (eligible.length === 0 || scenario.eventChance === 0) return { id: null, rng };
  const d = draws(rng);
  if (d.int(0, 99) >= scenario.eventChance) return { id: null, rng: d.state() };
  let total = 0;
  for (const e of eligible) total += e.weight;
  let pick = d.int(0, total - 1);
  for (const e of eligible) {
    pick -= e.weight;
    if (pick < 0) return { id: e.id, rng: d.state() };
  }
  return { id: null, rng: d.state() }; // unreachable: pick < total
}

/**
 * Resolves the current round once both sides have chosen: the US option, then
 * China's, then every rule whose condition holds on the state before the round,
 * then maybe one event (its condition sees the measures and flags after the rules).
 * Returns the same state if a choice is missing or the game is over.
 */
export function resolveRound(scenario: Scenario, state: GameState): GameState {
  if (isOver(scenario, state) || !bothChosen(state)) return state;
  const options = indexOf(scenario).options[state.round]!;
  return resolveWith(scenario, state, {
    us: options.us.get(state.pending.us!)!,
    china: options.china.get(state.pending.china!)!,
  }, state.rng);
}

/**
 * The resolution itself, for choices already checked against the current
 * round. `rng` is the PRNG state to continue from (computer choices may have
 * advanced it). Simulations call this directly to skip building `pending`.
 */
export function resolveWith(scenario: Scenario, state: GameState, choices: Record<SideId, OptionInfo>, rng: number[]): GameState {
  const index = indexOf(scenario);
  const round = scenario.rounds[state.round]!;
  const measures = { ...state.measures };
  const flags = state.flags.slice();
  const changes: Change[] = [];

  for (const side of SIDES) {
    const info = choices[side];
    apply(info.steps, { kind: 'option', side, id: info.option.id }, measures, changes);
    addFlags(flags, info.option.sets);
  }

  const before: Situation = { round: round.id, choices, measures: state.measures, flags: state.flags };
  const rules: string[] = [];
  for (const { rule, steps } of index.rules) {
    if (!holds(rule.when, before)) continue;
    rules.push(rule.id);
    apply(steps, { kind: 'rule', id: rule.id }, measures, changes);
    addFlags(flags, rule.sets);
  }

  const after: Situation = { round: round.id, choices, measures, flags };
  const drawn = drawEvent(scenario, state, after, rng);
  let fired = state.fired;
  if (drawn.id !== null) {
    const ev = index.events.get(drawn.id)!;
    apply(ev.steps, { kind: 'event', id: drawn.id }, measures, changes);
    addFlags(flags, ev.event.sets);
    fired = [...fired, drawn.id];
  }

  const record: RoundRecord = {
    round: round.id,
    choices: { us: choices.us.option.id, china: choices.china.option.id },
    changes,
    rules,
    event: drawn.id,
    measures: { ...measures },
  };
  const next: GameState = {
    ...state,
    rng: drawn.rng,
    round: state.round + 1,
    measures,
    flags,
    fired,
    pending: {},
    log: [...state.log, record],
  };
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
  const at: Situation = { round: last?.round ?? '', choices, measures: state.measures, flags: state.flags };
  for (const ending of scenario.endings) if (holds(ending.when, at)) return ending.id;
  // checkScenario requires the last ending to hold always; this only covers unchecked input.
  return scenario.endings[scenario.endings.length - 1]!.id;
}
