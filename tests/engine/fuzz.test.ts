/**
 * Untrusted scenario files must only ever fail with ScenarioError. Each run
 * takes a valid fixture and breaks it in one to three places: deleted keys,
 * wrong types, huge or fractional numbers, `__proto__` keys, duplicated array
 * entries, truncated text. Mutating a valid file reaches the deep checks that
 * random JSON never would.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parseScenario, parseScenarioText, ScenarioError } from '../../src/engine/index.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

/** Every path to a value inside the file, so mutations can land anywhere. */
function pathsOf(value: Json, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const k of Object.keys(value)) pathsOf(value[k]!, [...at, k], out);
  return out;
}

const nasty: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, NaN, Infinity, '', ' ', '__proto__', 'constructor', 'us', 'trust', 'link', [], {}),
  fc.integer({ min: -200, max: 200 }),
  fc.string({ maxLength: 12 }),
  fc.string({ minLength: 150, maxLength: 1300 }),
  fc.jsonValue({ maxDepth: 2 }),
);

type Mutation =
  | { kind: 'delete'; path: number }
  | { kind: 'set'; path: number; value: unknown }
  | { kind: 'proto'; path: number; value: unknown }
  | { kind: 'duplicate'; path: number }
  | { kind: 'rename'; path: number; key: string };

function mutationOf(paths: number): fc.Arbitrary<Mutation> {
  const path = fc.nat(paths - 1);
  return fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), path }),
    fc.record({ kind: fc.constant('set' as const), path, value: nasty }),
    fc.record({ kind: fc.constant('proto' as const), path, value: nasty }),
    fc.record({ kind: fc.constant('duplicate' as const), path }),
    fc.record({ kind: fc.constant('rename' as const), path, key: fc.constantFrom('__proto__', 'constructor', 'trust', 'x', 'Trust', 'us') }),
  );
}

/** The parent container of a path and the key inside it, in a fresh copy. */
function locate(root: Json, path: Path): { parent: Record<string | number, unknown>; key: string | number } | null {
  if (path.length === 0) return null;
  let node: unknown = root;
  for (const k of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string | number, unknown>)[k];
  }
  if (node === null || typeof node !== 'object') return null;
  return { parent: node as Record<string | number, unknown>, key: path[path.length - 1]! };
}

/** An own property, even for "__proto__", as JSON.parse would create it. */
function define(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function mutate(root: Json, paths: Path[], m: Mutation): Json {
  const spot = locate(root, paths[m.path]!);
  if (!spot) return m.kind === 'set' ? (m.value as Json) : root;
  const { parent, key } = spot;
  switch (m.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'set':
      define(parent, key, m.value);
      break;
    case 'proto':
      if (!Array.isArray(parent)) define(parent, '__proto__', m.value);
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(parent[key as number]));
      break;
    case 'rename':
      if (!Array.isArray(parent)) {
        const value = parent[key];
        delete parent[key];
        define(parent, m.key, value);
      }
      break;
  }
  return root;
}

function onlyScenarioErrors(run: () => unknown): void {
  try {
    run();
  } catch (e) {
    if (!(e instanceof ScenarioError)) throw e;
    expect(e.problems.length).toBeGreaterThan(0);
    for (const p of e.problems) expect(typeof p.path === 'string' && typeof p.message === 'string' && p.message.length > 0).toBe(true);
  }
}

/** Runs `runs` mutated copies of a fixture through the validator; returns how many stayed valid. */
function fuzz(file: string, runs: number, reachability = false): number {
  const text = readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8');
  const paths = pathsOf(JSON.parse(text) as Json);
  let valid = 0;
  fc.assert(
    fc.property(fc.array(mutationOf(paths.length), { minLength: 1, maxLength: 3 }), fc.nat(9), (mutations, asText) => {
      let doc = JSON.parse(text) as Json;
      for (const m of mutations) doc = mutate(doc, paths, m);
      if (asText === 0) {
        // Sometimes as text, cut short: broken JSON must fail cleanly too.
        const out = JSON.stringify(doc) ?? '';
        onlyScenarioErrors(() => parseScenarioText(out.slice(0, Math.max(0, out.length - mutations.length * 7)), { reachability }));
      } else {
        onlyScenarioErrors(() => { parseScenario(doc, { reachability }); valid++; });
      }
    }),
    { numRuns: runs, seed: 20230716 },
  );
  return valid;
}

describe('scenario validator under fuzzing', () => {
  // The smallest valid file keeps 100,000 runs fast; zod's cost grows with file size.
  it('throws nothing but ScenarioError for 100,000 mutated minimal files', () => {
    // Some mutations (text edits, optional keys) keep the file valid; the logic checks ran on those.
    expect(fuzz('micro.json', 100_000)).toBeGreaterThan(100);
  }, 300_000);

  it('throws nothing but ScenarioError for 5,000 mutated two-round files, walking their game trees', () => {
    expect(fuzz('tiny.json', 5_000, true)).toBeGreaterThan(10);
  }, 120_000);

  it('accepts the unmutated files', () => {
    for (const file of ['micro.json', 'tiny.json', 'mini.json']) {
      expect(() => parseScenarioText(readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8'))).not.toThrow();
    }
  });
});
