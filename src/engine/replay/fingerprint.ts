/**
 * A short hash of a scenario's content. Codes carry it so that a code made
 * before a scenario edit is refused instead of silently playing differently,
 * even if the author forgot to bump the version.
 */
import type { Scenario } from '../schema.ts';
import { canonicalJson } from '../hash.ts';
import { fnv1a32 } from './checksum.ts';

// Canonical JSON of a whole scenario takes a while; scenarios are never edited in place.
const cache = new WeakMap<Scenario, number>();

/** FNV-1a 32 of the scenario's canonical JSON, without `$schema` (editor metadata, not content). */
export function scenarioFingerprint(scenario: Scenario): number {
  let fp = cache.get(scenario);
  if (fp === undefined) {
    const { $schema: _ignored, ...content } = scenario;
    fp = fnv1a32(canonicalJson(content));
    cache.set(scenario, fp);
  }
  return fp;
}
