/**
 * `npm run scenario:check -- FILE...`: validates scenario files, including the
 * walk for unreachable endings. Prints `FILE: path: message` per problem and
 * exits 0 only when every file is valid. Files over 1 MiB are refused unread.
 */
import { readFileSync, statSync } from 'node:fs';
import { MAX_SCENARIO_BYTES, balanceWarnings, parseScenarioText, scenarioWarnings, ScenarioError, type Problem } from '../src/engine/index.ts';

function check(file: string): { problems: Problem[]; warnings: Problem[] } {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return { problems: [{ path: '', message: 'cannot read the file (does it exist?)' }], warnings: [] };
  }
  if (size > MAX_SCENARIO_BYTES) return { problems: [{ path: '', message: `the file is ${size} bytes, larger than 1 MiB; refused without reading it` }], warnings: [] };
  try {
    const scenario = parseScenarioText(readFileSync(file, 'utf8'), { reachability: true });
    // The balance figures of npm run balance (on fewer seeds), as warnings: see src/engine/balance/.
    return { problems: [], warnings: [...scenarioWarnings(scenario), ...balanceWarnings(scenario)] };
  } catch (e) {
    if (e instanceof ScenarioError) return { problems: e.problems, warnings: [] };
    throw e;
  }
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run scenario:check -- FILE...');
  process.exit(2);
}
let bad = 0;
for (const file of files) {
  const { problems, warnings } = check(file);
  for (const p of problems) console.log(`${file}: ${p.path || '(file)'}: ${p.message}`);
  for (const w of warnings) console.log(`${file}: warning: ${w.path}: ${w.message}`);
  if (problems.length > 0) bad++;
  else console.log(`${file}: ok${warnings.length ? ` (${warnings.length} warning${warnings.length === 1 ? '' : 's'})` : ''}`);
}
process.exit(bad > 0 ? 1 : 0);
