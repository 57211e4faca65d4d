/**
 * What every chapter owes its players, whatever its case: each side can both
 * link and keep apart every issue somewhere in the game (no side is forced
 * into one answer), and every quotation carries its source.
 */
import { describe, expect, it } from 'vitest';
import { CHAPTER_IDS, chapter } from './helpers.ts';

describe.each(CHAPTER_IDS.map((id) => [id] as const))('%s', (id) => {
  const scenario = chapter(id);

  it('lets each side both link and separate each issue somewhere in the game', () => {
    for (const side of ['us', 'china'] as const) {
      for (const issue of scenario.issues.map((i) => i.id)) {
        const stances = scenario.rounds.flatMap((r) => r.options[side].map((o) => o.stances[issue]));
        expect(stances, `${side} ${issue}`).toContain('link');
        expect(stances, `${side} ${issue}`).toContain('separate');
      }
    }
  });

  it('sources every quote: a line or headline with quotation marks carries a source', () => {
    for (const round of scenario.rounds) {
      for (const line of round.lines) if (/["“]/.test(line.text)) expect(line.source, line.text).toBeDefined();
      for (const h of round.headlines ?? []) if (/["“]/.test(h.text)) expect(h.source, h.text).toBeDefined();
    }
  });
});
