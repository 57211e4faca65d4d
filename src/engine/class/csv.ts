/**
 * The class table as CSV: one row per game, for a spreadsheet or a gradebook.
 *
 * RFC 4180, with every field quoted and its quotes doubled; records end with
 * CRLF. Text is UTF-8; the page prepends CSV_BOM when downloading so Excel
 * does not read names as Latin-1.
 *
 * Formula injection (OWASP's advice on CSV injection): a spreadsheet runs a
 * cell that starts with = + - or @ as a formula, and names are typed by
 * students. Every field is quoted, so a spreadsheet that splits on ";" or a tab
 * still sees one cell; and a text field that starts with one of those signs, a
 * tab or a CR (which some spreadsheets skip before checking), or with the
 * full-width or small forms of the signs (which some convert to the ASCII
 * ones), gets a leading apostrophe, which spreadsheets show as plain text.
 * parseClassInput removes it again, so an exported file loads back with the
 * same names and codes. Numbers (measures, 0–100) are ours and written as they are.
 *
 * Columns: name, ending, ending title, each measure's final value (by id),
 * then per round the US and China option ids ("<round> us", "<round> china",
 * whoever chose them), then the learning check ("check before" and "check
 * after": right answers out of five, empty when not taken; then per question
 * "q1 before" … "q5 after": right, wrong or skipped), then two extras: mode
 * (who played: us, china or two) and the replay code, so the file can be
 * loaded back into class results (it finds the code column by its name).
 */
import type { Scenario } from '../schema.ts';
import { endingById } from '../lookup.ts';
import { CHECK_QUESTIONS, checkScore, type CheckAnswer } from '../replay/check-bits.ts';
import type { ClassGame } from './types.ts';

/** Byte order mark for Excel; not part of toCsv's text. */
export const CSV_BOM = '\uFEFF';

/** What a spreadsheet may read as the start of a formula: = + - @, tab, CR, and the full-width (＝＋－＠) and small (﹦﹢﹣﹫) signs. */
export const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/;

/** One field, neutralised against formulas, always quoted. */
export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/** A cell as written before csvField neutralised it: the apostrophe it added is taken off. */
export function unneutralise(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** The fixed columns' headers, in the page's language (the reader accepts English and Chinese ones, see input.ts). */
export interface CsvHeaders {
  name: string;
  ending: string;
  endingTitle: string;
  mode: string;
  code: string;
  /** The five-question check's columns: overall scores, then "q1 before", "q1 after", … */
  checkBefore: string;
  checkAfter: string;
  before: string;
  after: string;
}

export const ENGLISH_CSV_HEADERS: CsvHeaders = {
  name: 'name', ending: 'ending', endingTitle: 'ending title', mode: 'mode', code: 'code',
  checkBefore: 'check before', checkAfter: 'check after', before: 'before', after: 'after',
};

export function csvHeader(scenario: Scenario, headers: CsvHeaders = ENGLISH_CSV_HEADERS): string[] {
  return [
    headers.name,
    headers.ending,
    headers.endingTitle,
    ...scenario.measures.map((m) => m.id),
    ...scenario.rounds.flatMap((r) => [`${r.id} us`, `${r.id} china`]),
    headers.checkBefore,
    headers.checkAfter,
    ...QUESTION_INDEXES.flatMap((q) => [`q${q + 1} ${headers.before}`, `q${q + 1} ${headers.after}`]),
    headers.mode,
    headers.code,
  ];
}

const QUESTION_INDEXES = Array.from({ length: CHECK_QUESTIONS }, (_, q) => q);

/** A score cell: a number, or empty when that check was not taken. */
const scoreCell = (answers: readonly CheckAnswer[] | undefined): string | number => checkScore(answers) ?? '';

export function csvRow(scenario: Scenario, game: ClassGame): Array<string | number> {
  const ending = game.state.ending ?? '';
  const check = game.inputs.check;
  return [
    game.name ?? '',
    ending,
    endingById(scenario, ending)?.title ?? '',
    ...scenario.measures.map((m) => game.state.measures[m.id] ?? ''),
    ...scenario.rounds.flatMap((_, r) => {
      const choices = game.state.log[r]?.choices;
      return [choices?.us ?? '', choices?.china ?? ''];
    }),
    scoreCell(check?.pre),
    scoreCell(check?.post),
    ...QUESTION_INDEXES.flatMap((q) => [check?.pre?.[q] ?? '', check?.post?.[q] ?? '']),
    game.state.mode,
    game.code,
  ];
}

export function toCsv(scenario: Scenario, games: readonly ClassGame[], headers: CsvHeaders = ENGLISH_CSV_HEADERS): string {
  const rows = [csvHeader(scenario, headers), ...games.map((g) => csvRow(scenario, g))];
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
