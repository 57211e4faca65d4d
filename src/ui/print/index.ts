/**
 * The printable pages (#/roles/ID/SIDE, #/sources/ID, #/memo), loaded on demand
 * by the app: a bar of controls that does not print, then the sheet(s).
 */
import type { Scenario } from '../../engine/schema.ts';
import { teachersGuide } from '../classroom/guide.ts';
import { h } from '../dom.ts';
import { t } from '../locale/current.ts';
import { routeHash, type Route } from '../router.ts';
import { memoView, packetView, roleSheetView } from './print-views.ts';
import { roleSheet } from './role-sheet.ts';
import { sourcePacket } from './source-packet.ts';

export { roleSheet } from './role-sheet.ts';
export { sourcePacket } from './source-packet.ts';

export type PrintRoute = Extract<Route, { name: 'roles' | 'sources' | 'memo' }>;

const p = t.print;

function toolbar(links: { href: string; text: string }[]): HTMLElement {
  return h('div', { class: 'actions no-print print-bar' },
    h('button', { type: 'button', class: 'btn btn-primary', 'data-action': 'print', onclick: () => window.print() }, p.printThis),
    links.map((l) => h('a', { class: 'btn', href: l.href }, l.text)),
  );
}

/** The page for a print route; `scenario` is the chapter's (null for the memo, or when no chapter has that id). */
export function buildPrintPage(route: PrintRoute, scenario: Scenario | null): HTMLElement {
  const guide = teachersGuide();
  const back = { href: routeHash({ name: 'teachers' }), text: t.classroom.toGuide };
  if (route.name === 'memo') {
    const memo = guide.sections.find((s) => s.id === 'memo');
    return h('div', { class: 'print-page' }, toolbar([back]), memo ? memoView(memo) : h('p', null, p.notFound('memo')));
  }
  if (!scenario) {
    return h('div', { class: 'print-page' }, h('h1', { class: 'screen-heading', tabindex: -1 }, p.notFound(route.chapter)), toolbar([back]));
  }
  const sheetLinks = scenario.sides.map((s) => ({ href: routeHash({ name: 'roles', chapter: scenario.id, side: s.id }), text: p.roleSheetLink(s.name) }));
  const packetLink = { href: routeHash({ name: 'sources', chapter: scenario.id }), text: p.packetLink };
  if (route.name === 'roles') {
    const others = sheetLinks.filter((_, i) => scenario.sides[i]?.id !== route.side);
    return h('div', { class: 'print-page' }, toolbar([...others, packetLink, back]), roleSheetView(roleSheet(scenario, route.side)));
  }
  const exercise = guide.sections.find((s) => s.chapter === scenario.id) ?? null;
  return h('div', { class: 'print-page' }, toolbar([...sheetLinks, back]), ...packetView(sourcePacket(scenario), exercise));
}
