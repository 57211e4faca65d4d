/**
 * Reading what a teacher pastes or loads: one replay code or link per line,
 * optionally after a name or team, or a CSV file with a header row. Nothing
 * is decoded here (loadClassGames does that); this only finds, per line, the
 * name and the code, and never throws.
 *
 * Line format: `Team Red: CODE`, `Team Red: https://…/#/replay/CODE`, or just
 * the code or link. A code never contains ':', ',', ';', a tab or a space, so
 * the code is whatever follows the LAST such separator (or space); a name can
 * therefore contain colons and commas ("Period 3: Li, Wei: CODE"). For links the split
 * is made where the URL starts (its scheme, e.g. `https://`), so the colon in
 * `https:` never splits a line. `name,code` lines without a header work too.
 *
 * CSV format: chosen when the first content line is a header naming a code
 * column (code, replay, link, url…), split by comma, semicolon or tab. Then
 * quoted fields may hold commas, quotes and line breaks.
 */
import { REPLAY_HASH_PREFIX, stripLink } from '../replay/link.ts';
import { readCsv, type CsvDelimiter } from './csv-read.ts';
import { unneutralise } from './csv.ts';
import type { ClassEntry, ClassInput, ClassProblem } from './types.ts';

/** Larger input is refused whole: 500 codes with names take about 70 KiB. */
export const MAX_CLASS_INPUT_BYTES = 1024 * 1024;
/** More lines with content than this are refused whole (blank lines are not counted). */
export const MAX_CLASS_LINES = 2000;

// English and Chinese headers: a class in Beijing downloads its CSV with Chinese headers and loads it back.
const CODE_HEADERS = new Set(['code', 'codes', 'replay', 'replay code', 'replay link', 'link', 'links', 'url', 'replay url', '代码', '回放代码', '回放链接', '链接']);
const NAME_HEADERS = new Set(['name', 'names', 'team', 'student', 'students', 'group', 'player', 'players', 'pair', '姓名', '名字', '小组', '学生', '玩家']);
const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];
/** A URL scheme that is not preceded by other scheme characters (so "Red:https://" finds "https"). */
const SCHEME = /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*:\/\//g;

/**
 * Where the last URL in `text` starts, or -1. The link is the one that holds
 * the last "#/replay/": a name may hold URLs of its own (=HYPERLINK("http://…")).
 */
function lastScheme(text: string): number {
  let at = -1;
  for (const match of text.matchAll(SCHEME)) {
    // A URL has no spaces or quotes: a scheme with one between it and the replay part is the name's.
    if (!/[\s"'<>]/.test(text.slice(match.index))) at = match.index;
  }
  return at;
}

/** UTF-8 size, counted without allocating, stopping once past `limit`. */
function utf8BytesOver(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is 4 bytes in UTF-8: 2 + 2 here.
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c < 0xe000) ? 2 : 3;
    if (bytes > limit) return true;
  }
  return false;
}

/**
 * A name as the teacher meant it: trimmed, outer CSV quotes removed, and the
 * apostrophe toCsv adds before = + - @ (and the like) taken off again, so an
 * exported CSV loads back with the same names. Empty means no name.
 */
export function cleanName(raw: string): string | null {
  let name = raw.trim();
  if (name.length >= 2 && name.startsWith('"') && name.endsWith('"')) name = name.slice(1, -1).replace(/""/g, '"').trim();
  name = unneutralise(name);
  return name === '' ? null : name;
}

const isContent = (line: string): boolean => line.trim() !== '';
const isComment = (line: string): boolean => line.startsWith('#') && !line.startsWith('#/replay/');

