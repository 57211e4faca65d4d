// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { parseRoute, routeHash } from '../../src/ui/router.ts';
import { lineChart } from '../../src/ui/chart.ts';

describe('parseRoute', () => {
  test('the title for an empty, bare or unknown hash', () => {
    for (const hash of ['', '#', '#/', '#/nowhere', '#replayx']) expect(parseRoute(hash)).toEqual({ name: 'title' });
  });
  test('replay, compare, class and teachers', () => {
    expect(parseRoute('#/replay/AR0sEQ_-x')).toEqual({ name: 'replay', code: 'AR0sEQ_-x' });
    expect(parseRoute('#/replay/')).toEqual({ name: 'replay', code: '' });
    expect(parseRoute('#/compare/AAA/BBB')).toEqual({ name: 'compare', a: 'AAA', b: 'BBB' });
    expect(parseRoute('#/compare/AAA')).toEqual({ name: 'compare', a: 'AAA', b: '' });
    expect(parseRoute('#/class')).toEqual({ name: 'class' });
    expect(parseRoute('#/teachers')).toEqual({ name: 'teachers' });
    expect(parseRoute('#/play/beijing-2023')).toEqual({ name: 'play', chapter: 'beijing-2023' });
    expect(parseRoute('#/PLAY/Beijing-2023/')).toEqual({ name: 'play', chapter: 'beijing-2023' });
    expect(parseRoute('#/play/')).toEqual({ name: 'play', chapter: '' });
  });
  test('the printable pages: role sheets per side, source packets, the memo', () => {
    expect(parseRoute('#/roles/beijing-2023/china')).toEqual({ name: 'roles', chapter: 'beijing-2023', side: 'china' });
    expect(parseRoute('#/ROLES/Beijing-2023/US')).toEqual({ name: 'roles', chapter: 'beijing-2023', side: 'us' });
    // An unknown or missing side is the US sheet, never an error.
    expect(parseRoute('#/roles/beijing-2023')).toEqual({ name: 'roles', chapter: 'beijing-2023', side: 'us' });
    expect(parseRoute('#/sources/beijing-2023')).toEqual({ name: 'sources', chapter: 'beijing-2023' });
    expect(parseRoute('#/memo')).toEqual({ name: 'memo' });
  });
  test('percent-escapes are undone, and a broken escape never throws', () => {
    expect(parseRoute('#/replay/%41B')).toEqual({ name: 'replay', code: 'AB' });
    expect(parseRoute('#/replay/%E0%A4%A')).toEqual({ name: 'replay', code: '%E0%A4%A' });
  });
  test('routeHash is the inverse of parseRoute', () => {
    for (const route of [{ name: 'replay', code: 'abc' }, { name: 'compare', a: 'x', b: 'y' }, { name: 'class' }, { name: 'teachers' }, { name: 'play', chapter: 'sunnylands-2023' },
      { name: 'roles', chapter: 'my-beijing', side: 'china' }, { name: 'sources', chapter: 'my-beijing' }, { name: 'memo' }] as const) {
      expect(parseRoute(routeHash(route))).toEqual(route);
    }
    expect(routeHash({ name: 'title' })).toBe('');
  });
});

describe('lineChart (shared with the debrief and class results)', () => {
  test('two runs as two lines, labelled for screen readers, without style attributes', () => {
    const figure = lineChart(
      [{ id: 'a', label: 'Original', values: [40, 45, 50] }, { id: 'b', label: 'Branch', values: [40, 30] }],
      { title: 'Trust over the rounds', columns: ['Start', '1', '2'], columnNames: ['Start', '1', '2'], tableCaption: 'Trust', measureHeader: 'Round', withTable: false },
    );
    const svg = figure.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('title')?.textContent).toBe('Trust over the rounds');
    expect(svg.querySelectorAll('polyline')).toHaveLength(2);
    expect(svg.querySelector('.chart-line-0 polyline')?.getAttribute('points')?.split(' ')).toHaveLength(3);
    expect(svg.querySelector('.chart-line-1 polyline')?.getAttribute('points')?.split(' ')).toHaveLength(2);
    expect(figure.querySelectorAll('[style]')).toHaveLength(0);
    expect(figure.querySelector('table')).toBeNull();
  });
});
