/**
 * The scenario format: everything a scenario holds, as a zod 4 schema.
 * The engine walks this data and knows nothing about any particular scenario.
 * `docs/scenario-format.md` explains each field for authors.
 */
import { z } from 'zod';
// schema-parts.ts loads first and sets zod's jitless mode (the Content-Security-Policy forbids `new Function`).
export { Id, Text, ShortText, Url, Source, SourceRef } from './schema-parts.ts';
import { Id, Text, ShortText, Source, SourceRef } from './schema-parts.ts';
import { Package, Temperament } from './model/schema.ts';
export { Package, PackageItem, Interest, Temperament, type TemperValues } from './model/schema.ts';

export const SideId = z.enum(['us', 'china']);
export type SideId = z.infer<typeof SideId>;
export const SIDES: readonly SideId[] = ['us', 'china'];

/** How an option treats one issue: link it to climate, keep it separate, or restate a known position. */
export const Stance = z.enum(['link', 'separate', 'acknowledge']);
export type Stance = z.infer<typeof Stance>;

/** Measure changes are small whole numbers. */
export const Delta = z.number().int('must be a whole number').min(-30, 'must be at least -30').max(30, 'must be at most 30');

/** One change to one measure, with the one-line reason the player sees. */
export const Effect = z.strictObject({
  by: Delta,
  why: ShortText,
});
/** Effects keyed by measure id: `{ "trust": { "by": 5, "why": "..." } }`. */
export const Effects = z.record(Id, Effect);


const StanceMatch = z.union([Stance, z.array(Stance).min(1)]);
const SideMatch = z.strictObject({
  /** The side chose one of these options. */
  option: z.array(Id).min(1).optional(),
  /** The side's chosen option takes this stance (or one of these) on each named issue. */
  stance: z.record(Id, StanceMatch).optional(),
});
const Range = z
  .strictObject({ min: z.number().int().min(0).max(100).optional(), max: z.number().int().min(0).max(100).optional() })
  .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, 'min must not be above max');

/** A condition: every part given must hold. An empty condition always holds. */
export const Condition = z.strictObject({
  /** Only in these rounds (ids). */
  rounds: z.array(Id).min(1).optional(),
  us: SideMatch.optional(),
  china: SideMatch.optional(),
  /** Measure ranges, inclusive, checked on the values before this step. */
  measures: z.record(Id, Range).optional(),
  /** Flags set earlier in the game. */
  flags: z.strictObject({ all: z.array(Id).optional(), none: z.array(Id).optional() }).optional(),
  /** Issues linked to climate (in the package) before this step. */
  linked: z.strictObject({ all: z.array(Id).optional(), none: z.array(Id).optional() }).optional(),
  /** Package items on the table before this step. */
  agreed: z.strictObject({ all: z.array(Id).optional(), none: z.array(Id).optional() }).optional(),
  /** For endings: how the final package scores for each side, in percent of what it wanted. */
  score: z.strictObject({ us: Range.optional(), china: Range.optional() }).optional(),
  /** Whether the package fell apart: "none", "walk-away" or "hostage" (one of these). */
  blocked: z.array(z.enum(['none', 'walk-away', 'hostage'])).min(1).optional(),
});
export type Condition = z.infer<typeof Condition>;

export const Option = z.strictObject({
  id: Id,
  /** Button label: a few words. */
  label: ShortText,
  /** What the side says or does, in a sentence or two. */
  text: Text,
  /** The stance on each issue this option touches; issues not named are not touched. */
  stances: z.record(Id, Stance),
  effects: Effects,
  /** Flags this option sets (remembered for later rules, events and endings). */
  sets: z.array(Id).optional(),
  /** True for what the real delegation did in this round. */
  historical: z.boolean().optional(),
  /** Package items this option puts on the table (see `package`). */
  agree: z.array(Id).optional(),
  /** Walking away: the talks end with no package, whatever else was agreed. */
  walkAway: z.boolean().optional(),
});
export type Option = z.infer<typeof Option>;

