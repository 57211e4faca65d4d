/**
 * The interface's words in the language being shown: `t`. Every screen reads
 * `t` when it builds, so `t` is one object for the page's whole life; choosing
 * another language copies that language's table into it, nested parts
 * included, so a module that kept `t.classroom` or `t.model` reads the new
 * words too. English is the starting table and stays in the first load; the
 * others load on demand (languages.ts).
 */
import { en, type Locale } from './en.ts';

type Table = Record<string, unknown>;

const isTable = (value: unknown): value is Table => typeof value === 'object' && value !== null;

/** A copy of a table's nested objects and arrays (functions and strings are shared: they never change). */
function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copy) as T;
  if (!isTable(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)])) as T;
}

/** Writes `from` into `into` in place, keeping every nested object `into` already has. */
function assignInPlace(into: Table, from: Table): void {
  for (const [key, value] of Object.entries(from)) {
    const here = into[key];
    if (isTable(value) && isTable(here) && Array.isArray(value) === Array.isArray(here)) {
      assignInPlace(here, value);
      if (Array.isArray(here) && Array.isArray(value)) here.length = value.length;
    } else {
      into[key] = copy(value);
    }
  }
}

/** The words shown now. A copy of the English table, so switching never alters `en` itself. */
export const t: Locale = copy(en);

/** Shows `table`'s words from now on (screens built after this call read them). */
export function useTable(table: Locale): void {
  assignInPlace(t, table);
}
