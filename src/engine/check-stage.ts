/**
 * The checks on what the stage reads from a scenario: every round's scene is
 * one the game can draw, and each stage role is played by at most one measure.
 */
import type { Scenario } from './schema.ts';
import { SCENE_KEYS, isSceneKey } from './stage-roles.ts';

type Add = (path: string, message: string) => void;

export function checkStage(s: Scenario, add: Add): void {
  s.rounds.forEach((round, r) => {
    if (!isSceneKey(round.scene)) {
      add(`rounds[${r}].scene`, `"${round.scene}" is not a scene the game can draw; use one of: ${SCENE_KEYS.join(', ')}`);
    }
  });
  const byRole = new Map<string, number>();
  s.measures.forEach((m, i) => {
    if (m.role === undefined) return;
    const first = byRole.get(m.role);
    if (first !== undefined) add(`measures[${i}].role`, `"${m.role}" is already the role of measure "${s.measures[first]!.id}"; each role belongs to one measure`);
    else byRole.set(m.role, i);
    const home = s.sides.find((side) => side.homeMeasure === m.id);
    if (home) add(`measures[${i}].role`, `"${m.id}" is the ${home.id} side's room at home (its homeMeasure), so it cannot also be "${m.role}"`);
  });
}