export const Line = z.strictObject({
  /** Person id from a side's delegation. */
  speaker: Id,
  text: Text,
  /** Set for quotes and claims about the record: an id in the scenario's `sources`. */
  source: SourceRef.optional(),
  /**
   * The language the quoted words were first said or written in, when it is not
   * the language of `text` (e.g. "zh-Hans" for a Chinese readout quoted in English):
   * the line is then shown as a translation. A translation that quotes the
   * original sets it to its own language (src/engine/i18n/overlay.ts).
   */
  originalLanguage: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag like "zh-Hans"').optional(),
});

/**
 * One ticker item. `outlet` names the publication whose page `source` links.
 * `summary` is true when `text` sums up that report in the game's words rather
 * than quoting its real headline, so players are never shown a paraphrase as
 * if the outlet had printed it.
 */
export const Headline = z.strictObject({ outlet: ShortText, text: ShortText, summary: z.boolean().optional(), source: SourceRef.optional() });
export type Headline = z.infer<typeof Headline>;

export const Round = z.strictObject({
  id: Id,
  title: ShortText,
  /** As shown to players, e.g. "Sun 16 July 2023". */
  date: ShortText,
  place: ShortText,
  /** The stage art to show: a scene key the game knows (see docs/scenario-format.md). */
  scene: Id,
  /** One or two sentences that set the scene. */
  setting: Text,
  /** Who speaks and what they say, in order. */
  lines: z.array(Line).min(1),
  /** Headlines for the ticker: state media and the US press. */
  headlines: z.array(Headline).optional(),
  options: z.strictObject({ us: z.array(Option).min(1), china: z.array(Option).min(1) }),
  /** What really happened in this round, for the debrief. */
  history: z.strictObject({ text: Text, sources: z.array(SourceRef).min(1) }),
});
export type Round = z.infer<typeof Round>;

/** Fires after both options apply, when its condition holds. Every rule that holds fires. */
export const Rule = z.strictObject({
  id: Id,
  /** A short name for the log, e.g. "US separates trade, China links it". */
  label: ShortText,
  when: Condition,
  effects: Effects,
  sets: z.array(Id).optional(),
  /** Package items this rule puts on the table, or takes off it. */
  agree: z.array(Id).optional(),
  drop: z.array(Id).optional(),
});
export type Rule = z.infer<typeof Rule>;

/**
 * A seeded event: at most one fires per round, drawn by weight among those
 * whose condition holds, and each at most once per game.
 */
export const GameEvent = z.strictObject({
  id: Id,
  title: ShortText,
  text: Text,
  weight: z.number().int().min(1).max(100),
  when: Condition,
  effects: Effects,
  sets: z.array(Id).optional(),
  /** The source for what the event describes. */
  source: SourceRef,
  /** A shock on this issue: while the issue is not linked, it cannot move the package's shielded measures. */
  issue: Id.optional(),
});
export type GameEvent = z.infer<typeof GameEvent>;

/** How the computer plays a side. Option score = Σ weight·effect + linkage · (links − separates) + noise. */
export const Policy = z.strictObject({
  /** What the side cares about, by measure id, -10–10 each (e.g. trust, climate, its own room at home). */
  weights: z.record(Id, z.number().int().min(-10).max(10)),
  /** How strongly it insists on linkage (-10 keeps issues apart, +10 links everything). */
  linkage: z.number().int().min(-10).max(10),
  /** Random spread added to each option's score, 0–20. */
  noise: z.number().int().min(0).max(20),
  /** Extra score for the option the real delegation chose, 0–20. */
  history: z.number().int().min(0).max(20),
  /** A sentence for the class: why the computer plays this way. */
  explain: Text,
  /** How the computer reacts to the other side; drawn per game within these ranges (see temperament.ts). */
  temperament: Temperament.optional(),
});
export type Policy = z.infer<typeof Policy>;

