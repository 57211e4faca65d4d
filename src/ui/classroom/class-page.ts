/**
 * Class results (#/class): paste or load replay codes, see the class summary,
 * download it as CSV, print it. Everything happens in this page: nothing is
 * sent anywhere.
 */
import {
  aggregate, CSV_BOM, loadClassGames, MAX_CLASS_INPUT_BYTES, parseClassInput, toCsv,
  type ClassGame, type ClassProblem,
} from '../../engine/class/index.ts';
import type { Scenario } from '../../engine/schema.ts';
import { h } from '../dom.ts';
import { t } from '../locale/current.ts';
import { summaryView } from './class-summary.ts';
import { checkSummaryView } from './check-summary.ts';
import { c } from './strings.ts';

export interface ClassPageOptions {
  /** Every chapter, in order: codes from any of them are counted, and results are grouped by chapter. */
  scenarios: readonly Scenario[];
  heading: (text: string) => HTMLElement;
  onBack: () => void;
  teachersHref: string;
  announce: (text: string) => void;
}

function problemsView(problems: readonly ClassProblem[]): HTMLElement {
  return h('section', { class: 'card class-problems', 'aria-labelledby': 'class-problems-heading' },
    h('h2', { id: 'class-problems-heading' }, c.problemsHeading(problems.length)),
    h('ul', { class: 'problems' }, problems.map((p) => h('li', { 'data-line': p.line },
      h('span', { class: 'problem-line' }, p.line > 0 ? c.lineN(p.line) : c.wholeInput), ' ', p.reason))),
  );
}

interface Group { scenario: Scenario; games: ClassGame[] }

function downloadCsv(group: Group, fileName: string): void {
  if (group.games.length === 0) return;
  const blob = new Blob([CSV_BOM + toCsv(group.scenario, group.games, t.classroom.csvHeaders)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: fileName, class: 'sr-only' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

function countLine(n: number): HTMLElement {
  return h('p', { class: 'class-count' }, h('span', { class: 'big-number', 'data-games': n }, String(n)), ` ${c.gamesCounted(n)}`);
}

/** One chapter's results under its own heading, with its own CSV (the columns differ by chapter). */
function chapterView(group: Group): HTMLElement {
  const { scenario, games } = group;
  const key = `class-${scenario.id}`;
  return h('section', { class: 'class-chapter', 'data-chapter': scenario.id, 'aria-labelledby': `${key}-heading` },
    h('h2', { id: `${key}-heading`, class: 'class-chapter-heading' }, scenario.title),
    countLine(games.length),
    h('button', { type: 'button', class: 'btn no-print', 'data-action': 'download-csv', onclick: () => downloadCsv(group, c.csvFileNameFor(scenario.id)) }, c.downloadCsvFor(scenario.title)),
    ...summaryView(scenario, aggregate(scenario, games), games, key, 'h3'),
  );
}

export function buildClassPage(options: ClassPageOptions): HTMLElement {
  const { scenarios } = options;
  const lookup = new Map(scenarios.map((s) => [s.id, s]));
  let games: ClassGame[] = [];
  let groups: Group[] = [];

  const input = h('textarea', { id: 'class-input', rows: 8, spellcheck: 'false', autocomplete: 'off', 'aria-describedby': 'class-input-hint' });
  const file = h('input', { type: 'file', id: 'class-file', accept: '.txt,.csv,text/plain,text/csv' });
  const fileMessage = h('p', { class: 'hint', id: 'class-file-message', role: 'status' });
  const status = h('p', { class: 'class-status', role: 'status', 'data-class-status': true });
  const results = h('div', { class: 'class-results' });
  const download = h('button', { type: 'button', class: 'btn', 'data-action': 'download-csv', disabled: true }, c.downloadCsv);
  const print = h('button', { type: 'button', class: 'btn', 'data-action': 'print-summary', disabled: true, onclick: () => window.print() }, c.printSummary);

  const show = () => {
    const parsed = parseClassInput(input.value);
    const loaded = loadClassGames(parsed.entries, lookup);
    games = loaded.games;
    // A code names its chapter, and decoding refuses one this page does not have: every game has its group.
    groups = scenarios.map((scenario) => ({ scenario, games: games.filter((g) => g.inputs.scenarioId === scenario.id) })).filter((g) => g.games.length > 0);
    const problems = [...parsed.problems, ...loaded.problems].sort((a, b) => a.line - b.line);
    const text = c.statusText(games.length, problems.length);
    status.textContent = text;
    const single = groups.length === 1 ? groups[0] : undefined;
    results.replaceChildren(
      problems.length ? problemsView(problems) : '',
      games.length > 0 ? countLine(games.length) : '',
      checkSummaryView(games) ?? '',
      ...(single ? summaryView(single.scenario, aggregate(single.scenario, single.games), single.games) : groups.map(chapterView)),
    );
    // With several chapters, each has its own CSV button.
    download.disabled = !single;
    download.hidden = groups.length > 1;
    print.disabled = games.length === 0;
    options.announce(text);
  };

  download.addEventListener('click', () => {
    if (groups.length === 1) downloadCsv(groups[0]!, c.csvFileName);
  });

  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    if (chosen.size > MAX_CLASS_INPUT_BYTES) {
      fileMessage.textContent = c.fileTooBig(chosen.name);
      file.value = '';
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      input.value = typeof reader.result === 'string' ? reader.result : '';
      fileMessage.textContent = c.fileLoaded(chosen.name);
      show();
    };
    reader.onerror = () => {
      fileMessage.textContent = c.fileUnreadable(chosen.name);
    };
    reader.readAsText(chosen);
  });

  return h('div', { class: 'class-page' },
    scenarios.length === 1 ? h('p', { class: 'eyebrow' }, scenarios[0]!.title) : null,
    options.heading(c.classHeading),
    h('p', { class: 'lead' }, c.classIntro),
    h('section', { class: 'card class-form no-print', 'aria-labelledby': 'class-form-heading' },
      h('h2', { id: 'class-form-heading' }, c.codesHeading),
      h('div', { class: 'field field-stack' },
        h('label', { for: 'class-input' }, c.pasteLabel),
        h('p', { class: 'hint', id: 'class-input-hint' }, c.pasteHint),
        input,
      ),
      h('div', { class: 'field field-stack' },
        h('label', { for: 'class-file' }, c.fileLabel),
        file,
        fileMessage,
      ),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'btn btn-primary', 'data-action': 'show-results', onclick: show }, c.showResults),
        download,
        print,
      ),
      h('p', { class: 'hint' }, c.privacy),
    ),
    status,
    results,
    h('div', { class: 'actions no-print' },
      h('a', { class: 'btn', href: options.teachersHref }, c.toGuide),
      h('button', { type: 'button', class: 'btn', 'data-action': 'back', onclick: options.onBack }, t.backToTitle),
    ),
  );
}
