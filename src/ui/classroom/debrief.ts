/**
 * The debrief after every game: why this ending, the measures over the rounds,
 * the path beside what really happened, discussion questions, a glossary, the
 * replay link and printing. Built from the finished GameState and the scenario.
 */
import type { Scenario, SideId } from '../../engine/schema.ts';
import type { GameState } from '../../engine/types.ts';
import { h } from '../dom.ts';
import { t } from '../locale/current.ts';
import { toneBadge } from '../tone-badge.ts';
import { endingOf, formatDelta, measureLabel, sideOf } from '../view-model.ts';
import { lineChart } from '../chart.ts';
import { measureSeries, pathBesideHistory, traceCauses, type TracedCause } from './causes.ts';
import { c } from './strings.ts';
import type { ModelViews } from '../model/model-views.ts';
import { packageView } from '../model/package-view.ts';
import { modelView, reasonsView } from '../model/reasons-view.ts';
import { citeLink } from '../cite.ts';

export interface DebriefOptions {
  scenario: Scenario;
  state: GameState;
  /** The screen heading (focusable h1) as the app builds it. */
  heading: (text: string) => HTMLElement;
  onBack: () => void;
  onPlayAgain?: () => void;
  /** The replay link section (src/ui/replay/sharing.ts), shown as it comes. */
  replay?: HTMLElement | null;
  /** "Try a different choice here" for round i (0-based), beside that round's history. */
  branch?: ((round: number) => HTMLElement | null) | null;
  /** The five-question check after the debrief (src/ui/check/), when the game has one. */
  postCheck?: HTMLElement | null;
  /** The package per side, the computer's reasons and the settings (from the engine); absent for a game without them. */
  model?: ModelViews | null;
}

function roundTitle(scenario: Scenario, id: string): string {
  const index = scenario.rounds.findIndex((r) => r.id === id);
  return index < 0 ? id : c.roundShort(index + 1, scenario.rounds[index]!.title);
}

function causeKind(scenario: Scenario, cause: TracedCause): string {
  if (cause.kind === 'option') return c.causeChoice(sideOf(scenario, cause.side as SideId).name);
  if (cause.kind === 'rule') return c.causeRule;
  return c.causeEvent;
}

function causeItem(scenario: Scenario, cause: TracedCause): HTMLElement {
  const rounds = cause.rounds.map((r) => roundTitle(scenario, r)).join(t.punct.semicolon);
  return h('li', { class: `cause cause-${cause.kind}`, 'data-cause': cause.key },
    h('p', { class: 'cause-head' },
      h('span', { class: 'cause-label' }, cause.label),
      h('span', { class: 'cause-kind' }, t.punct.aside(`${causeKind(scenario, cause)}${t.punct.comma}${rounds}`)),
    ),
    cause.moves.length
      ? h('p', { class: 'cause-moves' }, cause.moves.map((m, i) => [
        i > 0 ? t.punct.comma : '',
        h('span', { class: m.by > 0 ? 'is-up' : 'is-down' }, `${measureLabel(scenario, m.measure)} ${formatDelta(m.by)}`),
      ]))
      : null,
    cause.decisive ? h('p', { class: 'cause-decisive' }, c.causeDecisive) : null,
  );
}

