/**
 * The measures over the rounds (debrief, class results, comparison of two runs):
 * a small line chart as inline SVG (createElementNS only: no HTML strings, no
 * style attributes), with a table beside it for screen readers and print.
 * Lines differ by dash pattern and marker shape as well as colour.
 */
import { h, svg as s } from './dom.ts';


export interface Series {
  id: string;
  label: string;
  values: number[];
}

export interface ChartText {
  title: string;
  /** Column labels along the x axis: "Start", "1", "2"… */
  columns: string[];
  /** Longer names of the columns for the table ("Round 1: Dinner"…). */
  columnNames: string[];
  tableCaption: string;
  measureHeader: string;
  /** Set false where a table of the same figures is already on the page. */
  withTable?: boolean;
}

let chartCount = 0;

export function lineChart(series: readonly Series[], text: ChartText): HTMLElement {
  const id = `chart-${++chartCount}`;
  const W = 640;
  const H = 250;
  const left = 36;
  const right = 128;
  const top = 14;
  const bottom = 30;
  const n = Math.max(2, text.columns.length);
  const x = (i: number) => left + ((W - left - right) * i) / (n - 1);
  const y = (v: number) => top + ((H - top - bottom) * (100 - v)) / 100;

  const grid = [0, 25, 50, 75, 100].map((v) => s('g', { class: 'chart-grid' },
    s('line', { x1: left, x2: W - right, y1: y(v), y2: y(v) }),
    s('text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end' }, String(v)),
  ));
  const axis = text.columns.map((label, i) => s('text', { class: 'chart-axis', x: x(i), y: H - 10, 'text-anchor': 'middle' }, label));
  // End labels, nudged apart so they never overlap.
  const ends = series.map((sr, k) => ({ k, y: y(sr.values[sr.values.length - 1] ?? 0) })).sort((a, b) => a.y - b.y);
  for (let i = 1; i < ends.length; i++) ends[i]!.y = Math.max(ends[i]!.y, ends[i - 1]!.y + 14);
  const lines = series.map((sr, k) => {
    const points = sr.values.map((v, i) => `${x(i)},${y(v)}`).join(' ');
    const last = sr.values[sr.values.length - 1] ?? 0;
    const endY = ends.find((e) => e.k === k)!.y;
    const marks = sr.values.map((v, i) => k % 2 === 0
      ? s('circle', { cx: x(i), cy: y(v), r: 3.5 })
      : s('rect', { x: x(i) - 3.5, y: y(v) - 3.5, width: 7, height: 7 }));
    return s('g', { class: `chart-line chart-line-${k}`, 'data-measure': sr.id },
      s('polyline', { points, fill: 'none' }),
      ...marks,
      s('text', { class: 'chart-end', x: x(sr.values.length - 1) + 8, y: endY + 4 }, `${sr.label} ${last}`),
    );
  });
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': `${id}-title`, class: 'chart', focusable: 'false' },
    s('title', { id: `${id}-title` }, text.title),
    ...grid, ...axis, ...lines,
  );

  const table = h('table', { class: 'data-table chart-table' },
    h('caption', null, text.tableCaption),
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, text.measureHeader),
      text.columnNames.map((c) => h('th', { scope: 'col' }, c)),
    )),
    h('tbody', null, series.map((sr) => h('tr', null,
      h('th', { scope: 'row' }, sr.label),
      sr.values.map((v) => h('td', null, String(v))),
    ))),
  );
  const figure = h('figure', { class: 'chart-figure' });
  figure.append(svg);
  if (text.withTable !== false) figure.append(h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': text.tableCaption }, table));
  return figure;
}
