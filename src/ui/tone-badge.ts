import type { Ending } from '../engine/schema.ts';
import { h } from './dom.ts';
import { t } from './locale/en.ts';

/** "✓ Good outcome": an ending's tone as an icon (hidden from screen readers) and words, so colour never carries it alone. */
export function toneBadge(ending: Ending): HTMLElement {
  return h('p', { class: `tone tone-${ending.tone}` }, h('span', { class: 'tone-icon', 'aria-hidden': 'true' }, t.toneIcon[ending.tone]), ' ', t.tone[ending.tone]);
}
