/**
 * What the stage shows, as the scenario names it: the scene keys the game has
 * art for, and which measure plays which part on the stage (the chain of trust,
 * the climate glow, each side's room at home). Types-only imports, so views can
 * import these values without loading zod or xstate.
 */
import type { Scenario } from './schema.ts';

/** The scenes the game can draw. A round's `scene` must be one of these (the check refuses others). */
export const SCENE_KEYS = [
  // Beijing, July 2023
  'dinner', 'hotel', 'premier', 'great-hall', 'press', 'final',
  // The other chapters: a desk of secret letters, the Great Hall during APEC 2014,
  // the UN General Assembly hall, the foreign ministry's briefing room, the G20 in Bali,
  // a COP plenary, the Sunnylands estate and the Filoli garden.
  'letter-desk', 'apec-hall', 'un-summit', 'briefing-room', 'bali', 'cop-hall', 'sunnylands', 'filoli',
  'neutral',
] as const;
export type SceneKey = (typeof SCENE_KEYS)[number];

export function isSceneKey(scene: string): scene is SceneKey {
  return (SCENE_KEYS as readonly string[]).includes(scene);
}

/** The parts a measure can play on the stage. `other` measures are not drawn. */
export type StageRole = 'trust' | 'climate' | 'us' | 'china' | 'other';

/** Roles a measure may claim with its `role` field; the home roles come from `sides[].homeMeasure`. */
export const MEASURE_ROLES = ['trust', 'climate'] as const;

/**
 * Which measure plays which role. A measure's `role` field wins; without one,
 * a measure whose id is "trust" or "climate" plays that part (the files written
 * before roles existed). Each side's room at home is its `homeMeasure`.
 */
export function stageRoles(s: Pick<Scenario, 'measures' | 'sides'>): Map<string, StageRole> {
  const roles = new Map<string, StageRole>();
  for (const m of s.measures) roles.set(m.id, 'other');
  for (const role of MEASURE_ROLES) {
    const claimed = s.measures.find((m) => m.role === role) ?? s.measures.find((m) => m.id === role && m.role === undefined);
    if (claimed) roles.set(claimed.id, role);
  }
  for (const side of s.sides) roles.set(side.homeMeasure, side.id);
  return roles;
}
