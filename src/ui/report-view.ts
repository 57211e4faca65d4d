/**
 * A round's report as DOM: both answers, the changes with their reasons, the
 * event, and the meters. Shared by the live game (screens/report.ts) and the replay viewer.
 */
import type { Scenario, SideId } from '../engine/schema.ts';
import type { RoundRecord } from '../engine/types.ts';
import { h } from './dom.ts';
import { t } from './locale/current.ts';
import { findOption, formatDelta, measureLabel, netChanges, reasonFor, sideOf } from './view-model.ts';
import { citeLink } from './cite.ts';

export function metersView(scenario: Scenario, values: Record<string, number>, deltas: Record<string, number> = {}): HTMLElement {
  return h('ul', { class: 'meters' }, scenario.measures.map((m) => {
    const value = values[m.id] ?? m.start;
    const by = deltas[m.id];
    const fill = h('span', { class: 'meter-fill' });
    fill.style.width = `${Math.max(0, Math.min(100, value))}%`;
    return h('li', { class: `meter meter-${m.id}` },
      h('span', { class: 'meter-label' }, m.label),
      h('span', { class: 'meter-value' }, String(value),
        by !== undefined && by !== 0 ? h('span', { class: `meter-delta ${by > 0 ? 'is-up' : 'is-down'}` }, ` ${formatDelta(by)}`) : null),
      h('span', { class: 'meter-bar', 'aria-hidden': 'true' }, fill),
    );
  }));
}

/** Both sides' answers, in the given order, each under the heading `headingFor` gives. */
export function answersView(scenario: Scenario, record: RoundRecord, order: readonly SideId[], headingFor: (side: SideId, name: string) => string): HTMLElement {
  return h('div', { class: 'answers' }, order.map((side) => {
    const option = findOption(scenario, record.round, side, record.choices[side]);
    const name = sideOf(scenario, side).name;
    return h('section', { class: `card answer side-${side}`, 'aria-labelledby': `answer-${side}` },
      h('h2', { id: `answer-${side}`, class: 'small-heading' }, headingFor(side, name)),
      h('p', { class: 'answer-label' }, option?.label ?? record.choices[side]),
      option ? h('p', null, option.text) : null,
    );
  }));
}

export function changesView(scenario: Scenario, record: RoundRecord): HTMLElement {
  const items = record.changes.filter((c) => c.by !== 0).map((change) =>
    h('li', { class: `change ${change.by > 0 ? 'is-up' : 'is-down'}` },
      h('span', { class: 'change-head' },
        h('span', { class: 'change-measure' }, measureLabel(scenario, change.measure)),
        h('span', { class: 'change-by' }, formatDelta(change.by)),
        h('span', { class: 'change-to' }, `→ ${change.to}`),
      ),
      h('span', { class: 'change-why' }, reasonFor(scenario, record.round, change)),
    ));
  return h('section', { class: 'card', 'aria-labelledby': 'changes-heading' },
    h('h2', { id: 'changes-heading', class: 'small-heading' }, t.changesHeading),
    items.length ? h('ul', { class: 'changes' }, items) : h('p', null, t.noChanges),
  );
}

export function eventOf(scenario: Scenario, record: RoundRecord) {
  return record.event ? scenario.events.find((e) => e.id === record.event) : undefined;
}

export function eventView(scenario: Scenario, record: RoundRecord): HTMLElement | null {
  const event = eventOf(scenario, record);
  if (!event) return null;
  return h('section', { class: 'card event', 'aria-labelledby': 'event-heading' },
    h('h2', { id: 'event-heading', class: 'small-heading' }, t.eventHeading),
    h('p', { class: 'event-title' }, event.title),
    h('p', null, event.text),
    h('p', null, citeLink(scenario, event.source, t.sourceOf)),
  );
}

/** The meters after the round, with the round's net change beside each. */
export function reportMetersView(scenario: Scenario, record: RoundRecord): HTMLElement {
  const deltas = Object.fromEntries(netChanges(scenario, record.changes).map((n) => [n.measure, n.by]));
  return h('section', { class: 'meters-box', 'aria-labelledby': 'report-meters' },
    h('h2', { id: 'report-meters', class: 'small-heading' }, t.measuresShort),
    metersView(scenario, record.measures, deltas),
  );
}

/** What a screen reader hears for a report: both answers, each change with its reason, the event. */
export function reportAnnouncement(scenario: Scenario, record: RoundRecord, order: readonly SideId[]): string[] {
  const event = eventOf(scenario, record);
  return [
    ...order.map((side) => `${sideOf(scenario, side).name}${t.punct.colon}${findOption(scenario, record.round, side, record.choices[side])?.label ?? ''}${t.punct.stop}`),
    ...record.changes.filter((c) => c.by !== 0).map((c) => t.changeLine(measureLabel(scenario, c.measure), formatDelta(c.by), c.to, reasonFor(scenario, record.round, c))),
    event ? `${t.eventHeading}${t.punct.colon}${event.title}${t.punct.stopSpace}${event.text}` : '',
  ].filter(Boolean);
}
