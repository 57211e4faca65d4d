/**
 * The game's state and log: plain JSON, so a snapshot can be saved, restored,
 * hashed and replayed. Text is not copied in: the log names causes by id and
 * the views look the words up in the scenario.
 */
import type { SideId } from './schema.ts';
import type { ModelState } from './model/state.ts';

/** How an ending reads: for both sides at once, or for each side. */
export type Tone = 'good' | 'mixed' | 'bad';

/**
 * How an ending reads for a side, or for a mode: for "two", the tone both
 * sides share, or "mixed" when the ending reads differently for each.
 */
export function toneFor(ending: { tone: Tone | Record<SideId, Tone> }, who: SideId | Mode): Tone {
  const tone = ending.tone;
  if (typeof tone === 'string') return tone;
  if (who !== 'two') return tone[who];
  return tone.us === tone.china ? tone.us : 'mixed';
}

/** Who plays: the person takes one side, or two people take both. */
export type Mode = 'us' | 'china' | 'two';
export const MODES: readonly Mode[] = ['us', 'china', 'two'];

/** What moved a measure. `side` is set for options. */
export type Cause =
  | { kind: 'option'; side: SideId; id: string }
  | { kind: 'rule'; id: string }
  | { kind: 'event'; id: string };

/** One change to one measure. `by` is what was applied after clamping to 0–100. */
export interface Change {
  measure: string;
  /** The change the scenario asked for. */
  want: number;
  /** The change actually applied (differs from want only when clamped). */
  by: number;
  /** The value after this change. */
  to: number;
  cause: Cause;
}

/** What happened in one resolved round. */
export interface RoundRecord {
  round: string;
  choices: Record<SideId, string>;
  /** Every change in order: options (US then China), rules, the event. */
  changes: Change[];
  /** Rules that fired, in order. */
  rules: string[];
  /** The event that fired, if any. */
  event: string | null;
  /** Measures after the round. */
  measures: Record<string, number>;
}

/** The whole state of one game. */
export interface GameState {
  scenario: string;
  version: number;
  seed: number;
  mode: Mode;
  /** The PRNG's state (pure-rand xoroshiro128plus), advanced only by the rules. */
  rng: number[];
  /** Index of the current round; equals rounds.length once the game has ended. */
  round: number;
  measures: Record<string, number>;
  flags: string[];
  /** Events that have fired (each fires at most once per game). */
  fired: string[];
  /** Choices made for the current round and not yet resolved. */
  pending: Partial<Record<SideId, string>>;
  log: RoundRecord[];
  ending: string | null;
  /** The negotiation model: settings, the computer's temperament, what is linked and agreed, memories. */
  model: ModelState;
}

/** Where the flow is. */
export type Phase = 'briefing' | 'choosing' | 'report' | 'ended';

/** Events the machine accepts from outside. Anything else, or a choice not offered now, is refused. */
export type GameInput =
  | { type: 'START' }
  /** A person's choice for their side in the current round. */
  | { type: 'CHOOSE'; side: SideId; option: string }
  /** Leave the round report: on to the next round, or to the ending. */
  | { type: 'NEXT' };

/** Cues the machine emits for sound and animation; views subscribe, the rules never wait for them. */
export type Cue =
  | { type: 'choice'; side: SideId; option: string }
  | { type: 'refused'; reason: string }
  | { type: 'round'; round: string }
  | { type: 'measure'; measure: string; by: number; to: number }
  | { type: 'event'; event: string }
  /** `tone` is how the ending reads for the person (see toneFor); `tones` per side. */
  | { type: 'ending'; ending: string; tone: Tone; tones: Record<SideId, Tone> };
