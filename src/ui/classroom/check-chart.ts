/**
 * Before and after, per question, as a bar chart: inline SVG built with
 * createElementNS (no HTML strings, no style attributes). Each pair of bars
 * is labelled with its percentage, and "after" bars are hatched as well as
 * coloured, so nothing is told by colour alone; the table beside it on the
 * page carries the same figures for screen readers and print.
 */
import { svg as s } from '../dom.ts';

export interface BarPair {
  label: string;
  /** 0–100, or null when no one took that check. */
  before: number | null;
  after: number | null;
}

export interface BarChartText {
  title: string;
  before: string;
  after: string;
}

let count = 0;

export function beforeAfterChart(pairs: readonly BarPair[], text: BarChartText): SVGSVGElement {
  const id = `check-chart-${++count}`;
  const W = 640;
  const H = 240;
  const left = 36;
  const top = 34;
  const bottom = 28;
  const groupW = (W - left - 8) / Math.max(1, pairs.length);
  const barW = Math.min(40, groupW / 3);
  const y = (v: number) => top + ((H - top - bottom) * (100 - v)) / 100;

  const pattern = s('pattern', { id: `${id}-hatch`, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    s('rect', { class: 'bar-after-fill', width: 6, height: 6 }),
    s('line', { class: 'bar-hatch', x1: 0, y1: 0, x2: 0, y2: 6 }));
  const grid = [0, 50, 100].map((v) => s('g', { class: 'chart-grid' },
    s('line', { x1: left, x2: W - 8, y1: y(v), y2: y(v) }),
    s('text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end' }, `${v}%`)));
  const legend = s('g', { class: 'chart-legend' },
    s('rect', { class: 'bar-before', x: left, y: 6, width: 14, height: 14 }),
    s('text', { x: left + 20, y: 18 }, text.before),
    s('rect', { x: left + 110, y: 6, width: 14, height: 14, fill: `url(#${id}-hatch)`, class: 'bar-after' }),
    s('text', { x: left + 130, y: 18 }, text.after));
  const bars = pairs.map((pair, i) => {
    const x0 = left + groupW * i + (groupW - 2 * barW - 4) / 2;
    const bar = (value: number | null, x: number, after: boolean) => value === null ? [] : [
      s('rect', { class: after ? 'bar-after' : 'bar-before', x, y: y(value), width: barW, height: Math.max(0, y(0) - y(value)), ...(after ? { fill: `url(#${id}-hatch)` } : {}) }),
      s('text', { class: 'bar-value', x: x + barW / 2, y: y(value) - 4, 'text-anchor': 'middle' }, `${value}%`),
    ];
    return s('g', { class: 'bar-pair', 'data-question': i + 1 },
      ...bar(pair.before, x0, false),
      ...bar(pair.after, x0 + barW + 4, true),
      s('text', { class: 'chart-axis', x: x0 + barW + 2, y: H - 8, 'text-anchor': 'middle' }, pair.label));
  });
  return s('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': `${id}-title`, class: 'chart check-chart', focusable: 'false' },
    s('title', { id: `${id}-title` }, text.title),
    s('defs', {}, pattern),
    ...grid, legend, ...bars);
}
