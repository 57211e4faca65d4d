import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE_JSON, ROOT } from '../../scripts/make-guide.ts';
import { parseGuide, type Guide, type GuideBlock } from '../../src/ui/guide/guide-schema.ts';

// The Chinese guide is a translation of the English one: the app and the guide check
// pair its sections and blocks with the English by position, so the shapes must match.
const ZH_JSON = join(ROOT, 'src/ui/guide/teaching-guide.zh-Hans.json');

const load = (path: string): Guide => parseGuide(JSON.parse(readFileSync(path, 'utf8')) as unknown);
const en = load(GUIDE_JSON);
const zh = load(ZH_JSON);

/** A block's kind and every length a reader would notice (items, rows, cells, choices). */
function shapeOf(block: GuideBlock): unknown {
  if ('p' in block) return 'p';
  if ('list' in block) return ['list', block.list.length];
  if ('steps' in block) return ['steps', block.steps.length];
  if ('table' in block) return ['table', block.table.head.length, block.table.rows.map((r) => r.length)];
  if ('qa' in block) return ['qa', block.qa.map((q) => q.choices?.length ?? 0)];
  return ['sources', block.sources.length];
}

/** Every translatable string with its path; ids, chapter ids and URLs are kept as they are. */
function strings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}.${i}`, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) if (!['id', 'url', 'chapter'].includes(k)) strings(v, `${path}.${k}`, out);
  }
  return out;
}

const HAN = /\p{Script=Han}/u;
const HALF_WIDTH_BESIDE_HAN = /\p{Script=Han}[,;:?!()]|[,;:?!()]\p{Script=Han}/u;
const LETTER = /^([A-Z])\.\s/;

describe("teacher's guide in Simplified Chinese", () => {
  it('has the English sections, in the same order, with the same chapter ids', () => {
    expect(zh.sections.map((s) => s.id)).toEqual(en.sections.map((s) => s.id));
    expect(zh.sections.map((s) => s.chapter)).toEqual(en.sections.map((s) => s.chapter));
  });

  it('has the same block kinds and lengths in every section', () => {
    en.sections.forEach((section, i) => {
      expect(zh.sections[i]!.blocks.map(shapeOf), section.id).toEqual(section.blocks.map(shapeOf));
    });
  });

  it('keeps every source URL and every answer letter', () => {
    const urls = (g: Guide) => g.sections.flatMap((s) => s.blocks.flatMap((b) => ('sources' in b ? b.sources.map((x) => x.url) : [])));
    expect(urls(zh)).toEqual(urls(en));
    const letters = (g: Guide) =>
      g.sections.flatMap((s) =>
        s.blocks.flatMap((b) => ('qa' in b ? b.qa.map((q) => [LETTER.exec(q.a)?.[1], ...(q.choices ?? []).map((c) => LETTER.exec(c)?.[1])]) : [])),
      );
    expect(letters(zh)).toEqual(letters(en));
  });

  it('translates every string into Chinese, with full-width punctuation beside Chinese', () => {
    const all = strings(zh, 'zh');
    expect(all.length).toBeGreaterThan(200);
    for (const [path, text] of all) {
      expect(HAN.test(text), `${path} looks untranslated: ${text}`).toBe(true);
      expect(HALF_WIDTH_BESIDE_HAN.test(text), `${path} has half-width punctuation beside Chinese: ${text}`).toBe(false);
    }
  });

  it('marks English-language sources as such and keeps the two Taiwan terms apart', () => {
    const labels = zh.sections.flatMap((s) => s.blocks.flatMap((b) => ('sources' in b ? b.sources : [])));
    for (const { label, url } of labels) {
      const chineseSite = url.startsWith('https://sputniknews.cn/');
      expect(label.endsWith('（英文）'), label).toBe(!chineseSite);
    }
    const text = strings(zh, 'zh').map(([, t]) => t).join('\n');
    expect(text).toContain('一个中国原则');
    expect(text).toContain('一个中国政策');
  });
});
