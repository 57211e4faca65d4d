/**
 * Reading a scenario from untrusted input: size limit, UTF-8, strict JSON
 * syntax, the zod schema, then the logic checks. Everything wrong is reported
 * as a ScenarioError with paths and plain-English messages; nothing else is
 * thrown. Keys and values echoed in messages are cut to 80 characters.
 */
import type { z } from 'zod';
import { Scenario } from './schema.ts';
import { checkScenario, checkStructure } from './check.ts';
import { clip, formatPath, type Problem } from './problems.ts';
import { parseStrictJson } from './strict-json.ts';
import { decodeUtf8 } from './utf8.ts';

export const MAX_SCENARIO_BYTES = 1024 * 1024;

export class ScenarioError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`The scenario has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  ${p.path || '(top)'}: ${p.message}`).join('\n')}`);
    this.name = 'ScenarioError';
    this.problems = problems;
  }
}

export interface ParseOptions {
  /**
   * Also walk the game tree for endings no path reaches (up to about a
   * second of work, see explore.ts): for authors' tools and tests. The game
   * loads scenarios without it.
   */
  reachability?: boolean;
}

/** zod's message, with any keys it names cut short: zod lists unknown keys in full. */
function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const shown = issue.keys.slice(0, 5).map((k) => JSON.stringify(clip(k)));
    const more = issue.keys.length > 5 ? ` and ${issue.keys.length - 5} more` : '';
    return `unknown key${issue.keys.length === 1 ? '' : 's'} ${shown.join(', ')}${more}`;
  }
  return clip(issue.message, 4 * 80);
}

export function parseScenario(json: unknown, options: ParseOptions = {}): Scenario {
  const parsed = Scenario.safeParse(json);
  if (!parsed.success) {
    throw new ScenarioError(parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: messageOf(i) })));
  }
  const problems = options.reachability ? checkScenario(parsed.data) : checkStructure(parsed.data);
  if (problems.length > 0) throw new ScenarioError(problems);
  return parsed.data;
}

/** UTF-8 length without allocating: the limit is about bytes on disk, not UTF-16 units. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (bytes > MAX_SCENARIO_BYTES) break;
  }
  return bytes;
}

const TOO_LARGE: Problem = { path: '', message: 'the file is larger than 1 MiB; a scenario should be far smaller' };

/**
 * A scenario from JSON text. Besides JSON's own syntax, refuses a key given twice
 * in one object, `__proto__`/`constructor`/`prototype` keys and lone surrogates,
 * naming the line and column; a leading byte order mark is skipped.
 */
export function parseScenarioText(text: string, options: ParseOptions = {}): Scenario {
  // Refuse huge input before any parser sees it.
  if (text.length > MAX_SCENARIO_BYTES || utf8Length(text) > MAX_SCENARIO_BYTES) throw new ScenarioError([TOO_LARGE]);
  const json = parseStrictJson(text);
  if (!json.ok) throw new ScenarioError([json.problem]);
  return parseScenario(json.value, options);
}

/** A scenario from a file's bytes, which must be UTF-8 (invalid bytes are refused, not replaced). */
export function parseScenarioBytes(bytes: Uint8Array, options: ParseOptions = {}): Scenario {
  if (bytes.length > MAX_SCENARIO_BYTES) throw new ScenarioError([TOO_LARGE]);
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) throw new ScenarioError([decoded.problem]);
  return parseScenarioText(decoded.text, options);
}