export function buildDebrief(options: DebriefOptions): HTMLElement {
  const { scenario, state } = options;
  const ending = endingOf(scenario, state.ending) ?? scenario.endings[scenario.endings.length - 1]!;
  const causes = traceCauses(scenario, state, 3);
  const series = measureSeries(scenario, state);
  const columns = [c.chartStart, ...state.log.map((_, i) => String(i + 1))];
  const columnNames = [c.chartStart, ...state.log.map((r) => roundTitle(scenario, r.round))];
  const sides: SideId[] = state.mode === 'two' ? ['us', 'china'] : [state.mode];

  const historySection = h('section', { class: 'card debrief-history', 'aria-labelledby': 'debrief-history-heading' },
    h('h2', { id: 'debrief-history-heading' }, c.historyHeading),
    h('p', { class: 'hint' }, c.historyIntro),
    h('ol', { class: 'beside' }, state.log.map((record, i) => {
      const round = scenario.rounds.find((r) => r.id === record.round);
      const rows = sides.map((side) => pathBesideHistory(scenario, state, side)[i]!);
      const first = rows[0]!;
      return h('li', { class: 'beside-round' },
        h('h3', { class: 'beside-title' }, roundTitle(scenario, record.round)),
        rows.map((row) => h('div', { class: `beside-side side-${row.side}` },
          h('p', null, h('span', { class: 'beside-who' }, `${sides.length > 1 ? sideOf(scenario, row.side).short + ' · ' : ''}${c.yourChoice}${t.punct.colon}`), row.chosen.label),
          h('p', null, h('span', { class: 'beside-who' }, `${c.realChoice}: `), row.real?.label ?? c.noRealChoice),
          h('p', { class: `beside-verdict ${row.same ? 'is-same' : 'is-different'}`, 'data-same': String(row.same) },
            h('span', { 'aria-hidden': 'true' }, row.same ? '= ' : '≠ '), row.same ? c.same : c.different),
        )),
        h('p', { class: 'beside-text' }, first.history.text),
        options.branch ? h('div', { class: 'beside-branch no-print' }, options.branch(i)) : null,
        h('p', { class: 'beside-sources-label' }, c.sourcesLabel),
        h('ul', { class: 'beside-sources' },
          (round?.history.sources ?? []).map((id) => h('li', null, citeLink(scenario, id)))),
      );
    })),
  );

  const printButton = () => h('button', { type: 'button', class: 'btn', 'data-action': 'print', onclick: () => window.print() }, c.print);
  const backButton = () => h('button', { type: 'button', class: 'btn', 'data-action': 'back-to-ending', onclick: options.onBack }, c.backToEnding);

  return h('div', { class: 'debrief' },
    h('p', { class: 'eyebrow' }, scenario.title),
    options.heading(c.debriefHeading(ending.title)),
    toneBadge(scenario, ending, state.mode),
    h('div', { class: 'actions no-print' }, printButton(), backButton()),
    h('section', { class: 'card debrief-causes', 'aria-labelledby': 'debrief-causes-heading' },
      h('h2', { id: 'debrief-causes-heading' }, c.causesHeading),
      h('p', null, ending.text),
      causes.length
        ? [h('p', { class: 'hint' }, c.causesIntro(causes.length)), h('ol', { class: 'causes' }, causes.map((cause) => causeItem(scenario, cause)))]
        : h('p', null, c.noCauses),
    ),
    options.model?.pkg ? packageView(scenario, options.model.pkg, state.mode, 'debrief-package') : null,
    options.model ? modelView(options.model.settings) : null,
    options.model ? reasonsView(scenario, options.model.reasons, state.mode === 'two' ? null : state.mode === 'us' ? 'china' : 'us') : null,
    h('section', { class: 'card debrief-chart', 'aria-labelledby': 'debrief-chart-heading' },
      h('h2', { id: 'debrief-chart-heading' }, c.chartHeading),
      lineChart(series, { title: c.chartTitle, columns, columnNames, tableCaption: c.chartTableCaption, measureHeader: c.measureHeader }),
    ),
    historySection,
    h('section', { class: 'card debrief-questions', 'aria-labelledby': 'debrief-questions-heading' },
      h('h2', { id: 'debrief-questions-heading' }, c.questionsHeading),
      h('ol', { class: 'questions' }, scenario.debrief.questions.slice(0, 6).map((q) => h('li', null,
        h('span', { class: 'concept' }, `${q.concept}: `), q.text))),
    ),
    h('section', { class: 'card debrief-glossary', 'aria-labelledby': 'debrief-glossary-heading' },
      h('h2', { id: 'debrief-glossary-heading' }, c.glossaryHeading),
      h('dl', { class: 'defs glossary' }, scenario.debrief.glossary.map((g) => [h('dt', null, g.term), h('dd', null, g.text)])),
    ),
    options.postCheck ? h('div', { class: 'debrief-check no-print' }, options.postCheck) : null,
    options.replay ? h('div', { class: 'debrief-replay no-print' }, options.replay) : null,
    h('div', { class: 'actions no-print' },
      printButton(),
      backButton(),
      options.onPlayAgain ? h('button', { type: 'button', class: 'btn btn-primary', onclick: options.onPlayAgain }, t.playAgain) : null,
    ),
  );
}
