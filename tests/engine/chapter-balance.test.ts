/**
 * Balance of every chapter, measured as `npm run balance` measures it (every
 * fixed strategy of each side against the computer with its default
 * settings), on a smaller seed set. The targets are the ones each chapter must
 * meet: no single option is "the answer", both sides can do well with or
 * without linking, the computer reacts to what the player did, every ending
 * can be reached, the historical path still leads to the historical ending,
 * two computers spread over several endings, and the last choice matters.
 */
import { describe, expect, it } from 'vitest';
import { balanceFigures } from '../../src/engine/index.ts';
import { CHAPTER_IDS, chapter } from './helpers.ts';

describe.each(CHAPTER_IDS.map((id) => [id] as const))('%s balance (npm run balance, 8 seeds)', (id) => {
  const scenario = chapter(id);
  const figures = balanceFigures(scenario, { seeds: 8, games: 400 });

  it.each(figures.targets.map((t) => [t.name, t] as const))('%s', (_name, target) => {
    expect(target.ok, target.value).toBe(true);
  });

  it('measures what it says: every strategy of both sides, and every target', () => {
    const strategies = (side: 'us' | 'china') => scenario.rounds.reduce((n, r) => n * r.options[side].length, 1);
    expect(figures.sides.us.strategies).toBe(strategies('us'));
    expect(figures.sides.china.strategies).toBe(strategies('china'));
    expect(figures.targets.length).toBe(18);
  });
});
