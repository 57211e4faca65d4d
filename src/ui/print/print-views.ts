/**
 * The printed materials as DOM, from their plain-data builders (role-sheet.ts,
 * source-packet.ts) and the teacher's guide's sections (the memo, the
 * source-checking exercise). Built with h(): no HTML strings. Each page is one
 * <article class="print-sheet">; the print CSS (styles/print-sheets.css) fits a
 * role sheet and the memo on one A4 or Letter page, a packet on two.
 */
import type { GuideSection } from '../guide/guide-schema.ts';
import { guideBlock } from '../classroom/guide.ts';
import type { Source } from '../../engine/schema.ts';
import { h, sourceLink } from '../dom.ts';
import { t } from '../locale/current.ts';
import type { Excerpt } from './excerpts.ts';
import type { InterestLine, Note, RoleSheet } from './role-sheet.ts';
import type { SourcePacket } from './source-packet.ts';

const p = t.print;

/** A link that prints its address too (a sheet on paper cannot be clicked). */
function printedLink(source: Source): HTMLElement {
  return h('span', { class: 'printed-link' }, sourceLink(source.label, source.url, t.opensInNewTab), h('span', { class: 'print-url' }, source.url));
}

function interestList(lines: readonly InterestLine[], kind: string): HTMLElement {
  return h('ul', { class: `sheet-interests ${kind}` }, lines.map((i) => h('li', null,
    h('span', { class: 'sheet-weight' }, p.weight(i.weight)),
    h('strong', null, i.label), ' \u2014 ', i.item, '. ',
    i.source ? h('span', { class: 'sheet-source' }, sourceLink(i.source.label, i.source.url, t.opensInNewTab)) : null,
  )));
}

function note(n: Note | null): HTMLElement | null {
  if (!n) return null;
  return h('div', { class: 'sheet-note' },
    h('p', null, n.text),
    h('p', { class: 'sheet-note-sources' }, n.sources.map((s, i) => [i ? ' \u00b7 ' : '', sourceLink(s.label, s.url, t.opensInNewTab)])),
  );
}

/** One excerpt: who said it (with the side, in the packet), the words, and where they were read. */
function excerptItem(e: Excerpt, sideName: string | null): HTMLElement {
  return h('li', { class: 'excerpt' },
    h('p', { class: 'excerpt-head' }, sideName ? null : [h('span', { class: 'excerpt-date' }, e.date), ' \u00b7 '], h('strong', null, e.speaker), sideName ? ` (${sideName})` : null),
    h('p', { class: 'excerpt-text' }, e.text),
    h('p', { class: 'excerpt-source' }, printedLink(e.source)),
  );
}

function section(cls: string, heading: string, ...children: (HTMLElement | string | null | HTMLElement[])[]): HTMLElement {
  return h('section', { class: `sheet-part ${cls}` }, h('h2', null, heading), ...children);
}

export function roleSheetView(sheet: RoleSheet): HTMLElement {
  return h('article', { class: 'print-sheet role-sheet', 'data-sheet': `${sheet.chapter.id}/${sheet.side}` },
    h('p', { class: 'sheet-confidential' }, p.confidential),
    h('h1', { class: 'screen-heading', tabindex: -1 }, p.roleSheetTitle(sheet.sideName)),
    h('p', { class: 'sheet-chapter' }, p.chapterLine(sheet.chapter.title, sheet.chapter.dates, sheet.chapter.place)),
    section('sheet-delegation', p.delegationHeading,
      h('p', null, p.youSpeakAs(sheet.speaksAs.name, sheet.speaksAs.role)),
      sheet.others.length ? h('p', null, p.alsoAtTable, ' ', sheet.others.map((o, i) => [i ? '; ' : '', h('strong', null, o.name), `, ${o.role}`])) : null,
    ),
    h('div', { class: 'sheet-columns' },
      section('sheet-wants', p.wantsHeading, h('p', { class: 'sheet-intro' }, p.wantsIntro), interestList(sheet.wants, 'wants')),
      section('sheet-must-not', p.mustNotHeading,
        h('p', { class: 'sheet-intro' }, p.mustNotIntro),
        sheet.mustNot.length ? interestList(sheet.mustNot, 'must-not') : h('p', null, p.mustNotNone),
        sheet.hostage.map((issue) => h('p', { class: 'sheet-hostage' }, p.hostage(issue))),
      ),
    ),
    h('div', { class: 'sheet-columns' },
      section('sheet-batna', p.batnaHeading,
        note(sheet.batna),
        h('p', { class: 'sheet-no-deal' }, p.noDealEndings, ' ', sheet.noDeal.map((e, i) => [i ? '; ' : '', p.noDealEnding(e.title, p.toneForYou[e.tone])]), '.'),
      ),
      section('sheet-home', p.homeHeading,
        h('p', null, h('strong', null, p.homeMeasure(sheet.home.label, sheet.home.start)), ' ', sheet.home.help),
        sheet.home.undone.map((u) => h('p', null, p.homeUndone(u.at, u.ending))),
        note(sheet.home.note),
      ),
    ),
    section('sheet-excerpts', p.excerptsHeading,
      sheet.excerpts.length ? h('ol', { class: 'excerpts' }, sheet.excerpts.map((e) => excerptItem(e, null))) : h('p', null, p.excerptsNone),
    ),
  );
}

export function packetView(packet: SourcePacket, exercise: GuideSection | null): HTMLElement[] {
  const sideName = (e: Excerpt) => (e.side === 'us' ? packet.us : packet.china);
  const pages: HTMLElement[] = [h('article', { class: 'print-sheet packet', 'data-sheet': `${packet.chapter.id}/sources` },
    h('h1', { class: 'screen-heading', tabindex: -1 }, `${p.packetTitle}: ${packet.chapter.title}`),
    h('p', { class: 'sheet-chapter' }, p.chapterLine(packet.chapter.title, packet.chapter.dates, packet.chapter.place)),
    h('p', { class: 'sheet-intro' }, p.packetIntro(packet.us, packet.china)),
    packet.rounds.length === 0 ? h('p', null, p.packetNone) : null,
    packet.rounds.map((r) => h('section', { class: 'packet-round' },
      h('h2', null, `${r.date}: ${r.title}`),
      h('ol', { class: 'excerpts' }, r.excerpts.map((e) => excerptItem(e, sideName(e)))),
    )),
  )];
  if (exercise) {
    pages.push(h('article', { class: 'print-sheet packet-exercise', 'data-sheet': `${packet.chapter.id}/exercise` },
      h('h2', { class: 'sheet-title' }, exercise.heading),
      exercise.blocks.map((b, i) => guideBlock(b, exercise.id, i)),
    ));
  }
  return pages;
}

/** The memo page: its instructions, each step of the template with room to write, and the rubric. */
export function memoView(memo: GuideSection): HTMLElement {
  return h('article', { class: 'print-sheet memo', 'data-sheet': 'memo' },
    h('h1', { class: 'screen-heading', tabindex: -1 }, memo.heading),
    h('p', { class: 'memo-name' }, h('span', null, p.nameLine), h('span', null, p.sideLine)),
    memo.blocks.map((b, i) => {
      if ('steps' in b) {
        return h('ol', { class: 'memo-steps' }, b.steps.map((step) => h('li', null,
          h('p', { class: 'memo-prompt' }, step),
          h('div', { class: 'memo-box', 'aria-hidden': 'true' }))));
      }
      if ('table' in b) return h('div', { class: 'memo-rubric' }, h('h2', null, p.rubricHeading), guideBlock(b, memo.id, i));
      return guideBlock(b, memo.id, i);
    }),
  );
}
