import type { Ending, SideId } from '../engine/schema.ts';
import { toneFor, type Mode } from '../engine/types.ts';
import { h } from './dom.ts';
import { t } from './locale/en.ts';

/**
 * "✓ Good outcome": an ending's tone as an icon (hidden from screen readers) and words, so colour never carries it alone.
 * Endings may read differently for each side: `who` is the player's side, or the game's mode.
 */
export function toneBadge(ending: Ending, who: SideId | Mode): HTMLElement {
  const tone = toneFor(ending, who);
  return h('p', { class: `tone tone-${tone}` }, h('span', { class: 'tone-icon', 'aria-hidden': 'true' }, t.toneIcon[tone]), ' ', t.tone[tone]);
}