/** One line of the line format: the name (if any) and the code or link. */
export function splitLine(text: string): { name: string | null; code: string } {
  const line = text.trim().replace(/[\s,;]+$/, ''); // spreadsheet pastes leave trailing separators
  const replay = line.lastIndexOf(REPLAY_HASH_PREFIX);
  const url = replay < 0 ? -1 : lastScheme(line.slice(0, replay));
  let at: number;
  if (url >= 0) {
    at = url;
  } else if (replay >= 0) {
    // A link without a scheme ("example.org/#/replay/X"): it is the last word.
    at = Math.max(line.lastIndexOf(' ', replay), line.lastIndexOf('\t', replay)) + 1;
  } else {
    // A bare code: after the last separator or space ("Team Red - CODE" works too).
    at = line.search(/[:,;\s][^:,;\s]*$/) + 1;
  }
  const prefix = line.slice(0, at).trimEnd();
  const name = cleanName(/[:,;\-–—]$/.test(prefix) ? prefix.slice(0, -1) : prefix);
  return { name, code: stripLink(line.slice(at)) };
}

/** The header of a CSV file, if the first content line is one: its delimiter and columns. */
function findHeader(firstLine: string): { delimiter: CsvDelimiter; code: number; name: number } | null {
  for (const delimiter of DELIMITERS) {
    const fields = readCsv(firstLine, delimiter)[0]?.fields.map((f) => f.trim().toLowerCase()) ?? [];
    const code = fields.findIndex((f) => CODE_HEADERS.has(f));
    if (code < 0) continue;
    let name = fields.findIndex((f) => NAME_HEADERS.has(f));
    // "Who,Code": the first other column is most likely the name.
    if (name < 0 && code > 0) name = 0;
    return { delimiter, code, name };
  }
  return null;
}

function readCsvInput(text: string, header: { delimiter: CsvDelimiter; code: number; name: number }, headerLine: number): ClassInput {
  const entries: ClassEntry[] = [];
  const problems: ClassProblem[] = [];
  for (const record of readCsv(text, header.delimiter)) {
    if (record.line <= headerLine) continue;
    const first = record.fields[0]?.trim() ?? '';
    if (record.fields.every((f) => f.trim() === '') || isComment(first)) continue;
    if (record.unclosed) {
      problems.push({ line: record.line, reason: 'A quote (") is opened on this line and never closed, so the rest of the file could not be read.' });
      continue;
    }
    const code = stripLink(unneutralise(record.fields[header.code]?.trim() ?? ''));
    const name = header.name >= 0 ? cleanName(record.fields[header.name] ?? '') : null;
    if (code === '') problems.push({ line: record.line, reason: 'There is no replay code on this line.' });
    else entries.push({ line: record.line, name, code });
  }
  return { entries, problems };
}

/** Reads pasted text or a loaded file. Never throws; every line it cannot use is a problem with its line number. */
export function parseClassInput(text: string): ClassInput {
  if (typeof text !== 'string') return { entries: [], problems: [{ line: 0, reason: 'There is no text to read.' }] };
  if (utf8BytesOver(text, MAX_CLASS_INPUT_BYTES)) {
    return { entries: [], problems: [{ line: 0, reason: 'This is more than 1 MB of text. Load at most 2,000 replay codes at a time.' }] };
  }
  const text0 = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a BOM from Excel or our own export
  const lines = text0.split(/\r\n|\r|\n/);
  if (lines.filter(isContent).length > MAX_CLASS_LINES) {
    return { entries: [], problems: [{ line: 0, reason: `This has more than 2,000 lines. Load at most 2,000 replay codes at a time.` }] };
  }

  const firstIndex = lines.findIndex((l) => isContent(l) && !isComment(l.trim()));
  const header = firstIndex < 0 ? null : findHeader(lines[firstIndex]!);
  if (header) return readCsvInput(text0, header, firstIndex + 1);

  const entries: ClassEntry[] = [];
  const problems: ClassProblem[] = [];
  lines.forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed === '' || isComment(trimmed)) return;
    const { name, code } = splitLine(trimmed);
    if (code === '') problems.push({ line: i + 1, reason: 'There is no replay code on this line.' });
    else entries.push({ line: i + 1, name, code });
  });
  return { entries, problems };
}
