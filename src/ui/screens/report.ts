/**
 * The report after a round: both answers, what changed and why, the event,
 * the measures; then the sounds the outcome calls for, with their captions.
 */
import type { SideId } from '../../engine/schema.ts';
import { h } from '../dom.ts';
import { t } from '../locale/current.ts';
import { answersView, changesView, eventOf, eventView, reportAnnouncement, reportMetersView } from '../report-view.ts';
import type { Session } from '../session.ts';
import { peopleOf } from '../turn.ts';
import { netChanges, otherSide } from '../view-model.ts';
import { screenHeading } from './heading.ts';
import type { ScreenHost } from './host.ts';

/** Marks a part of the screen to sit under the stage on wide layouts (see Shell). */
function dockedUnderStage(part: HTMLElement): HTMLElement {
  part.dataset.dock = 'stage';
  return part;
}

/** The report of the last round played (nothing before any); `onContinue` moves the game on. */
export function showReport(host: ScreenHost, session: Session, onContinue: () => void): void {
  const { scenario, mode } = session;
  const state = session.state();
  const record = state.log[state.log.length - 1];
  if (!record) return;
  const round = scenario.rounds.find((r) => r.id === record.round);
  const persons = peopleOf(session);
  // Show the other side first (the answer); in two-player mode, both.
  const order: SideId[] = mode === 'two' ? ['us', 'china'] : [otherSide(persons[0] ?? 'us'), persons[0] ?? 'us'];
  const event = eventOf(scenario, record);
  const net = netChanges(scenario, record.changes);
  const last = state.round >= scenario.rounds.length;
  host.show('report', true, [
    h('div', { class: 'report' },
      h('p', { class: 'eyebrow' }, round?.date ?? ''),
      screenHeading('h1', t.reportHeading(round?.title ?? record.round)),
      answersView(scenario, record, order, (side, name) =>
        session.isPerson(side) && mode !== 'two' ? t.yourAnswer(name) : t.theirAnswer(name)),
      changesView(scenario, record),
      eventView(scenario, record),
      dockedUnderStage(reportMetersView(scenario, record)),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'btn btn-primary', 'data-action': 'continue', onclick: () => onContinue() }, last ? t.toEnding : t.continue),
      ),
    ),
  ]);
  host.refreshStage();
  // Sound and its captions, then the whole report for screen readers.
  const captions: string[] = [];
  const up = net.some((n) => n.by > 0);
  const down = net.some((n) => n.by < 0);
  if (up) captions.push(host.playMeaningful('up', t.captionUp));
  else if (down) captions.push(host.playMeaningful('down', t.captionDown));
  if (event) captions.push(host.playMeaningful('event', t.captionEvent));
  host.announce([...reportAnnouncement(scenario, record, order), ...captions].filter(Boolean).join(' '));
}
