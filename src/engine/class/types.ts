/** The shapes of class results: plain JSON, so the page can show, print or save them. */
import type { SideId, Stance } from '../schema.ts';
import type { GameState } from '../types.ts';
import type { ReplayInputs } from '../replay/code.ts';

/** One usable line of the input: a name (or null) and a code, the link already stripped. */
export interface ClassEntry {
  line: number;
  name: string | null;
  code: string;
}

/** A line that could not be used, with a reason a teacher can act on. Line 0 means the whole input. */
export interface ClassProblem {
  line: number;
  reason: string;
}

export interface ClassInput {
  entries: ClassEntry[];
  problems: ClassProblem[];
}

/** A decoded and replayed game: always finished (unfinished games are problems). */
export interface ClassGame {
  line: number;
  name: string | null;
  code: string;
  inputs: ReplayInputs;
  state: GameState;
}

export interface Share {
  count: number;
  /** Of all games counted, 0–100, rounded half up (so several may sum to 99–101). */
  percent: number;
}

export interface OptionShare extends Share {
  id: string;
  historical: boolean;
  /** How many of `count` a person chose (the rest the computer chose). */
  byPeople: number;
}

/** How often a side's chosen option took each stance on one issue; `none` = the option did not touch it. */
export interface IssueShare {
  id: string;
  stances: Record<Stance | 'none', Share>;
}

export interface SideShares {
  /** Games in which a person played this side (the rest: the computer). */
  people: number;
  options: OptionShare[];
  issues: IssueShare[];
}

export interface RoundSummary {
  id: string;
  sides: Record<SideId, SideShares>;
}

export interface MeasureSummary {
  id: string;
  start: number;
  /** The class mean after each round, in tenths (523 = 52.3), rounded half up. */
  meanTenths: number[];
}

export interface HistoryDistance {
  line: number;
  name: string | null;
  /** Choices by people that differ from what the real delegation did. */
  distance: number;
  /** Choices by people that were compared (6 for one side of Beijing, 12 for two people). */
  compared: number;
  ending: string;
}

export interface ClassSummary {
  scenario: string;
  games: number;
  /** Every ending of the scenario, in its order, with zero counts kept so the chart is stable. */
  endings: Array<{ id: string } & Share>;
  rounds: RoundSummary[];
  measures: MeasureSummary[];
  /** All games, closest to the historical path first (see history.ts for the order). */
  closest: HistoryDistance[];
  /** Lines of games from another scenario or version, left out of every figure. */
  otherScenario: number[];
}
