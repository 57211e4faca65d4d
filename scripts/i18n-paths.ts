// Lists the JSON path of every player-facing string in a scenario file, and
// (given a translation file) checks that it covers exactly those paths.
// Usage: npx tsx scripts/i18n-paths.ts src/scenarios/beijing-2023.json [translation.paths.json]
// WHY a whitelist of key names: ids, urls, speaker ids, tones and rule conditions are
// strings too, but translating them would break the rules engine; only words a player reads count.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

// Leaf keys whose string values a player reads, wherever they occur.
const TEXT_KEYS = new Set([
  'title', 'subtitle', 'dates', 'place', 'premise', 'name', 'short', 'role', 'label', 'help',
  'intro', 'date', 'text', 'setting', 'outlet', 'why', 'history', 'explain', 'concept', 'term',
]);
// Array keys whose string elements a player reads (other string arrays hold ids).
const TEXT_ARRAYS = new Set(['goals']);

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export function playerPaths(node: Json, path = '', out: string[] = []): string[] {
  if (Array.isArray(node)) {
    node.forEach((child, i) => {
      const key = path.slice(path.lastIndexOf('.') + 1);
      if (typeof child === 'string') {
        if (TEXT_ARRAYS.has(key)) out.push(`${path}[${i}]`);
      } else {
        playerPaths(child, `${path}[${i}]`, out);
      }
    });
  } else if (node !== null && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) {
      const childPath = path ? `${path}.${key}` : key;
      if (typeof child === 'string') {
        if (TEXT_KEYS.has(key)) out.push(childPath);
      } else {
        playerPaths(child, childPath, out);
      }
    }
  }
  return out;
}

function main(): void {
  const [scenarioFile, translationFile] = process.argv.slice(2);
  if (!scenarioFile) {
    console.error('usage: tsx scripts/i18n-paths.ts <scenario.json> [translation.paths.json]');
    process.exit(2);
  }
  const paths = playerPaths(JSON.parse(readFileSync(scenarioFile, 'utf8')) as Json);
  if (!translationFile) {
    for (const p of paths) console.log(p);
    console.error(`${paths.length} player-facing strings`);
    return;
  }
  const translation = JSON.parse(readFileSync(translationFile, 'utf8')) as {
    text: Record<string, string | { text: string; source?: string; original?: boolean }>;
    sources?: Record<string, { label: string; url: string }>;
  };
  const expected = new Set(paths);
  const given = Object.keys(translation.text);
  const missing = paths.filter((p) => !(p in translation.text));
  const extra = given.filter((p) => !expected.has(p));
  const empty = given.filter((p) => {
    const v = translation.text[p];
    return (typeof v === 'string' ? v : v?.text ?? '').trim() === '';
  });
  const originals = Object.values(translation.text).filter((v) => typeof v === 'object' && v.original);
  const badSource = originals.filter((v) => typeof v === 'object' && !(v.source && translation.sources?.[v.source]));
  console.log(`expected ${paths.length}, given ${given.length}, missing ${missing.length}, extra ${extra.length}, empty ${empty.length}`);
  console.log(`originals quoted ${originals.length}, with unknown source ${badSource.length}`);
  for (const p of missing) console.log(`missing: ${p}`);
  for (const p of extra) console.log(`extra: ${p}`);
  for (const p of empty) console.log(`empty: ${p}`);
  if (missing.length || extra.length || empty.length || badSource.length) process.exit(1);
}

// Run only as a CLI, so tests can import playerPaths without side effects.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
