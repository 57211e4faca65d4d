/**
 * The computer as a counterpart that reacts. Each offered option gets an
 * integer score made of parts a class can read afterwards:
 *
 *   measures     Σ weight · effect, by the policy's weights
 *   package      2 · (weights of the items it wants that the option puts on the table,
 *                     minus those of items it wants kept out)
 *   insist       temperament.insist · (links − separates)
 *   reciprocity  temperament.reciprocity · (the other side's last move: +1 linked, −1 kept apart)
 *                · (links − separates): it answers linking with linking, separation with separation
 *   goodwill     half of temperament.reciprocity · (the other side's offers − refusals, within ±2)
 *                · (the option's effect on the walk measure, within ±4): it rewards concessions
 *                with warmth and answers refusals with coldness
 *   patience     once the other side has refused its links more often than its patience allows,
 *                3 · (refusals − patience) · (links − separates): it hardens
 *   walk-away    an option that walks away: +60 in the last round once trust (the walk measure) is at
 *                or below its walk-away point, −60 otherwise
 *   history      the policy's bonus for what the real delegation did (+10 more with the "history" setting)
 *   noise        0 to temperament.noise, drawn from the game's PRNG (one draw per option when noise > 0)
 *
 * The highest total wins; ties are drawn from the PRNG.
 */
import type { Option, Scenario, SideId, TemperValues } from '../schema.ts';
import type { Draws } from '../rng.ts';
import type { Memory, TemperamentSetting } from './state.ts';

export const PART_KINDS = ['measures', 'package', 'insist', 'reciprocity', 'goodwill', 'patience', 'walk-away', 'history', 'noise'] as const;
export type PartKind = (typeof PART_KINDS)[number];
export interface ScorePart {
  kind: PartKind;
  points: number;
}
export interface OptionScore {
  option: string;
  total: number;
  /** Only the parts that are not zero, in PART_KINDS order. */
  parts: ScorePart[];
}

const PACKAGE_SCALE = 2;
const HARDEN = 3;
const WALK = 60;
const HISTORY_SETTING_BONUS = 10;

/** What scoring needs from an option, computed once per scenario. */
export interface Traits {
  id: string;
  effect: number;
  value: number;
  /** links − separates */
  lean: number;
  /** Its effect on the walk measure, within ±4. */
  warmth: number;
  historical: boolean;
  walkAway: boolean;
}

/** What the computer knows when it chooses. */
export interface View {
  temper: TemperValues;
  setting: TemperamentSetting;
  /** What the other side has done so far. */
  other: Memory;
  /** The walk measure's value now. */
  walkValue: number;
  lastRound: boolean;
  history: number;
}

function traitsOfOption(scenario: Scenario, side: SideId, option: Option): Traits {
  const policy = scenario.policies[side];
  let effect = 0;
  for (const id of Object.keys(option.effects)) effect += (policy.weights[id] ?? 0) * option.effects[id]!.by;
  let value = 0;
  for (const i of scenario.package?.interests[side] ?? []) {
    if (option.agree?.includes(i.item)) value += i.want ? i.weight : -i.weight;
  }
  let lean = 0;
  for (const id of Object.keys(option.stances)) lean += option.stances[id] === 'link' ? 1 : option.stances[id] === 'separate' ? -1 : 0;
  const walk = policy.temperament?.walkMeasure;
  const w = walk === undefined ? 0 : (option.effects[walk]?.by ?? 0);
  const warmth = w > 4 ? 4 : w < -4 ? -4 : w;
  return { id: option.id, effect, value, lean, warmth, historical: option.historical === true, walkAway: option.walkAway === true };
}

const cache = new WeakMap<Scenario, Array<Record<SideId, Traits[]>>>();

/** Per round, per side, the traits of each option in scenario order. */
export function traitsOf(scenario: Scenario): Array<Record<SideId, Traits[]>> {
  let found = cache.get(scenario);
  if (!found) {
    found = scenario.rounds.map((r) => ({
      us: r.options.us.map((o) => traitsOfOption(scenario, 'us', o)),
      china: r.options.china.map((o) => traitsOfOption(scenario, 'china', o)),
    }));
    cache.set(scenario, found);
  }
  return found;
}

/** One option's score; fills `parts` when given (for the explanation), with the same arithmetic. */
export function scoreOption(t: Traits, v: View, d: Draws, parts?: ScorePart[]): number {
  const temper = v.temper;
  const hardenBy = v.other.refusals - temper.patience;
  const hardened = hardenBy > 0;
  const measures = t.effect;
  const pkg = PACKAGE_SCALE * t.value;
  const insist = temper.insist * t.lean;
  const reciprocity = temper.reciprocity * v.other.last * t.lean;
  const balance = v.other.offers - v.other.refusals;
  const goodwill = (temper.reciprocity * (balance > 2 ? 2 : balance < -2 ? -2 : balance) * t.warmth) >> 1;
  const patience = hardened ? HARDEN * hardenBy * t.lean : 0;
  const walk = t.walkAway ? (v.lastRound && v.walkValue <= temper.walkAway ? WALK : -WALK) : 0;
  const history = t.historical ? v.history + (v.setting === 'history' ? HISTORY_SETTING_BONUS : 0) : 0;
  const noise = temper.noise > 0 ? d.int(0, temper.noise) : 0;
  if (parts) {
    const values = [measures, pkg, insist, reciprocity, goodwill, patience, walk, history, noise];
    PART_KINDS.forEach((kind, i) => {
      if (values[i] !== 0) parts.push({ kind, points: values[i]! });
    });
  }
  return measures + pkg + insist + reciprocity + goodwill + patience + walk + history + noise;
}

/** Reused between calls (never re-entered): the options tied for the best score. */
const best: number[] = [];

/**
 * The index of the option the computer picks, drawing from a live cursor.
 * With `explain`, every option's score and parts are pushed to it.
 */
export function pickIndex(options: readonly Traits[], v: View, d: Draws, explain?: OptionScore[]): number {
  best.length = 0;
  let bestScore = -Infinity;
  for (let i = 0; i < options.length; i++) {
    const t = options[i]!;
    const parts = explain ? [] : undefined;
    const score = scoreOption(t, v, d, parts);
    if (explain) explain.push({ option: t.id, total: score, parts: parts! });
    if (score > bestScore) {
      bestScore = score;
      best.length = 0;
      best.push(i);
    } else if (score === bestScore) best.push(i);
  }
  return best.length === 1 ? best[0]! : best[d.int(0, best.length - 1)]!;
}
