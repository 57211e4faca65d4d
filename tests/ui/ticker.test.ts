// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { Headline } from '../../src/engine/index.ts';
import { t } from '../../src/ui/locale/current.ts';
import { ticker } from '../../src/ui/screens/ticker.ts';

const source = 'guardian-report';

describe('headline ticker', () => {
  test('the schema takes an optional summary flag and nothing but a boolean', () => {
    expect(Headline.safeParse({ outlet: 'The Guardian', text: 'A', summary: true, source }).success).toBe(true);
    expect(Headline.safeParse({ outlet: 'The Guardian', text: 'A' }).success).toBe(true);
    expect(Headline.safeParse({ outlet: 'The Guardian', text: 'A', summary: 'yes' }).success).toBe(false);
  });

  test('marks a summary as one, and a real headline not', () => {
    const el = ticker([{ outlet: 'The Guardian', text: 'Heat record', summary: true }, { outlet: 'UPI', text: 'Real words' }], true);
    const items = [...el.querySelectorAll('li')];
    expect(items).toHaveLength(2);
    expect(items[0]!.querySelector('.headline-kind')?.textContent).toBe(t.headlineSummary);
    expect(items[0]!.textContent).toContain('Heat record');
    expect(items[1]!.querySelector('.headline-kind')).toBeNull();
  });

  test('the marquee copy keeps the marks too', () => {
    const el = ticker([{ outlet: 'CGTN', text: 'X', summary: true }], false);
    expect(el.querySelectorAll('.headline-kind')).toHaveLength(2);
  });
});
