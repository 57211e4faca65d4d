/**
 * One chapter's class summary: endings, choices per round, mean measures and
 * the games closest to history. Ids start with `key`, so several chapters'
 * summaries can share a page; headings are at `level` (h3 under a chapter's h2).
 */
import type { ClassGame, ClassSummary, Share } from '../../engine/class/index.ts';
import type { Scenario, SideId } from '../../engine/schema.ts';
import { h } from '../dom.ts';
import { t } from '../locale/current.ts';
import { endingOf, measureLabel, sideOf } from '../view-model.ts';
import { toneCell, toneOf } from '../tone-badge.ts';
import { lineChart } from '../chart.ts';
import { c } from './strings.ts';

const tenths = (n: number) => (n / 10).toFixed(1);

function bar(percent: number): HTMLElement {
  const fill = h('span', { class: 'share-fill' });
  fill.style.width = `${Math.max(0, Math.min(100, percent))}%`;
  return h('span', { class: 'share-bar', 'aria-hidden': 'true' }, fill);
}

function shareCell(share: Share): HTMLElement {
  return h('td', { class: 'num' }, c.shareText(share.count, share.percent));
}

function scroll(label: string, table: HTMLElement): HTMLElement {
  return h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': label }, table);
}

/** One-player games, and how many ended well for the side the person played (an ending may read differently per side). */
export function goodForSidePlayed(scenario: Scenario, games: readonly ClassGame[]): { good: number; games: number } {
  let good = 0;
  let counted = 0;
  for (const g of games) {
    const ending = endingOf(scenario, g.state.ending);
    if (g.state.mode === 'two' || !ending) continue;
    counted++;
    if (toneOf(ending, g.state.mode) === 'good') good++;
  }
  return { good, games: counted };
}

