/**
 * Two runs side by side: their endings, the choices per round (same or
 * different), and each measure over the rounds as a chart with a table.
 * For a branch and its original, the runs are named so.
 */
import type { Scenario } from '../../engine/schema.ts';
import type { GameState } from '../../engine/types.ts';
import { lineChart } from '../chart.ts';
import { h } from '../dom.ts';
import { t } from '../locale/current.ts';
import { routeHash } from '../router.ts';
import { screenHeading } from '../screens/heading.ts';
import { toneBadge } from '../tone-badge.ts';
import { endingOf, pathSummary, sideOf } from '../view-model.ts';
import { finalState, type Run } from './decode.ts';

const r = t.replay;

interface Named {
  name: string;
  run: Run;
  final: GameState;
  /** The CSS class that tells the two apart: run-a or run-b. */
  cls: 'run-a' | 'run-b';
}

/** The comparison screen and what to announce when it opens. `origin` is the code a live branch came from. */
export function compareView(scenario: Scenario, a: Run, b: Run, origin: string | null): { view: HTMLElement; announcement: string } {
  const isBranch = origin === a.code;
  const runA: Named = { name: isBranch ? r.original : r.runA, run: a, final: finalState(a), cls: 'run-a' };
  const runB: Named = { name: isBranch ? r.branch : r.runB, run: b, final: finalState(b), cls: 'run-b' };
  const rows = choiceRows(scenario, runA, runB);
  const charts = measureCharts(scenario, runA, runB);
  const view = h('div', { class: 'compare' },
    h('p', { class: 'eyebrow' }, scenario.title),
    screenHeading('h1', r.compareHeading),
    h('section', { class: 'cmp-endings', 'aria-labelledby': 'cmp-endings-heading' },
      h('h2', { id: 'cmp-endings-heading' }, r.endingsHeading),
      h('div', { class: 'cmp-ending-pair' }, endingCard(scenario, runA), endingCard(scenario, runB)),
    ),
    h('section', { class: 'card', 'aria-labelledby': 'cmp-choices-heading' },
      h('h2', { id: 'cmp-choices-heading' }, r.choicesHeading),
      h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-labelledby': 'cmp-choices-heading' },
        h('table', { class: 'cmp-choices' },
          h('thead', null, h('tr', null,
            h('th', { scope: 'col' }, r.round), h('th', { scope: 'col' }, runA.name), h('th', { scope: 'col' }, runB.name))),
          h('tbody', null, rows),
        ),
      ),
    ),
    h('section', { 'aria-labelledby': 'cmp-measures-heading' },
      h('h2', { id: 'cmp-measures-heading' }, r.measuresHeading),
      h('p', { class: 'hint cmp-legend' },
        h('span', { class: 'legend-a', 'aria-hidden': 'true' }, '●—'), ` ${runA.name}  `,
        h('span', { class: 'legend-b', 'aria-hidden': 'true' }, '■- -'), ` ${runB.name}`),
      h('div', { class: 'cmp-charts' }, charts),
    ),
    h('div', { class: 'actions' }, h('a', { class: 'btn btn-quiet', href: '#/' }, r.backToTitle)),
  );
  const title = (run: Named) => endingOf(scenario, run.final.ending)?.title ?? r.notFinished;
  return { view, announcement: `${r.compareHeading}. ${runA.name}: ${title(runA)}. ${runB.name}: ${title(runB)}.` };
}

function endingCard(scenario: Scenario, run: Named): HTMLElement {
  const ending = endingOf(scenario, run.final.ending);
  return h('section', { class: `card cmp-ending ${run.cls}`, 'aria-label': `${run.name}: ${ending?.title ?? r.notFinished}` },
    h('h3', { class: 'small-heading' }, run.name),
    ending ? toneBadge(scenario, ending, run.final.mode) : null,
    h('p', { class: 'ending-title', 'data-ending': ending?.id ?? '' }, ending?.title ?? r.notFinished),
    h('p', null, h('a', { href: routeHash({ name: 'replay', code: run.run.code }) }, r.watch)),
  );
}

/** One row per round: both sides' choices in each run, marked same or different. */
function choiceRows(scenario: Scenario, a: Named, b: Named): HTMLElement[] {
  const pathA = pathSummary(scenario, a.final.log);
  const pathB = pathSummary(scenario, b.final.log);
  const us = sideOf(scenario, 'us').short;
  const china = sideOf(scenario, 'china').short;
  const cell = (p: { us: string; china: string } | undefined) => p
    ? h('td', null, h('span', { class: 'cmp-choice side-us' }, `${us}: ${p.us}`), h('span', { class: 'cmp-choice side-china' }, `${china}: ${p.china}`))
    : h('td', null, '—');
  return Array.from({ length: Math.max(pathA.length, pathB.length) }, (_, i) => {
    const pa = pathA[i];
    const pb = pathB[i];
    const ca = a.final.log[i]?.choices;
    const cb = b.final.log[i]?.choices;
    const same = pa !== undefined && pb !== undefined && ca?.us === cb?.us && ca?.china === cb?.china;
    return h('tr', { class: same ? 'is-same' : 'is-different' },
      h('th', { scope: 'row' }, h('span', { class: 'cmp-round' }, `${i + 1}. ${pa?.round ?? pb?.round ?? ''}`), h('span', { class: 'cmp-mark' }, same ? r.same : r.differs)),
      cell(pa), cell(pb),
    );
  });
}

/** Per measure: both runs as lines, and both by round in a table under <details>. */
function measureCharts(scenario: Scenario, a: Named, b: Named): HTMLElement[] {
  const series = (run: Named, measure: string) => run.run.states.map((s) => s.measures[measure] ?? 0);
  const stepLabel = (i: number) => (i === 0 ? r.start : String(i));
  return scenario.measures.map((m) => {
    const va = series(a, m.id);
    const vb = series(b, m.id);
    const steps = Math.max(va.length, vb.length);
    return h('figure', { class: 'card cmp-chart' },
      h('figcaption', { class: 'small-heading' }, m.label),
      lineChart([{ id: 'a', label: a.name, values: va }, { id: 'b', label: b.name, values: vb }], {
        title: r.chartLabel(m.label, a.name, b.name),
        columns: Array.from({ length: steps }, (_, i) => stepLabel(i)),
        columnNames: Array.from({ length: steps }, (_, i) => stepLabel(i)),
        tableCaption: r.tableCaption(m.label),
        measureHeader: r.round,
        withTable: false, // the table below, in <details>, has both runs by round
      }),
      h('details', { class: 'cmp-table-details' },
        h('summary', null, r.tableCaption(m.label)),
        h('table', { class: 'cmp-table' },
          h('caption', { class: 'sr-only' }, r.tableCaption(m.label)),
          h('thead', null, h('tr', null, h('th', { scope: 'col' }, r.round), h('th', { scope: 'col' }, a.name), h('th', { scope: 'col' }, b.name))),
          h('tbody', null, Array.from({ length: steps }, (_, i) => h('tr', null,
            h('th', { scope: 'row' }, stepLabel(i)), h('td', null, va[i] ?? '—'), h('td', null, vb[i] ?? '—')))),
        ),
      ),
    );
  });
}
