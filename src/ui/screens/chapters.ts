/**
 * The title's timeline of chapters: one card each, in the order of history,
 * with its dates, length, the question it asks and whether it has been played.
 * Choosing one is a link (#/play/ID), so a chapter can be shared or bookmarked.
 */
import type { ChapterCard } from '../../scenarios/chapters.ts';
import { h } from '../dom.ts';
import { t } from '../locale/current.ts';
import { routeHash } from '../router.ts';

export interface ChapterList {
  chapters: readonly ChapterCard[];
  chosen: string;
  /** Ids of the chapters played to an ending in this browser. */
  played: ReadonlySet<string>;
}

/** The chapter's printed hand-outs: a role sheet per side and the source packet (src/ui/print/). */
export function printLinks(id: string, describedBy: string): HTMLElement {
  const w = t.print;
  return h('p', { class: 'print-links' },
    (['us', 'china'] as const).map((side) => h('a', { href: routeHash({ name: 'roles', chapter: id, side }), 'aria-describedby': describedBy }, w.roleSheetLink(w.sideName[side]))),
    h('a', { href: routeHash({ name: 'sources', chapter: id }), 'aria-describedby': describedBy }, w.packetLink),
  );
}

export function chapterTimeline(list: ChapterList): HTMLElement {
  const cards = list.chapters.map((c) => {
    const chosen = c.id === list.chosen;
    const titleId = `chapter-${c.id}-title`;
    return h('li', { class: `chapter-card${chosen ? ' chosen' : ''}`, 'data-chapter': c.id, 'aria-current': chosen ? 'true' : null },
      h('p', { class: 'eyebrow', lang: c.lang }, c.dates),
      h('h3', { id: titleId, lang: c.lang }, c.title),
      h('p', { class: 'question', lang: c.lang }, c.subtitle),
      h('p', { class: 'meta' },
        h('span', null, t.minutes(c.minutes.min, c.minutes.max)),
        h('span', { class: list.played.has(c.id) ? 'played' : 'not-played' }, list.played.has(c.id) ? t.chapterPlayed : t.chapterNotPlayed),
      ),
      chosen
        ? h('p', { class: 'chosen-mark' }, t.chapterChosen)
        : h('a', { class: 'btn', href: routeHash({ name: 'play', chapter: c.id }), 'aria-describedby': titleId }, t.chapterChoose),
      printLinks(c.id, titleId),
    );
  });
  return h('section', { class: 'chapters', 'aria-labelledby': 'chapters-heading' },
    h('h2', { id: 'chapters-heading', class: 'small-heading' }, t.chaptersHeading),
    h('ol', { class: 'chapter-timeline' }, ...cards),
  );
}
