import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDE_JSON, GUIDE_MD, loadGuide, renderGuideMarkdown, slug } from '../../scripts/make-guide.ts';
import { GuideSchema, REQUIRED_SECTION_IDS, type Guide, type GuideBlock } from '../../src/ui/guide/guide-schema.ts';

const guide: Guide = loadGuide();

function blocksOf(id: string): GuideBlock[] {
  return guide.sections.find((s) => s.id === id)?.blocks ?? [];
}

function allUrls(g: Guide): string[] {
  return g.sections.flatMap((s) => s.blocks.flatMap((b) => ('sources' in b ? b.sources.map((x) => x.url) : [])));
}

describe("teacher's guide data", () => {
  it('parses against the schema', () => {
    const raw = JSON.parse(readFileSync(GUIDE_JSON, 'utf8')) as unknown;
    const result = GuideSchema.safeParse(raw);
    expect(result.success, result.success ? '' : JSON.stringify(result.error.issues, null, 2)).toBe(true);
  });

  it('has every required section', () => {
    const ids = guide.sections.map((s) => s.id);
    for (const id of REQUIRED_SECTION_IDS) expect(ids, `missing section "${id}"`).toContain(id);
  });

  it('has timed steps in both lesson plans', () => {
    for (const id of ['lesson-45', 'lesson-20']) {
      const steps = blocksOf(id).flatMap((b) => ('steps' in b ? b.steps : []));
      expect(steps.length, id).toBeGreaterThan(2);
      for (const step of steps) expect(step, id).toMatch(/^\d+–\d+ min\./);
    }
  });

  it('the lesson plans end on time', () => {
    const lastEnd = (id: string) => {
      const steps = blocksOf(id).flatMap((b) => ('steps' in b ? b.steps : []));
      return Number(/^\d+–(\d+)/.exec(steps.at(-1) ?? '')?.[1]);
    };
    expect(lastEnd('lesson-45')).toBe(45);
    expect(lastEnd('lesson-20')).toBe(20);
  });

  it('the rubric is a table of criteria by levels', () => {
    const tables = blocksOf('rubric').flatMap((b) => ('table' in b ? [b.table] : []));
    expect(tables).toHaveLength(1);
    expect(tables[0]!.head.length).toBeGreaterThanOrEqual(4);
    expect(tables[0]!.rows.length).toBeGreaterThanOrEqual(3);
  });

  it('the check has exactly five questions, each with choices and an answer naming one of them', () => {
    const questions = blocksOf('check').flatMap((b) => ('qa' in b ? b.qa : []));
    expect(questions).toHaveLength(5);
    for (const q of questions) {
      expect(q.a.trim()).not.toBe('');
      expect(q.choices?.length ?? 0, q.q).toBeGreaterThanOrEqual(3);
      const letter = /^([A-Z])\./.exec(q.a)?.[1];
      const letters = (q.choices ?? []).map((c) => /^([A-Z])\./.exec(c)?.[1]);
      expect(letters, q.q).toContain(letter);
    }
  });

  it('every URL is a whole http(s) URL', () => {
    const urls = allUrls(guide);
    expect(urls.length).toBeGreaterThan(10);
    for (const u of urls) {
      expect(() => new URL(u), u).not.toThrow();
      expect(new URL(u).protocol, u).toMatch(/^https?:$/);
    }
  });

  it('rejects markup inside strings and duplicate section ids', () => {
    const bad = {
      title: 'T',
      sections: [
        { id: 'a', heading: 'A', blocks: [{ p: 'a <b>bold</b> claim' }] },
        { id: 'a', heading: 'B', blocks: [{ sources: [{ label: 'x', url: 'ftp://example.org/' }] }] },
      ],
    };
    const result = GuideSchema.safeParse(bad);
    expect(result.success).toBe(false);
    const messages = result.success ? [] : result.error.issues.map((i) => i.message);
    expect(messages.join('\n')).toMatch(/HTML tag/);
    expect(messages.join('\n')).toMatch(/duplicate section id/);
    expect(messages.join('\n')).toMatch(/http\(s\)/);
  });
});

describe('docs/teaching-guide.md', () => {
  it('is exactly what scripts/make-guide.ts renders', () => {
    const onDisk = readFileSync(GUIDE_MD, 'utf8');
    expect(
      onDisk === renderGuideMarkdown(guide),
      'docs/teaching-guide.md is out of date: run `npx tsx scripts/make-guide.ts` and commit the result',
    ).toBe(true);
  });

  it('renders every section heading, with a working contents link', () => {
    const md = renderGuideMarkdown(guide);
    for (const s of guide.sections) {
      expect(md).toContain(`\n## ${s.heading}\n`);
      expect(md).toContain(`](#${slug(s.heading)})`);
    }
  });

  it('escapes markdown and keeps table rows on one line', () => {
    const md = renderGuideMarkdown({
      title: 'T',
      sections: [
        {
          id: 'x',
          heading: 'X',
          blocks: [
            { p: '# not a heading, a_b*c' },
            { table: { head: ['a', 'b'], rows: [['1 | 2', 'y']] } },
            { sources: [{ label: 'Face (custom)', url: 'http://example.org/Face_(custom)' }] },
          ],
        },
      ],
    });
    expect(md).toContain('\\# not a heading, a\\_b\\*c');
    expect(md).toContain('| 1 \\| 2 | y |');
    expect(md).toContain('[Face (custom)](<http://example.org/Face_(custom)>)');
  });
});
