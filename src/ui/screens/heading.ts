/**
 * The heading every screen starts with. It takes focus (tabindex -1) when the
 * screen changes, so keyboard and screen-reader users land at the top.
 */
import { h } from '../dom.ts';

/** `lang`: the heading's language when it is not the page's (an untranslated chapter's title). */
export function screenHeading(level: 'h1' | 'h2', text: string, extra: string = '', lang: string | null = null): HTMLElement {
  return h(level, { tabindex: -1, class: `screen-heading ${extra}`.trim(), lang }, text);
}
