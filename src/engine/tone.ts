/** How an ending reads for one side. Endings may give one tone for both sides or one per side. */
import type { Ending, SideId } from './schema.ts';

export type Tone = 'good' | 'mixed' | 'bad';

export function toneFor(ending: Pick<Ending, 'tone'>, side: SideId): Tone {
  const tone = ending.tone as Tone | Record<SideId, Tone>;
  return typeof tone === 'string' ? tone : tone[side];
}