export const ToneValue = z.enum(['good', 'mixed', 'bad']);
export const Ending = z.strictObject({
  id: Id,
  title: ShortText,
  /** good, mixed or bad, for both sides or for each: for colour-free icons and class statistics. */
  tone: z.union([ToneValue, z.strictObject({ us: ToneValue, china: ToneValue })]),
  /** The ending that matches what really happened. Exactly one is historical. */
  historical: z.boolean().optional(),
  /** Endings are checked in order; the first whose condition holds wins. The last must have an empty condition. */
  when: Condition,
  /** How play led here. */
  text: Text,
  /** How history actually went. */
  history: Text,
  sources: z.array(SourceRef).min(1),
});
export type Ending = z.infer<typeof Ending>;

export const Person = z.strictObject({ id: Id, name: ShortText, role: ShortText });

/** A short note for the printed role sheet, with the sources it rests on (ids in the scenario's `sources`). */
export const SideNote = z.strictObject({ text: Text, sources: z.array(SourceRef).min(1) });

export const Side = z.strictObject({
  id: SideId,
  name: ShortText,
  /** Short name for buttons and meters, e.g. "US". */
  short: ShortText,
  /** The measure that is this side's room at home. */
  homeMeasure: Id,
  delegation: z.array(Person).min(1),
  /** The person the player speaks as. */
  lead: Id,
  goals: z.array(Text).min(1),
  /** For the role sheet (not play): the side's best alternative if the talks fail. */
  batna: SideNote.optional(),
  /** For the role sheet (not play): what its public at home will accept. */
  home: SideNote.optional(),
});

export const Measure = z.strictObject({
  id: Id,
  label: ShortText,
  /** What the measure means, for the briefing. */
  help: Text,
  start: z.number().int().min(0).max(100),
  /** The part it plays on the stage: the chain (trust) or the horizon glow (climate). Default: by id. */
  role: z.enum(['trust', 'climate']).optional(),
});

export const Issue = z.strictObject({
  id: Id,
  label: ShortText,
  help: Text,
  /** A hard issue: once linked, a refusal on it in the last round blocks the whole package. */
  hostage: z.boolean().optional(),
});

export const Scenario = z.strictObject({
  $schema: z.string().max(200).optional(),
  /** Format version of this file (this engine reads format 1). */
  format: z.literal(1),
  id: Id,
  /** Bump when a change makes old replay codes play differently. */
  version: z.number().int().min(1).max(65535),
  title: ShortText,
  subtitle: ShortText,
  dates: ShortText,
  place: ShortText,
  premise: Text,
  /** Every source the file cites, once, by id; lines, events and endings refer to these ids. */
  sources: z.record(Id, Source),
  minutes: z.strictObject({ min: z.number().int().min(1), max: z.number().int().min(1) }),
  sides: z.tuple([Side, Side]),
  measures: z.array(Measure).min(1).max(8),
  issues: z.array(Issue).min(1).max(8),
  briefing: z.strictObject({
    intro: Text,
    timeline: z.array(z.strictObject({ date: ShortText, text: Text, source: SourceRef })).min(1),
  }),
  rounds: z.array(Round).min(1).max(20),
  /** Chance in percent that an event is drawn after each round (if any is eligible). */
  eventChance: z.number().int().min(0).max(100),
  rules: z.array(Rule),
  events: z.array(GameEvent),
  policies: z.strictObject({ us: Policy, china: Policy }),
  /** What the talks can agree, and what each side wants from them (see package.ts). */
  package: Package.optional(),
  endings: z.array(Ending).min(1),
  debrief: z.strictObject({
    questions: z.array(z.strictObject({ text: Text, concept: ShortText })).min(1),
    glossary: z.array(z.strictObject({ term: ShortText, text: Text })).min(1),
  }),
});
export type Scenario = z.infer<typeof Scenario>;
export type Side = z.infer<typeof Side>;
export type Tone = z.infer<typeof ToneValue>;
export type Measure = z.infer<typeof Measure>;
export type Issue = z.infer<typeof Issue>;
export type Effects = z.infer<typeof Effects>;
export type Source = z.infer<typeof Source>;
