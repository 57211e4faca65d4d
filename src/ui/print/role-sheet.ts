/**
 * A side's confidential role sheet as plain data (no DOM), built from the
 * scenario alone, so a teacher's own scenario gets one too. What each part is
 * made of (docs/scenario-format.md, "Role sheets and source packets"):
 *
 * - the delegation: the side's `delegation`, the `lead` being who the player speaks as;
 * - what it wants: its interests with `want: true`, heaviest first, with their weights;
 * - what it must not give up: its interests with `want: false`, heaviest first, and
 *   every `hostage` issue (a refusal there can block the whole package);
 * - its best alternative: the side's optional `batna` note, and the endings that mean
 *   the talks failed: the ending with no condition (nothing else held), every ending
 *   conditioned on a blocked package, and every ending bad for both sides;
 * - its public at home: its `homeMeasure` (label, help, start), each ending that ends
 *   the talks when that measure is at or below a `max`, and the optional `home` note;
 * - three primary-source excerpts: the sourced lines of its own delegation, the
 *   fullest (longest) line of a round first, one per round and no source twice, then
 *   the fullest left; printed in play order.
 */
import type { Ending, Scenario, SideId, Source, Tone } from '../../engine/schema.ts';
import { sourceOf } from '../../engine/sources.ts';
import { sourcedLines, type Excerpt } from './excerpts.ts';

export interface InterestLine {
  label: string;
  /** The package item's label and help: what agreeing it means. */
  item: string;
  help: string;
  weight: number;
  /** Where the side said so; null for a citation the scenario's table lacks. */
  source: Source | null;
}

export interface Note {
  text: string;
  sources: Source[];
}

export interface RoleSheet {
  chapter: { id: string; title: string; dates: string; place: string };
  side: SideId;
  sideName: string;
  speaksAs: { name: string; role: string };
  others: { name: string; role: string }[];
  goals: string[];
  wants: InterestLine[];
  mustNot: InterestLine[];
  /** Labels of the hard (`hostage`) issues. */
  hostage: string[];
  batna: Note | null;
  /** Endings that mean the talks failed, with how each reads for this side. */
  noDeal: { title: string; tone: Tone }[];
  home: {
    label: string;
    help: string;
    start: number;
    /** Endings that end the talks when this measure is at or below `at`. */
    undone: { at: number; ending: string }[];
    note: Note | null;
  };
  excerpts: Excerpt[];
}

const EXCERPTS = 3;

export function toneFor(ending: Ending, side: SideId): Tone {
  return typeof ending.tone === 'string' ? ending.tone : ending.tone[side];
}

function interests(scenario: Scenario, side: SideId, want: boolean): InterestLine[] {
  const items = scenario.package?.items ?? [];
  return (scenario.package?.interests[side] ?? [])
    .filter((i) => i.want === want)
    .map((i, order) => ({ i, order }))
    // Heaviest first; equal weights keep the file's order.
    .sort((a, b) => b.i.weight - a.i.weight || a.order - b.order)
    .map(({ i }) => {
      const item = items.find((it) => it.id === i.item);
      return { label: i.label, item: item?.label ?? i.item, help: item?.help ?? '', weight: i.weight, source: sourceOf(scenario, i.source) };
    });
}

/** Endings that mean the talks failed: no condition at all, a blocked package, or bad for both sides. */
export function failedEndings(scenario: Scenario): Ending[] {
  return scenario.endings.filter((e) => Object.keys(e.when).length === 0
    || e.when.blocked?.some((b) => b !== 'none')
    || (toneFor(e, 'us') === 'bad' && toneFor(e, 'china') === 'bad'));
}

function chosenExcerpts(scenario: Scenario, side: SideId): Excerpt[] {
  const own = sourcedLines(scenario).filter((l) => l.side === side);
  // Each round's fullest line first (the longest text says most), in play order within equal rounds.
  const fullest = [...own].sort((a, b) => b.text.length - a.text.length || own.indexOf(a) - own.indexOf(b));
  const picked: Excerpt[] = [];
  const urls = new Set<string>();
  const rounds = new Set<string>();
  // First pass: one per round, no source twice; second: fill up with the fullest left.
  for (const l of fullest) {
    if (picked.length < EXCERPTS && !rounds.has(l.round) && !urls.has(l.source.url)) {
      picked.push(l);
      rounds.add(l.round);
      urls.add(l.source.url);
    }
  }
  for (const l of fullest) if (picked.length < EXCERPTS && !picked.includes(l)) picked.push(l);
  return picked.sort((a, b) => own.indexOf(a) - own.indexOf(b));
}

/** A side's note with its cited ids resolved through the scenario's table. */
function note(scenario: Scenario, n: { text: string; sources: string[] } | undefined): Note | null {
  if (!n) return null;
  return { text: n.text, sources: n.sources.flatMap((id) => sourceOf(scenario, id) ?? []) };
}

export function roleSheet(scenario: Scenario, sideId: SideId): RoleSheet {
  const side = scenario.sides.find((s) => s.id === sideId) ?? scenario.sides[0];
  const lead = side.delegation.find((p) => p.id === side.lead) ?? side.delegation[0]!;
  const home = scenario.measures.find((m) => m.id === side.homeMeasure);
  const undone = scenario.endings.flatMap((e) => {
    const at = e.when.measures?.[side.homeMeasure]?.max;
    return at === undefined ? [] : [{ at, ending: e.title }];
  });
  return {
    chapter: { id: scenario.id, title: scenario.title, dates: scenario.dates, place: scenario.place },
    side: side.id,
    sideName: side.name,
    speaksAs: { name: lead.name, role: lead.role },
    others: side.delegation.filter((p) => p !== lead).map((p) => ({ name: p.name, role: p.role })),
    goals: side.goals,
    wants: interests(scenario, side.id, true),
    mustNot: interests(scenario, side.id, false),
    hostage: scenario.issues.filter((i) => i.hostage).map((i) => i.label),
    batna: note(scenario, side.batna),
    noDeal: failedEndings(scenario).map((e) => ({ title: e.title, tone: toneFor(e, side.id) })),
    home: {
      label: home?.label ?? side.homeMeasure,
      help: home?.help ?? '',
      start: home?.start ?? 0,
      undone,
      note: note(scenario, side.home),
    },
    excerpts: chosenExcerpts(scenario, side.id),
  };
}
