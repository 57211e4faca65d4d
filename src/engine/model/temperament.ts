/**
 * The computer's temperament for one game: fixed by a teacher's setting, or
 * drawn from the seed within the ranges the scenario sets. Drawn from a stream
 * of its own (splitmix32 of the seed, one step per value), so the game's PRNG
 * is not touched, the same seed gives the same temperament whatever the people
 * choose, and a new game costs no extra generator.
 */
import { SIDES, type Policy, type Scenario, type SideId, type TemperValues } from '../schema.ts';
import { splitmix32 } from '../rng.ts';
import type { Settings, Unpredictability } from './state.ts';

/** Mixed into the seed for the temperament's own stream. */
const TEMPER_STREAM = 0x7e3a9c15;

function scaleNoise(noise: number, level: Unpredictability): number {
  switch (level) {
    case 'none':
      return 0;
    case 'low':
      return noise >> 1;
    case 'high':
      return Math.min(40, noise * 2);
    default:
      return noise;
  }
}

/** A policy without a temperament plays as before: its own linkage and noise, no reaction. */
function fallback(policy: Policy): TemperValues {
  return { insist: policy.linkage, reciprocity: 0, patience: 10, walkAway: 0, noise: policy.noise };
}

export function drawTemper(scenario: Scenario, seed: number, settings: Settings): Record<SideId, TemperValues> {
  let x = (seed ^ TEMPER_STREAM) | 0;
  // A whole number in [min, max]; the modulo's bias is below one in ten million for these small spans.
  const draw = (min: number, max: number): number => {
    x = splitmix32(x);
    return min + ((x >>> 0) % (max - min + 1));
  };
  const out = {} as Record<SideId, TemperValues>;
  for (const side of SIDES) {
    const policy = scenario.policies[side];
    const t = policy.temperament;
    let values: TemperValues;
    if (!t) values = fallback(policy);
    else if (settings.temperament !== 'drawn') values = { ...t.presets[settings.temperament] };
    else {
      // Always five draws per side, in this order, so adding a side's temperament never shifts the other's.
      values = {
        insist: draw(t.insist.min, t.insist.max),
        reciprocity: draw(t.reciprocity.min, t.reciprocity.max),
        patience: draw(t.patience.min, t.patience.max),
        walkAway: draw(t.walkAway.min, t.walkAway.max),
        noise: draw(t.noise.min, t.noise.max),
      };
    }
    values.noise = scaleNoise(values.noise, settings.unpredictability);
    out[side] = values;
  }
  return out;
}
