/**
 * One measure over the rounds for two runs: two lines on one small SVG chart,
 * told apart by pattern (solid, dashed) and marker shape as well as colour.
 * Built with createElementNS: no HTML strings, no style attributes (CSP).
 */
const NS = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...children: SVGElement[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  el.append(...children);
  return el;
}

const W = 320;
const H = 160;
const PAD = { left: 32, right: 12, top: 10, bottom: 26 };

/** Values per step (0 = the start, then after each round), for runs A and B; a run may be shorter. */
export function lineChart(a: readonly number[], b: readonly number[], label: string, stepLabel: (step: number) => string): SVGSVGElement {
  const steps = Math.max(a.length, b.length, 2);
  const x = (i: number) => PAD.left + (i * (W - PAD.left - PAD.right)) / (steps - 1);
  const y = (v: number) => PAD.top + ((100 - Math.max(0, Math.min(100, v))) * (H - PAD.top - PAD.bottom)) / 100;
  const grid: SVGElement[] = [];
  for (const v of [0, 50, 100]) {
    grid.push(svg('line', { x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v), class: 'rp-grid' }));
    const label = svg('text', { x: PAD.left - 4, y: y(v) + 4, class: 'rp-tick', 'text-anchor': 'end' });
    label.textContent = String(v);
    grid.push(label);
  }
  for (let i = 0; i < steps; i++) {
    const tick = svg('text', { x: x(i), y: H - 6, class: 'rp-tick', 'text-anchor': 'middle' });
    tick.textContent = stepLabel(i);
    grid.push(tick);
  }
  const line = (values: readonly number[], run: 'a' | 'b') => {
    const points = values.map((v, i) => `${x(i)},${y(v)}`).join(' ');
    const marks = values.map((v, i) => run === 'a'
      ? svg('circle', { cx: x(i), cy: y(v), r: 3.5, class: `rp-mark rp-${run}` })
      : svg('rect', { x: x(i) - 3.5, y: y(v) - 3.5, width: 7, height: 7, class: `rp-mark rp-${run}` }));
    return svg('g', { class: `rp-run rp-${run}` }, svg('polyline', { points, class: `rp-line rp-${run}` }), ...marks);
  };
  const title = svg('title', {});
  title.textContent = label;
  return svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': label, class: 'rp-chart', focusable: 'false' },
    title, ...grid, line(a, 'a'), line(b, 'b'));
}
