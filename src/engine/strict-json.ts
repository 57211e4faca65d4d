/**
 * A strict reading of JSON text for files a teacher or a stranger hands us.
 * JSON.parse lets the last of two equal keys win, turns a `"__proto__"` key into
 * something schema checks never see, and accepts lone surrogates: each of these
 * can make a file mean something other than what its author reads. This scanner
 * walks the text once, refuses them with the place named (line, column and
 * the path of keys), and only then hands the text to JSON.parse for the value.
 */
import { clip, ECHO_LIMIT, formatPath, type Problem } from './problems.ts';

/** Keys that name JavaScript's own machinery: as data they are ambiguous at best. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Deeper than any scenario needs, and shallow enough for recursion to be safe. */
export const MAX_JSON_DEPTH = 64;

export type StrictJson = { ok: true; value: unknown } | { ok: false; problem: Problem };

class Refusal extends Error {
  constructor(readonly at: number, message: string, readonly path: ReadonlyArray<string | number>, readonly syntax: boolean) {
    super(message);
  }
}

const isHigh = (u: number) => u >= 0xd800 && u <= 0xdbff;
const isLow = (u: number) => u >= 0xdc00 && u <= 0xdfff;

/** Line and column (1-based, in characters as people count them) of a UTF-16 index. */
export function lineColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < index && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      column = 1;
    } else if (!(isLow(c) && i > 0 && isHigh(text.charCodeAt(i - 1)))) column++;
  }
  return { line, column };
}

