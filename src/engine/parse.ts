/**
 * Reading a scenario from untrusted input: size limit, JSON syntax, the zod
 * schema, then the logic checks. Everything wrong is reported as a
 * ScenarioError with paths and plain-English messages; nothing else is thrown.
 */
import { Scenario } from './schema.ts';
import { checkScenario, checkStructure } from './check.ts';
import { formatPath, type Problem } from './problems.ts';

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

export function parseScenario(json: unknown, options: ParseOptions = {}): Scenario {
  const parsed = Scenario.safeParse(json);
  if (!parsed.success) {
    throw new ScenarioError(parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })));
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

export function parseScenarioText(text: string, options: ParseOptions = {}): Scenario {
  // Refuse huge input before JSON.parse ever sees it.
  if (text.length > MAX_SCENARIO_BYTES || utf8Length(text) > MAX_SCENARIO_BYTES) {
    throw new ScenarioError([{ path: '', message: 'the file is larger than 1 MiB; a scenario should be far smaller' }]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ScenarioError([{ path: '', message: `the file is not valid JSON: ${(e as Error).message}` }]);
  }
  return parseScenario(json, options);
}