export function summaryView(scenario: Scenario, summary: ClassSummary, games: readonly ClassGame[], key = 'class', level: 'h2' | 'h3' = 'h2'): HTMLElement[] {
  const endingTitle = (id: string) => endingOf(scenario, id)?.title ?? id;
  // How the ending reads for each side, under its title (a narrow table fits a phone).
  const tones = (id: string) => {
    const ending = endingOf(scenario, id);
    return ending ? h('span', { class: 'class-tones' }, (['us', 'china'] as const).map((side) =>
      h('span', { class: 'class-tone', 'data-side': side }, `${sideOf(scenario, side).short}: `, toneCell(toneOf(ending, side))))) : null;
  };
  const sidePlayed = goodForSidePlayed(scenario, games);
  const endings = h('section', { class: 'card class-endings', 'aria-labelledby': `${key}-endings-heading` },
    h(level, { id: `${key}-endings-heading` }, c.endingsHeading),
    sidePlayed.games > 0 ? h('p', { class: 'class-side-good', 'data-good': sidePlayed.good }, t.model.goodForSidePlayed(sidePlayed.good, sidePlayed.games)) : null,
    scroll(c.endingsHeading, h('table', { class: 'data-table' },
      h('thead', null, h('tr', null,
        h('th', { scope: 'col' }, c.endingCol), h('th', { scope: 'col' }, c.gamesCol), h('th', { scope: 'col' }, c.shareCol),
        h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, c.barCol)))),
      h('tbody', null, summary.endings.map((e) => h('tr', { 'data-ending': e.id },
        h('th', { scope: 'row' }, endingTitle(e.id), tones(e.id)),
        h('td', { class: 'num' }, String(e.count)),
        h('td', { class: 'num' }, `${e.percent}%`),
        h('td', { class: 'bar-cell' }, bar(e.percent)),
      ))),
    )),
  );

  const optionLabel = (roundId: string, side: SideId, id: string) =>
    scenario.rounds.find((r) => r.id === roundId)?.options[side].find((o) => o.id === id)?.label ?? id;
  const issueLabel = (id: string) => scenario.issues.find((i) => i.id === id)?.label ?? id;
  const rounds = h('section', { class: 'card class-rounds', 'aria-labelledby': `${key}-rounds-heading` },
    h(level, { id: `${key}-rounds-heading` }, c.roundsHeading),
    h('p', { class: 'hint' }, c.roundsIntro),
    summary.rounds.map((round, r) => {
      const title = c.roundShort(r + 1, scenario.rounds[r]?.title ?? round.id);
      const sides: SideId[] = ['us', 'china'];
      return h('div', { class: 'class-round' },
        h('h3', null, title),
        scroll(c.optionsCaption(title), h('table', { class: 'data-table' },
          h('caption', null, c.optionsCaption(title)),
          h('thead', null, h('tr', null, h('th', { scope: 'col' }, c.sideCol), h('th', { scope: 'col' }, c.optionCol), h('th', { scope: 'col' }, c.shareCol))),
          h('tbody', null, sides.flatMap((side) => round.sides[side].options.map((o) => h('tr', null,
            h('td', null, sideOf(scenario, side).short),
            h('th', { scope: 'row' }, optionLabel(round.id, side, o.id), o.historical ? h('span', { class: 'tag' }, ` ${c.historicalTag}`) : null),
            shareCell(o),
          )))),
        )),
        scroll(c.issuesCaption(title), h('table', { class: 'data-table' },
          h('caption', null, c.issuesCaption(title)),
          h('thead', null, h('tr', null,
            h('th', { scope: 'col' }, c.sideCol), h('th', { scope: 'col' }, c.issueCol),
            h('th', { scope: 'col' }, c.linkCol), h('th', { scope: 'col' }, c.separateCol), h('th', { scope: 'col' }, c.acknowledgeCol), h('th', { scope: 'col' }, c.untouchedCol))),
          h('tbody', null, sides.flatMap((side) => round.sides[side].issues.map((i) => h('tr', null,
            h('td', null, sideOf(scenario, side).short),
            h('th', { scope: 'row' }, issueLabel(i.id)),
            shareCell(i.stances.link), shareCell(i.stances.separate), shareCell(i.stances.acknowledge), shareCell(i.stances.none),
          )))),
        )),
      );
    }),
  );

  const columns = [c.chartStart, ...scenario.rounds.map((_, i) => String(i + 1))];
  const columnNames = [c.chartStart, ...scenario.rounds.map((r, i) => c.roundShort(i + 1, r.title))];
  const measures = h('section', { class: 'card class-measures', 'aria-labelledby': `${key}-measures-heading` },
    h(level, { id: `${key}-measures-heading` }, c.meansHeading),
    scroll(c.meansHeading, h('table', { class: 'data-table' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, c.measureHeader), columnNames.map((name) => h('th', { scope: 'col' }, name)))),
      h('tbody', null, summary.measures.map((m) => h('tr', null,
        h('th', { scope: 'row' }, measureLabel(scenario, m.id)),
        h('td', { class: 'num' }, String(m.start)),
        m.meanTenths.map((v) => h('td', { class: 'num' }, tenths(v))),
      ))),
    )),
    h('div', { class: 'no-print' }, lineChart(summary.measures.map((m) => ({
      id: m.id, label: measureLabel(scenario, m.id), values: [m.start, ...m.meanTenths.map((v) => Math.round(v / 10))],
    })), { title: c.meansChartTitle, columns, columnNames, tableCaption: c.meansChartTable, measureHeader: c.measureHeader, withTable: false })),
  );

  const byLine = new Map(games.map((g) => [g.line, g]));
  const closest = h('section', { class: 'card class-closest', 'aria-labelledby': `${key}-closest-heading` },
    h(level, { id: `${key}-closest-heading` }, c.closestHeading),
    h('p', { class: 'hint' }, c.closestIntro),
    h('ol', { class: 'closest' }, summary.closest.slice(0, 5).map((d) => h('li', { 'data-line': d.line },
      h('span', { class: 'closest-name' }, d.name ?? c.unnamed(d.line)),
      ` · ${c.differs(d.distance, d.compared)} · ${endingTitle(d.ending)}`,
      byLine.get(d.line)?.state.mode === 'two' ? ` · ${c.twoPlayers}` : '',
    ))),
  );
  return [endings, rounds, measures, closest];
}

