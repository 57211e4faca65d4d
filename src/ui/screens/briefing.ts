/**
 * The briefing before the first round: where things stand, each player's
 * goals, and what the measures and issues mean.
 */
import type { Scenario, SideId } from '../../engine/schema.ts';
import { h } from '../dom.ts';
import { t } from '../locale/current.ts';
import { textLang } from '../locale/text-language.ts';
import type { Session } from '../session.ts';
import { peopleOf } from '../turn.ts';
import { sideOf } from '../view-model.ts';
import { screenHeading } from './heading.ts';
import type { ScreenHost } from './host.ts';
import { citeLink } from '../cite.ts';

export function showBriefing(host: ScreenHost, session: Session): void {
  const { scenario } = session;
  host.show('briefing', false, [briefingScreen(scenario, peopleOf(session), () => session.send({ type: 'START' }))]);
  host.announce(`${t.briefingHeading}${t.punct.stopSpace}${scenario.briefing.intro}`);
}

/** `people` are the sides played by people here: only their goals are shown. */
function briefingScreen(scenario: Scenario, people: readonly SideId[], onStart: () => void): HTMLElement {
  const b = scenario.briefing;
  const lang = textLang(scenario);
  return h('div', { class: 'briefing' },
    h('p', { class: 'eyebrow', lang }, scenario.title),
    screenHeading('h1', t.briefingHeading),
    h('p', { class: 'lead briefing-intro', lang }, b.intro),
    h('div', { class: 'briefing-cols' },
      h('section', { class: 'card', 'aria-labelledby': 'timeline-heading' },
        h('h2', { id: 'timeline-heading' }, t.whereThingsStand),
        h('ol', { class: 'timeline' }, b.timeline.map((item) =>
          h('li', { lang },
            h('p', { class: 'timeline-date' }, item.date),
            h('p', null, item.text, ' ', citeLink(scenario, item.source)),
          ))),
      ),
      h('div', null,
        people.map((sideId) => {
          const side = sideOf(scenario, sideId);
          return h('section', { class: `card side-${sideId}`, 'aria-labelledby': `goals-${sideId}` },
            h('h2', { id: `goals-${sideId}` }, t.yourGoals(side.name)),
            h('ul', { class: 'goals', lang }, side.goals.map((g) => h('li', null, g))),
          );
        }),
        h('section', { class: 'card', 'aria-labelledby': 'measures-heading' },
          h('h2', { id: 'measures-heading' }, t.measuresHeading),
          h('dl', { class: 'defs', lang }, scenario.measures.map((m) => [h('dt', null, m.label), h('dd', null, m.help)])),
        ),
        h('section', { class: 'card', 'aria-labelledby': 'issues-heading' },
          h('h2', { id: 'issues-heading' }, t.issuesHeading),
          h('dl', { class: 'defs', lang }, scenario.issues.map((i) => [h('dt', null, i.label), h('dd', null, i.help)])),
        ),
      ),
    ),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'btn btn-primary', 'data-action': 'start', onclick: () => onStart() }, t.start),
    ),
  );
}
