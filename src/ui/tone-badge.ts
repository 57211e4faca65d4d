/**
 * How an ending reads, as icon and words (colour never carries it alone), for
 * the side a person played. An ending may read the same for both sides or
 * differently for each; with two players, both readings are shown when they differ.
 */
import type { Scenario, SideId } from '../engine/schema.ts';
import { toneFor, type Mode, type Tone } from '../engine/types.ts';
import { h } from './dom.ts';
import { t } from './locale/current.ts';
import { sideOf } from './view-model.ts';

/** An ending's tone as the scenario gives it: one for both sides, or one per side. */
export interface Toned {
  tone: Tone | Record<SideId, Tone>;
}

/** How the ending reads for one side. */
export function toneOf(ending: Toned, side: SideId): Tone {
  return toneFor(ending, side);
}

/** The tone the ending's sound and announcement follow: the person's side, or with two players their shared tone (mixed when they differ). */
export function toneForMode(ending: Toned, mode: Mode): Tone {
  return toneFor(ending, mode);
}

/** The sides whose reading is shown: the person's, or both when two players read it differently. */
export function toneSides(ending: Toned, mode: Mode): SideId[] {
  if (mode !== 'two') return [mode];
  return toneOf(ending, 'us') === toneOf(ending, 'china') ? [] : ['us', 'china'];
}

function badge(tone: Tone, who: string | null): HTMLElement {
  return h('p', { class: `tone tone-${tone}`, 'data-tone': tone },
    h('span', { class: 'tone-icon', 'aria-hidden': 'true' }, t.toneIcon[tone]), ' ',
    who === null ? t.tone[tone] : t.toneFor(who, t.tone[tone]));
}

/** "✓ Good outcome" for the side played; "US: ✓ Good outcome · China: ✗ Bad outcome" for two players when the readings differ. */
export function toneBadge(scenario: Scenario, ending: Toned, mode: Mode): HTMLElement {
  const sides = toneSides(ending, mode);
  if (sides.length === 0) return badge(toneForMode(ending, mode), null);
  if (sides.length === 1) return badge(toneOf(ending, sides[0]!), sideOf(scenario, sides[0]!).short);
  return h('div', { class: 'tone-pair' }, sides.map((side) => badge(toneOf(ending, side), sideOf(scenario, side).short)));
}

/** The badge's words, for announcements: "Good outcome", or "US: Good outcome, China: Bad outcome". */
export function toneWords(scenario: Scenario, ending: Toned, mode: Mode): string {
  const sides = toneSides(ending, mode);
  if (sides.length === 0) return t.tone[toneForMode(ending, mode)];
  return sides.map((side) => t.toneFor(sideOf(scenario, side).short, t.tone[toneOf(ending, side)])).join(t.listSeparator);
}

/** The ending's reading for each side, for tables (class results). */
export function toneCell(tone: Tone): HTMLElement {
  return h('span', { class: `tone-text tone-text-${tone}`, 'data-tone': tone },
    h('span', { class: 'tone-icon', 'aria-hidden': 'true' }, t.toneIcon[tone]), ' ', t.toneShort[tone]);
}
