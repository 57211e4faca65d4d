/**
 * The class page's section on the five-question check: per question and
 * overall, how many were right before the game and after the debrief, as a
 * table (the figures, for everyone) and a bar chart (the same figures).
 */
import { summariseChecks, type CheckTally, type ClassGame } from '../../engine/class/index.ts';
import { h } from '../dom.ts';
import { t } from '../locale/current.ts';
import { CHECK_SET } from '../check/questions.ts';
import { beforeAfterChart } from './check-chart.ts';

const k = t.check;

function tallyCell(tally: CheckTally): HTMLElement {
  return h('td', { class: 'num' }, tally.taken === 0 ? k.notTaken : k.rightOf(tally.right, tally.taken, tally.percent));
}

function changeCell(before: CheckTally, after: CheckTally): HTMLElement {
  return h('td', { class: 'num' }, before.taken === 0 || after.taken === 0 ? '' : k.points(after.percent - before.percent));
}

/** The section, or null when no pasted code carries a check. */
export function checkSummaryView(games: readonly ClassGame[]): HTMLElement | null {
  const summary = summariseChecks(games, CHECK_SET);
  if (!summary) return null;
  const preTaken = summary.before.taken / summary.questions.length;
  const postTaken = summary.after.taken / summary.questions.length;
  const tenths = (n: number) => (n / 10).toFixed(1);
  const label = (i: number) => `${k.qShort(i + 1)} · ${k.qConcept[i] ?? ''}`;
  return h('section', { class: 'card class-check', 'aria-labelledby': 'class-check-heading', 'data-check-summary': true },
    h('h2', { id: 'class-check-heading' }, k.classHeading),
    h('p', { 'data-check-counts': `${preTaken}/${postTaken}/${summary.paired}` }, k.classIntro(preTaken, postTaken, summary.paired)),
    summary.paired > 0 ? h('p', null, k.improved(summary.improved, summary.paired)) : null,
    summary.otherSet.length > 0 ? h('p', { class: 'hint' }, k.otherSet(summary.otherSet.join(', '))) : null,
    h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': k.classHeading },
      h('table', { class: 'data-table check-table' },
        h('thead', null, h('tr', null,
          h('th', { scope: 'col' }, k.questionCol), h('th', { scope: 'col' }, k.beforeCol), h('th', { scope: 'col' }, k.afterCol), h('th', { scope: 'col' }, k.changeCol))),
        h('tbody', null,
          summary.questions.map((q, i) => h('tr', { 'data-question': i + 1 },
            h('th', { scope: 'row' }, label(i)), tallyCell(q.before), tallyCell(q.after), changeCell(q.before, q.after))),
          h('tr', { class: 'check-overall', 'data-question': 'all' },
            h('th', { scope: 'row' }, k.overallRow), tallyCell(summary.before), tallyCell(summary.after), changeCell(summary.before, summary.after)),
          h('tr', { class: 'check-mean' },
            h('th', { scope: 'row' }, k.meanRow),
            h('td', { class: 'num' }, preTaken ? tenths(summary.meanBeforeTenths) : k.notTaken),
            h('td', { class: 'num' }, postTaken ? tenths(summary.meanAfterTenths) : k.notTaken),
            h('td', null, '')),
        ),
      )),
    h('figure', { class: 'chart-figure' }, beforeAfterChart(
      [...summary.questions.map((q, i) => ({ label: k.qShort(i + 1), before: q.before.taken ? q.before.percent : null, after: q.after.taken ? q.after.percent : null })),
        { label: k.overallRow, before: summary.before.taken ? summary.before.percent : null, after: summary.after.taken ? summary.after.percent : null }],
      { title: k.chartTitle, before: k.chartBefore, after: k.chartAfter })),
  );
}
