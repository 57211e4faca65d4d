/**
 * The ending: its tone and text, what really happened with sources, the final
 * measures, the path both sides took (with a branch button per round once the
 * engine is there), the replay link, and what to do next.
 */
import type { Ending, Scenario } from '../../engine/schema.ts';
import type { GameState } from '../../engine/types.ts';
import { h } from '../dom.ts';
import { t } from '../locale/current.ts';
import { textLang } from '../locale/text-language.ts';
import { metersView } from '../report-view.ts';
import type { Session } from '../session.ts';
import { toneBadge, toneForMode, toneWords } from '../tone-badge.ts';
import { endingOf, pathSummary, sideOf } from '../view-model.ts';
import { screenHeading } from './heading.ts';
import type { ScreenHost } from './host.ts';
import type { ModelViews } from '../model/model-views.ts';
import { packageView } from '../model/package-view.ts';
import { citeLink } from '../cite.ts';

/** The replay parts for a finished game (src/ui/replay/sharing.ts). */
export interface ReplayParts {
  /** "Try a different choice here" for round `round` (0-based). */
  branch(round: number): HTMLElement;
  /** The replay link section. */
  section(): HTMLElement;
}

export interface EndingActions {
  /** Null while the engine is not loaded. */
  replay: ReplayParts | null;
  /** The package per side (from the engine), when the scenario has one. */
  model: ModelViews | null;
  onDebrief(): void;
  onPlayAgain(): void;
  onTitle(): void;
}

/** The ending the game reached (the last ending stands in for one the scenario lacks), with its sound. */
export function showEnding(host: ScreenHost, session: Session, actions: EndingActions): void {
  const { scenario } = session;
  const state = session.state();
  const ending = endingOf(scenario, state.ending) ?? scenario.endings[scenario.endings.length - 1];
  if (!ending) return;
  const tone = toneForMode(ending, state.mode);
  host.show('ending', false, [endingScreen(scenario, state, ending, actions)]);
  host.stopRoom();
  const caption = host.playMeaningful(`ending-${tone}`, t.captionEnding[tone]);
  host.announce([t.endingAnnounce(ending.title, toneWords(scenario, ending, state.mode)), ending.text, caption].filter(Boolean).join(' '));
}

function endingScreen(scenario: Scenario, state: GameState, ending: Ending, actions: EndingActions): HTMLElement {
  const { replay } = actions;
  const path = pathSummary(scenario, state.log);
  return h('div', { class: 'ending' },
    toneBadge(scenario, ending, state.mode),
    screenHeading('h1', ending.title, '', textLang(scenario)),
    h('p', { class: 'lead', lang: textLang(scenario) }, ending.text),
    actions.model?.pkg ? packageView(scenario, actions.model.pkg, state.mode, 'ending-package') : null,
    h('section', { class: 'card', 'aria-labelledby': 'history-heading' },
      h('h2', { id: 'history-heading' }, t.whatHappenedReally),
      h('p', { lang: textLang(scenario) }, ending.history),
      h('h3', { class: 'small-heading' }, t.sourcesHeading),
      h('ul', { class: 'sources' }, ending.sources.map((id) => h('li', null, citeLink(scenario, id)))),
    ),
    h('section', { class: 'card', 'aria-labelledby': 'final-heading' },
      h('h2', { id: 'final-heading' }, t.finalMeasures),
      metersView(scenario, state.measures),
    ),
    h('section', { class: 'card', 'aria-labelledby': 'path-heading' },
      h('h2', { id: 'path-heading' }, t.pathHeading),
      h('ol', { class: 'path' }, path.map((p, i) => h('li', null,
        h('p', { class: 'path-round' }, p.round),
        h('p', { class: 'path-choice side-us' }, h('span', { class: 'path-side' }, `${sideOf(scenario, 'us').short}${t.punct.colon}`), h('span', null, ` ${p.us}`)),
        h('p', { class: 'path-choice side-china' }, h('span', { class: 'path-side' }, `${sideOf(scenario, 'china').short}${t.punct.colon}`), h('span', null, ` ${p.china}`)),
        replay ? replay.branch(i) : null,
      ))),
    ),
    replay ? replay.section() : null,
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'btn btn-primary', 'data-action': 'debrief', onclick: () => actions.onDebrief() }, t.classroom.openDebrief),
      h('button', { type: 'button', class: 'btn', 'data-action': 'again', onclick: () => actions.onPlayAgain() }, t.playAgain),
      h('button', { type: 'button', class: 'btn', onclick: () => actions.onTitle() }, t.backToTitle),
    ),
  );
}