function describe(text: string, at: number): string {
  if (at >= text.length) return 'the end of the file';
  const c = text.codePointAt(at)!;
  if (c > 0x20 && c < 0x7f) return `"${String.fromCharCode(c)}"`;
  return `the character U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
}

class Scanner {
  private i = 0;
  private readonly path: Array<string | number> = [];
  constructor(private readonly text: string) {}

  /** Refuses what JSON allows but this reader does not (repeated keys and the like). */
  private fail(message: string, at = this.i): never {
    throw new Refusal(at, message, [...this.path], false);
  }

  /** Refuses what is not JSON at all. */
  private invalid(message: string, at = this.i): never {
    throw new Refusal(at, message, [...this.path], true);
  }

  private unexpected(expected: string): never {
    this.invalid(`expected ${expected}, found ${describe(this.text, this.i)}`);
  }

  private space(): void {
    const t = this.text;
    while (this.i < t.length) {
      const c = t.charCodeAt(this.i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return;
      this.i++;
    }
  }

  document(): void {
    if (this.text.charCodeAt(0) === 0xfeff) this.i = 1; // a UTF-8 byte order mark: harmless, skipped
    this.space();
    this.value(0);
    this.space();
    if (this.i < this.text.length) this.unexpected('the end of the file after the value');
  }

  private value(depth: number): void {
    if (depth >= MAX_JSON_DEPTH) this.fail(`values are nested more than ${MAX_JSON_DEPTH} deep`);
    const c = this.text[this.i];
    if (c === '{') this.object(depth);
    else if (c === '[') this.array(depth);
    else if (c === '"') this.string(false);
    else if (c === 't') this.word('true');
    else if (c === 'f') this.word('false');
    else if (c === 'n') this.word('null');
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) this.number();
    else this.unexpected('a value');
  }

  private word(w: string): void {
    if (!this.text.startsWith(w, this.i)) this.unexpected('a value');
    this.i += w.length;
  }

  private digits(): number {
    const start = this.i;
    while (this.i < this.text.length && this.text[this.i]! >= '0' && this.text[this.i]! <= '9') this.i++;
    return this.i - start;
  }

  private number(): void {
    if (this.text[this.i] === '-') this.i++;
    if (this.text[this.i] === '0') this.i++;
    else if (this.digits() === 0) this.unexpected('a digit');
    if (this.text[this.i] === '.') {
      this.i++;
      if (this.digits() === 0) this.unexpected('a digit after "."');
    }
    if (this.text[this.i] === 'e' || this.text[this.i] === 'E') {
      this.i++;
      if (this.text[this.i] === '+' || this.text[this.i] === '-') this.i++;
      if (this.digits() === 0) this.unexpected('a digit in the exponent');
    }
  }

  /** Reads a string; returns its decoded text only for keys, which must be compared. */
  private string(isKey: boolean): string {
    const t = this.text;
    const open = this.i++;
    let decoded = '';
    let runStart = this.i;
    let pendingHigh = -1; // where a high surrogate waits for its low half
    const unit = (u: number, at: number) => {
      if (pendingHigh >= 0 && !isLow(u)) this.fail('a lone surrogate (half of a character) in a string', pendingHigh);
      if (isLow(u) && pendingHigh < 0) this.fail('a lone surrogate (half of a character) in a string', at);
      pendingHigh = isHigh(u) ? at : -1;
    };
    for (;;) {
      if (this.i >= t.length) this.invalid('a string is not closed (missing ")', open);
      const at = this.i;
      const c = t.charCodeAt(at);
      if (c === 0x22) {
        if (pendingHigh >= 0) this.fail('a lone surrogate (half of a character) in a string', pendingHigh);
        if (isKey) decoded += t.slice(runStart, at);
        this.i++;
        return decoded;
      }
      if (c < 0x20) this.invalid('a control character (such as a line break) inside a string; write it as an escape like \\n');
      if (c !== 0x5c) {
        unit(c, at);
        this.i++;
        continue;
      }
      if (isKey) decoded += t.slice(runStart, at);
      const e = t[at + 1];
      if (e === 'u') {
        const hex = t.slice(at + 2, at + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.invalid('"\\u" must be followed by four hexadecimal digits');
        const u = parseInt(hex, 16);
        unit(u, at);
        if (isKey) decoded += String.fromCharCode(u);
        this.i = at + 6;
      } else {
        const simple = e === undefined ? undefined : ({ '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' } as Record<string, string>)[e];
        if (simple === undefined) this.invalid(`"\\${e ?? ''}" is not a JSON escape`);
        unit(simple.charCodeAt(0), at);
        if (isKey) decoded += simple;
        this.i = at + 2;
      }
      runStart = this.i;
    }
  }

  private object(depth: number): void {
    this.i++;
    const seen = new Map<string, number>();
    this.space();
    if (this.text[this.i] === '}') {
      this.i++;
      return;
    }
    for (;;) {
      if (this.text[this.i] !== '"') this.unexpected('a key in double quotes');
      const at = this.i;
      const key = this.string(true);
      if (RESERVED_KEYS.has(key)) this.fail(`"${key}" cannot be a key: it names part of JavaScript itself`, at);
      const first = seen.get(key);
      if (first !== undefined) {
        const { line, column } = lineColumn(this.text, first);
        this.fail(`the key "${clip(key)}" appears twice in one object (first at line ${line}, column ${column}); only one may be given`, at);
      }
      seen.set(key, at);
      this.space();
      if (this.text[this.i] !== ':') this.unexpected('":" after the key');
      this.i++;
      this.space();
      this.path.push(key);
      this.value(depth + 1);
      this.path.pop();
      this.space();
      const c = this.text[this.i];
      this.i++;
      if (c === '}') return;
      if (c !== ',') {
        this.i--;
        this.unexpected('"," or "}"');
      }
      this.space();
    }
  }

  private array(depth: number): void {
    this.i++;
    this.space();
    if (this.text[this.i] === ']') {
      this.i++;
      return;
    }
    for (let n = 0; ; n++) {
      this.path.push(n);
      this.value(depth + 1);
      this.path.pop();
      this.space();
      const c = this.text[this.i];
      this.i++;
      if (c === ']') return;
      if (c !== ',') {
        this.i--;
        this.unexpected('"," or "]"');
      }
      this.space();
    }
  }
}

/**
 * Parses JSON text strictly: standard JSON, plus no repeated keys in an object,
 * no `__proto__`/`constructor`/`prototype` keys, no lone surrogates, at most
 * MAX_JSON_DEPTH levels. A leading byte order mark is skipped. Never throws.
 */
export function parseStrictJson(text: string): StrictJson {
  try {
    new Scanner(text).document();
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    const { line, column } = lineColumn(text, e.at);
    const where = `line ${line}, column ${column}: ${e.message}`;
    return { ok: false, problem: { path: clip(formatPath(e.path), 2 * ECHO_LIMIT), message: e.syntax ? `the file is not valid JSON: ${where}` : where } };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    // The scanner accepts only standard JSON, so this is a safety net, not a path taken.
    return { ok: false, problem: { path: '', message: `the file is not valid JSON: ${clip((e as Error).message)}` } };
  }
}
