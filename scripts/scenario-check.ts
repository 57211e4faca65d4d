/**
 * `npm run scenario:check -- [--time S] [--budget N] FILE...`: validates
 * scenario files, including the walk for unreachable endings. Prints
 * `FILE: path: message` per problem and exits 0 only when every file is valid.
 * Only regular files up to 1 MiB are read. The walk stops after N round
 * resolutions (default 100,000) or S seconds (default 5), whichever comes
 * first, and then says what it could not prove.
 */
import { parseArgs } from 'node:util';
import { EXPLORE_BUDGET } from '../src/engine/index.ts';
import { checkFile, DEFAULT_CHECK_SECONDS, stoppedNote } from './lib/check-file.ts';

const MAX_SHOWN = 100;

function usage(message: string): never {
  console.error(`${message}\nusage: npm run scenario:check -- [--time SECONDS] [--budget RESOLUTIONS] FILE...`);
  process.exit(2);
}

function positive(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) usage(`${name} must be a positive number, not "${value.slice(0, 80)}"`);
  return n;
}

let parsed;
try {
  parsed = parseArgs({ options: { time: { type: 'string' }, budget: { type: 'string' } }, allowPositionals: true, strict: true });
} catch (e) {
  usage((e as Error).message.slice(0, 200));
}
const limits = {
  seconds: positive(parsed.values.time, '--time', DEFAULT_CHECK_SECONDS),
  budget: Math.max(1, Math.floor(positive(parsed.values.budget, '--budget', EXPLORE_BUDGET))),
};
if (parsed.positionals.length === 0) usage('no file given');

let bad = 0;
for (const file of parsed.positionals) {
  const shown = JSON.stringify(file.length > 80 ? `${file.slice(0, 80)}…` : file).slice(1, -1);
  let result;
  try {
    result = checkFile(file, limits);
  } catch (e) {
    // A fault of this tool, not of the file: say so in one line rather than a stack trace.
    console.log(`${shown}: (file): the checker failed on this file: ${String((e as Error).message).slice(0, 200)}`);
    bad++;
    continue;
  }
  // A hostile file can hold thousands of problems; the first ones are enough to start fixing.
  for (const p of result.problems.slice(0, MAX_SHOWN)) console.log(`${shown}: ${p.path || '(file)'}: ${p.message}`);
  if (result.problems.length > MAX_SHOWN) console.log(`${shown}: (file): and ${result.problems.length - MAX_SHOWN} more problems`);
  for (const w of result.warnings) console.log(`${shown}: warning: ${w.path}: ${w.message}`);
  const note = stoppedNote(result, limits);
  if (note) console.log(`${shown}: note: ${note}`);
  if (result.problems.length > 0) bad++;
  else console.log(`${shown}: ok${result.warnings.length ? ` (${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'})` : ''}`);
}
process.exit(bad > 0 ? 1 : 0);
