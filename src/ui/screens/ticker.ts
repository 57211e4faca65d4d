/**
 * The round's headlines. With motion allowed they scroll as a seamless
 * marquee that can be paused; with reduced motion they are a plain list.
 */
import { h } from '../dom.ts';
import { t } from '../locale/current.ts';

export interface Headline {
  outlet: string;
  text: string;
  /** The text sums up the outlet's report; it is not the outlet's own headline. */
  summary?: boolean;
}

export function ticker(headlines: readonly Headline[], reducedMotion: boolean): HTMLElement {
  const item = (hl: Headline) =>
    h('li', null,
      h('span', { class: 'outlet' }, hl.outlet), ' ',
      hl.summary ? [h('span', { class: 'headline-kind' }, t.headlineSummary), ' '] : null,
      hl.text);
  const list = h('ul', { class: 'ticker-list' }, headlines.map(item));
  const section = h('section', { class: 'ticker', 'aria-labelledby': 'ticker-heading', 'data-ticker': true },
    h('h3', { id: 'ticker-heading', class: 'small-heading' }, t.headlinesHeading),
  );
  const viewport = h('div', { class: 'ticker-viewport' }, list);
  section.append(viewport);
  if (!reducedMotion && headlines.length > 0) {
    // A seamless loop: the copy is for the eye only.
    const copy = h('ul', { class: 'ticker-list', 'aria-hidden': 'true' }, headlines.map(item));
    const track = h('div', { class: 'ticker-track' }, list, copy);
    viewport.replaceChildren(track);
    viewport.classList.add('is-marquee');
    viewport.dataset.allowOverflow = 'true';
    const pause = h('button', { type: 'button', class: 'btn btn-small btn-quiet ticker-toggle', 'aria-pressed': 'false' }, t.pauseHeadlines);
    pause.addEventListener('click', () => {
      const paused = viewport.classList.toggle('is-paused');
      pause.setAttribute('aria-pressed', String(paused));
      pause.textContent = paused ? t.playHeadlines : t.pauseHeadlines;
    });
    section.append(pause);
  }
  return section;
}

/** Swaps the ticker inside `container` (if there is one) for a fresh one, e.g. after the motion setting changed. */
export function refreshTicker(container: HTMLElement, headlines: readonly Headline[], reducedMotion: boolean): void {
  container.querySelector('[data-ticker]')?.replaceWith(ticker(headlines, reducedMotion));
}
