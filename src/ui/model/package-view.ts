/**
 * The package a game ended in, as each side sees it: what it secured, what it
 * gave up, its score by its own interests, and what the package means for the
 * climate (the items of no other issue, or why there is no package at all).
 * Built from the engine's package outcome; shown on the ending and the debrief.
 */
import type { PackageOutcome } from '../../engine/model/package.ts';
import type { Blocked } from '../../engine/model/state.ts';
import type { Scenario, SideId } from '../../engine/schema.ts';
import type { Mode } from '../../engine/types.ts';
import { h } from '../dom.ts';
import { t } from '../locale/current.ts';

const m = t.model;

/** What the views need of a finished game's package (computed by the engine). */
export interface PackageData {
  outcome: Record<SideId, PackageOutcome>;
  /** Items in the final package, in scenario order. */
  final: readonly string[];
  blocked: Blocked | null;
}

/** The person's side first; both sides always, since the point is that they differ. */
export function sidesFor(mode: Mode): SideId[] {
  return mode === 'china' ? ['china', 'us'] : ['us', 'china'];
}

function itemLabel(scenario: Scenario, id: string): string {
  return scenario.package?.items.find((i) => i.id === id)?.label ?? id;
}

function issueLabel(scenario: Scenario, id: string): string {
  return scenario.issues.find((i) => i.id === id)?.label ?? id;
}

function list(scenario: Scenario, ids: readonly string[], empty: string, cls: string): HTMLElement {
  if (ids.length === 0) return h('p', { class: `package-empty ${cls}` }, empty);
  return h('ul', { class: `package-list ${cls}` }, ids.map((id) => h('li', { 'data-item': id }, itemLabel(scenario, id))));
}

function sideView(scenario: Scenario, o: PackageOutcome, prefix: string): HTMLElement {
  const id = `${prefix}-${o.side}`;
  return h('div', { class: `package-side side-${o.side}`, 'data-side': o.side, role: 'group', 'aria-labelledby': `${id}-secured` },
    h('h3', { id: `${id}-secured`, class: 'package-title' }, m.secured[o.side]),
    list(scenario, o.secured, m.securedNothing, 'is-secured'),
    h('h3', { class: 'package-title' }, m.gaveUp[o.side]),
    list(scenario, o.gaveUp, m.gaveUpNothing, 'is-gave-up'),
    h('p', { class: 'package-score', 'data-percent': o.percent }, m.score(o.percent)),
  );
}

/** The climate items (of no linkable issue) in the package and left out, or why nothing was agreed. */
export function climateLines(scenario: Scenario, data: PackageData): { agreed: string[]; leftOut: string[]; blocked: string | null } {
  const items = (scenario.package?.items ?? []).filter((i) => i.issue === undefined);
  const final = new Set(data.final);
  const b = data.blocked;
  const blocked = b === null ? null : b.reason === 'walk-away' ? m.walkedAway[b.side] : m.hostage[b.side](issueLabel(scenario, b.issue ?? ''));
  return {
    agreed: items.filter((i) => final.has(i.id)).map((i) => i.label),
    leftOut: items.filter((i) => !final.has(i.id)).map((i) => i.label),
    blocked,
  };
}

function climateView(scenario: Scenario, data: PackageData): HTMLElement {
  const lines = climateLines(scenario, data);
  return h('div', { class: 'package-climate' },
    h('h3', { class: 'package-title' }, m.climateHeading),
    lines.blocked ? h('p', { class: 'package-blocked' }, lines.blocked) : null,
    lines.agreed.length
      ? h('p', null, h('span', { class: 'package-key' }, `${m.climateAgreed} `), lines.agreed.join('; '))
      : h('p', null, m.climateNone),
    lines.agreed.length && lines.leftOut.length
      ? h('p', { class: 'hint' }, h('span', { class: 'package-key' }, `${m.climateLeftOut} `), lines.leftOut.join('; '))
      : null,
  );
}

/** The package section: both sides (the person's first), then the climate. `idPrefix` keeps ids unique on a page. */
export function packageView(scenario: Scenario, data: PackageData, mode: Mode, idPrefix = 'package'): HTMLElement {
  const headingId = `${idPrefix}-heading`;
  return h('section', { class: 'card package', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, m.packageHeading),
    h('p', { class: 'hint no-print' }, m.packageIntro),
    h('div', { class: 'package-sides' }, sidesFor(mode).map((side) => sideView(scenario, data.outcome[side], idPrefix))),
    climateView(scenario, data),
  );
}
