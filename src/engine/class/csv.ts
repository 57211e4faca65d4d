/**
 * The class table as CSV: one row per game, for a spreadsheet or a gradebook.
 *
 * RFC 4180: fields holding a comma, a quote, CR or LF are quoted and their
 * quotes doubled; records end with CRLF. Text is UTF-8; the page prepends
 * CSV_BOM when downloading so Excel does not read names as Latin-1.
 *
 * Formula injection: a spreadsheet runs a cell that starts with = + - or @ as
 * a formula, and names are typed by students. Such text fields (and ones that
 * start with a tab or CR, which some spreadsheets skip before checking) get a
 * leading apostrophe, which spreadsheets show as plain text. parseClassInput
 * removes it again, so an exported file loads back with the same names.
 * Numbers (measures, 0–100) are written as numbers and never changed.
 *
 * Columns: name, ending, ending title, each measure's final value (by id),
 * then per round the US and China option ids ("<round> us", "<round> china",
 * whoever chose them), then two extras: mode (who played: us, china or two)
 * and the replay code, so the file can be loaded back into class results.
 */
import type { Scenario } from '../schema.ts';
import { endingById } from '../lookup.ts';
import type { ClassGame } from './types.ts';

/** Byte order mark for Excel; not part of toCsv's text. */
export const CSV_BOM = '\uFEFF';

/** One field, neutralised against formulas and quoted when needed. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvHeader(scenario: Scenario): string[] {
  return [
    'name',
    'ending',
    'ending title',
    ...scenario.measures.map((m) => m.id),
    ...scenario.rounds.flatMap((r) => [`${r.id} us`, `${r.id} china`]),
    'mode',
    'code',
  ];
}

export function csvRow(scenario: Scenario, game: ClassGame): Array<string | number> {
  const ending = game.state.ending ?? '';
  return [
    game.name ?? '',
    ending,
    endingById(scenario, ending)?.title ?? '',
    ...scenario.measures.map((m) => game.state.measures[m.id] ?? ''),
    ...scenario.rounds.flatMap((_, r) => {
      const choices = game.state.log[r]?.choices;
      return [choices?.us ?? '', choices?.china ?? ''];
    }),
    game.state.mode,
    game.code,
  ];
}

export function toCsv(scenario: Scenario, games: readonly ClassGame[]): string {
  const rows = [csvHeader(scenario), ...games.map((g) => csvRow(scenario, g))];
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
