/**
 * The negotiation model's part of a game: what is linked, what is on the
 * table, what each side has done (as the other side's computer remembers it),
 * and the computer's temperament. Plain JSON, like the rest of GameState.
 */
import type { SideId, TemperValues } from '../schema.ts';

/** How the computer's temperament is set: drawn from the seed, or fixed by a teacher. */
export const TEMPERAMENTS = ['drawn', 'hard-line', 'pragmatic', 'history'] as const;
export type TemperamentSetting = (typeof TEMPERAMENTS)[number];
/** How much noise the computer adds to its choices: none, half, as drawn, or double. */
export const UNPREDICTABILITY = ['normal', 'none', 'low', 'high'] as const;
export type Unpredictability = (typeof UNPREDICTABILITY)[number];

/** What a teacher sets before a game. Part of the game's input and of its replay code. */
export interface Settings {
  temperament: TemperamentSetting;
  unpredictability: Unpredictability;
}
export const DEFAULT_SETTINGS: Settings = { temperament: 'drawn', unpredictability: 'normal' };

/** What one side has done so far. */
export interface Memory {
  /** Its last move: 1 linked an issue, -1 kept issues separate (and linked none), 0 neither. */
  last: number;
  /** Rounds in which it linked an issue. */
  links: number;
  /** Rounds in which it kept separate an issue the other side linked. */
  refusals: number;
  /** Rounds in which it put on the table an item the other side wants. */
  offers: number;
  /** Issues it has kept separate while the other side linked them, in scenario order. */
  refused: string[];
}
export const NO_MEMORY: Memory = { last: 0, links: 0, refusals: 0, offers: 0, refused: [] };

/** Why the package fell apart, if it did. */
export interface Blocked {
  reason: 'walk-away' | 'hostage';
  /** Who walked away, or who held the package hostage. */
  side: SideId;
  /** For a hostage: the issue refused. */
  issue?: string;
}

export interface ModelState {
  settings: Settings;
  /** The temperament each side's computer plays with (drawn once per game). */
  temper: Record<SideId, TemperValues>;
  /** Issues linked to climate, in scenario order. */
  linked: string[];
  /** Package items on the table, in scenario order. */
  agreed: string[];
  memory: Record<SideId, Memory>;
  blocked: Blocked | null;
}
