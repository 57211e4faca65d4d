/** What the benchmark's parts share: the median, a fixed-seed generator, the Beijing scenario. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenarioText, type Scenario } from '../../src/engine/index.ts';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A small deterministic generator, so every bench run measures the same games. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0);
}

export const BEIJING_PATH = fileURLToPath(new URL('../../src/scenarios/beijing-2023.json', import.meta.url));

export function loadBeijing(): Scenario {
  return parseScenarioText(readFileSync(BEIJING_PATH, 'utf8'));
}
