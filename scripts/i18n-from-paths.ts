/**
 * `npx tsx scripts/i18n-from-paths.ts SCENARIO.json PATHS.json > <id>.<tag>.json`:
 * converts a translation keyed by JSON paths (`rounds[0].lines[1].text`, the
 * format of scripts/i18n-paths.ts) into the id-keyed translation format that
 * the game loads and `npm run i18n:check` checks (docs/translating.md):
 * `rounds.dinner.lines.1.text`. The paths file's own sources stay the
 * translation's own. A path the scenario does not have is listed on stderr.
 */
import { readFileSync } from 'node:fs';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** `rounds[0].lines[1].text` → the id-based key, following the scenario; null when the path leads nowhere. */
export function keyForPath(scenario: Json, path: string): string | null {
  const tokens = path.match(/[^.[\]]+/g) ?? [];
  const parts: string[] = [];
  let node: Json | undefined = scenario;
  for (const token of tokens) {
    if (Array.isArray(node)) {
      const entry: Json | undefined = node[Number(token)];
      const id = entry !== null && typeof entry === 'object' && !Array.isArray(entry) && typeof entry.id === 'string' ? entry.id : null;
      parts.push(id ?? token);
      node = entry;
    } else if (node !== null && typeof node === 'object') {
      parts.push(token);
      node = node[token];
    } else {
      return null;
    }
  }
  return typeof node === 'string' ? parts.join('.') : null;
}

function main(): void {
  const [scenarioFile, pathsFile] = process.argv.slice(2);
  if (!scenarioFile || !pathsFile) {
    console.error('usage: npx tsx scripts/i18n-from-paths.ts SCENARIO.json PATHS.json');
    process.exit(2);
  }
  const scenario = JSON.parse(readFileSync(scenarioFile, 'utf8')) as { id: string } & Json;
  const paths = JSON.parse(readFileSync(pathsFile, 'utf8')) as { lang?: string; text?: Record<string, string>; sources?: Record<string, unknown> };
  const text: Record<string, string> = {};
  for (const [path, value] of Object.entries(paths.text ?? {})) {
    const key = keyForPath(scenario, path);
    if (key === null) console.error(`no such text in the scenario: ${path}`);
    else text[key] = value;
  }
  const own = paths.sources && Object.keys(paths.sources).length ? { sources: paths.sources } : {};
  console.log(JSON.stringify({ format: 1, scenario: scenario.id, language: paths.lang ?? 'zh-Hans', ...own, text }, null, 2));
}

if (process.argv[1]?.endsWith('i18n-from-paths.ts')) main();
