/**
 * Compares an interface table (src/ui/locale/langs/<tag>.ts) with the English
 * one: the same keys, nothing extra, every function taking the same arguments
 * and using the same ones in its words, and no text left in English.
 *
 * A function's placeholders are its arguments: each table's function is called
 * with the same distinctive values, and the values that show up in the words
 * must be the same (a translation may reorder them, not drop or add one).
 */
import { HALF_WIDTH_BESIDE_HAN } from '../../src/engine/i18n/index.ts';

export interface TableProblem {
  key: string;
  message: string;
}

export interface TableCheckOptions {
  /** The script of the language (Han for zh-Hans): text with Latin letters and none of it is flagged. */
  script?: RegExp;
  /** Keys whose words may stay Latin (file names, the game's name). */
  keep?: ReadonlySet<string>;
  /** Full-width punctuation (Chinese): ASCII , ; : ? ! ( ) beside a Han character is flagged. */
  fullWidth?: boolean;
}

const LATIN = /[A-Za-z]/;
/** Values no word contains by chance: 7301, 7302, … */
const sample = (i: number): number => 7301 + i;

type Value = unknown;

const kind = (v: Value): string => (Array.isArray(v) ? 'list' : v === null ? 'null' : typeof v);

/** Which sample arguments a function's words contain. */
function usedArguments(fn: (...args: number[]) => unknown, arity: number): string {
  const args = Array.from({ length: arity }, (_, i) => sample(i));
  let words: unknown;
  try {
    words = fn(...args);
  } catch (error) {
    return `throws ${String(error)}`;
  }
  return args.filter((a) => String(words).includes(String(a))).join(',');
}

function wordsOf(value: Value, arity: number): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'function') {
    try {
      return String((value as (...a: number[]) => unknown)(...Array.from({ length: arity }, (_, i) => sample(i))));
    } catch {
      return '';
    }
  }
  return '';
}

function compare(en: Value, other: Value, key: string, options: TableCheckOptions, out: TableProblem[]): void {
  if (other === undefined) {
    out.push({ key, message: 'is missing' });
    return;
  }
  if (kind(en) !== kind(other)) {
    out.push({ key, message: `is a ${kind(other)} where English has a ${kind(en)}` });
    return;
  }
  if (typeof en === 'object' && en !== null) {
    const a = en as Record<string, Value>;
    const b = other as Record<string, Value>;
    for (const k of Object.keys(a)) compare(a[k], b[k], key ? `${key}.${k}` : k, options, out);
    for (const k of Object.keys(b)) if (!(k in a)) out.push({ key: key ? `${key}.${k}` : k, message: 'is not in the English table (unused)' });
    return;
  }
  let arity = 0;
  if (typeof en === 'function' && typeof other === 'function') {
    arity = en.length;
    if (other.length !== en.length) out.push({ key, message: `takes ${other.length} arguments where English takes ${en.length}` });
    const want = usedArguments(en as (...a: number[]) => unknown, arity);
    const got = usedArguments(other as (...a: number[]) => unknown, arity);
    if (want !== got) out.push({ key, message: `uses arguments [${got}] where English uses [${want}]` });
  }
  const words = wordsOf(other, arity);
  if (options.script && !options.keep?.has(key) && LATIN.test(wordsOf(en, arity)) && LATIN.test(words) && !options.script.test(words)) {
    out.push({ key, message: `looks untranslated: "${words.slice(0, 60)}"` });
  }
  if (options.fullWidth && HALF_WIDTH_BESIDE_HAN.test(words)) out.push({ key, message: `has half-width punctuation beside Chinese: "${words.slice(0, 60)}"` });
}

export function tableProblems(en: object, other: object, options: TableCheckOptions = {}): TableProblem[] {
  const out: TableProblem[] = [];
  compare(en, other, '', options, out);
  return out;
}
