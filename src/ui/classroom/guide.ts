/**
 * "For teachers": the teacher's guide rendered from its JSON (the same data as
 * docs/teaching-guide.md), with a contents list and a link to the class page.
 */
import { parseGuide, type Guide, type GuideBlock } from '../guide/guide-schema.ts';
import guideJson from '../guide/teaching-guide.en.json';
import type { Scenario } from '../../engine/schema.ts';
import { h, sourceLink } from '../dom.ts';
import { routeHash } from '../router.ts';
import { t } from '../locale/current.ts';
import { pageLanguage } from '../locale/page-language.ts';
import { c } from './strings.ts';

let cached: Guide | null = null;
/** The language of the guide's words: English, or the page's when it has its own teaching-guide.<tag>.json. */
let guideLanguage = 'en';

// Other languages' guides, loaded only for the page in that language.
const translations = import.meta.glob<unknown>(['../guide/teaching-guide.*.json', '!../guide/teaching-guide.en.json'], { import: 'default' });

export function teachersGuide(): Guide {
  cached ??= parseGuide(guideJson);
  return cached;
}

/** Uses the guide written for `language` if there is one that reads; else the English guide stays. */
export async function useGuideLanguage(language: string): Promise<void> {
  const load = translations[`../guide/teaching-guide.${language}.json`];
  if (!load) return;
  try {
    cached = parseGuide(await load());
    guideLanguage = language;
  } catch (error) {
    console.warn(`Linkage: the teacher's guide in "${language}" could not be read; showing English.`, error);
  }
}

/** One block of the guide as DOM (also used by the printed memo and source-checking pages). */
export function guideBlock(b: GuideBlock, sectionId: string, index: number): HTMLElement {
  if ('p' in b) return h('p', null, b.p);
  if ('list' in b) return h('ul', { class: 'guide-list' }, b.list.map((item) => h('li', null, item)));
  if ('steps' in b) return h('ol', { class: 'guide-steps' }, b.steps.map((item) => h('li', null, item)));
  if ('table' in b) {
    return h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': `${b.table.head.join(', ')}` },
      h('table', { class: 'data-table guide-table' },
        h('thead', null, h('tr', null, b.table.head.map((cell) => h('th', { scope: 'col' }, cell)))),
        h('tbody', null, b.table.rows.map((row) => h('tr', null,
          row.map((cell, i) => (i === 0 ? h('th', { scope: 'row' }, cell) : h('td', null, cell)))))),
      ));
  }
  if ('qa' in b) {
    return h('ol', { class: 'guide-qa' }, b.qa.map((q, i) => h('li', null,
      h('p', { class: 'guide-q' }, q.q),
      q.choices ? h('ol', { class: 'guide-choices', type: 'A' }, q.choices.map((choice) => h('li', null, choice))) : null,
      h('details', { class: 'guide-answer', id: `${sectionId}-a${index}-${i}` },
        h('summary', null, c.guideAnswer),
        h('p', null, q.a)),
    )));
  }
  return h('ul', { class: 'sources' }, b.sources.map((src) => h('li', null, sourceLink(src.label, src.url, t.opensInNewTab))));
}

/** In-page links must not change the hash: the hash is the app's route. */
function jumpTo(e: Event, id: string): void {
  e.preventDefault();
  const target = document.getElementById(id);
  target?.scrollIntoView({ block: 'start' });
  target?.focus({ preventScroll: true });
}

export interface GuideOptions {
  heading: (text: string) => HTMLElement;
  onBack: () => void;
  classHref: string;
  /** Every chapter (the teachers' own too), for the links to its printed materials. */
  chapters: readonly Scenario[];
}

/** Links to each chapter's role sheets and source packet, and to the memo template (src/ui/print/). */
function printedMaterials(chapters: readonly Scenario[]): HTMLElement {
  const w = t.print;
  return h('section', { class: 'card guide-section guide-printed', id: 'guide-printed', tabindex: -1, 'aria-labelledby': 'guide-printed-heading' },
    h('h2', { id: 'guide-printed-heading' }, w.materialsHeading),
    h('p', null, w.materialsIntro),
    h('ul', { class: 'guide-list' },
      // One link per line: a link that wraps inside running text would overlap its neighbours.
      chapters.map((s) => h('li', { 'data-print-chapter': s.id },
        h('strong', null, s.title),
        h('ul', { class: 'print-link-list' },
          s.sides.map((side) => h('li', null, h('a', { href: routeHash({ name: 'roles', chapter: s.id, side: side.id }) }, w.roleSheetLinkFor(side.name, s.title)))),
          h('li', null, h('a', { href: routeHash({ name: 'sources', chapter: s.id }) }, w.packetLinkFor(s.title)))))),
      h('li', null, h('a', { href: routeHash({ name: 'memo' }) }, w.memoLink)),
    ),
  );
}

export function buildGuide(options: GuideOptions): HTMLElement {
  const guide = teachersGuide();
  // An English guide inside a page in another language says so, for screen readers and fonts.
  const lang = guideLanguage === pageLanguage() ? null : guideLanguage;
  const title = options.heading(guide.title);
  if (lang) title.lang = lang;
  return h('div', { class: 'guide' },
    h('p', { class: 'eyebrow' }, c.forTeachersEyebrow),
    title,
    h('div', { class: 'actions no-print' },
      h('a', { class: 'btn', href: options.classHref, 'data-action': 'to-class' }, c.toClassPage),
      h('button', { type: 'button', class: 'btn', 'data-action': 'back', onclick: options.onBack }, t.backToTitle),
    ),
    h('nav', { class: 'card guide-contents', 'aria-labelledby': 'guide-contents-heading' },
      h('h2', { id: 'guide-contents-heading' }, c.contents),
      h('ol', null,
        h('li', null, h('a', { href: '#guide-printed', 'data-section-link': 'printed', onclick: (e: Event) => jumpTo(e, 'guide-printed') }, t.print.materialsHeading)),
        guide.sections.map((s) => h('li', { lang }, h('a', { href: `#guide-${s.id}`, 'data-section-link': s.id, onclick: (e: Event) => jumpTo(e, `guide-${s.id}`) }, s.heading)))),
    ),
    printedMaterials(options.chapters),
    guide.sections.map((s) => h('section', { class: 'card guide-section', id: `guide-${s.id}`, tabindex: -1, 'aria-labelledby': `guide-${s.id}-heading`, lang },
      h('h2', { id: `guide-${s.id}-heading` }, s.heading),
      s.blocks.map((b, i) => guideBlock(b, s.id, i)),
    )),
    h('div', { class: 'actions no-print' },
      h('a', { class: 'btn', href: options.classHref }, c.toClassPage),
      h('button', { type: 'button', class: 'btn', onclick: options.onBack }, t.backToTitle),
    ),
  );
}
