/**
 * The teacher's guide as data: one JSON file (teaching-guide.en.json) feeds both
 * the in-app "For teachers" screen and docs/teaching-guide.md (scripts/make-guide.ts).
 *
 * All strings are plain text: no HTML and no markdown. The renderers add the
 * formatting (DOM nodes built with textContent; markdown with escaping).
 */
import { z } from 'zod';

// The site's Content-Security-Policy forbids `new Function`. The printable pages may load this
// module before the engine's schema-parts.ts has set this, so it is set here too, before any schema.
z.config({ jitless: true });

/** Catches HTML tags, markdown emphasis, code spans and links inside a string. */
const NOT_PLAIN: readonly { re: RegExp; what: string }[] = [
  { re: /<\/?[A-Za-z!]/, what: 'an HTML tag' },
  { re: /\*\*|__/, what: 'markdown emphasis' },
  { re: /`/, what: 'a markdown code span (backtick)' },
  { re: /\]\(/, what: 'a markdown link' },
  { re: /\r|\n/, what: 'a line break' },
];

export const PlainText = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .superRefine((s, ctx) => {
    for (const { re, what } of NOT_PLAIN) {
      if (re.test(s)) ctx.addIssue({ code: 'custom', message: `must be plain text: contains ${what}` });
    }
  });

export const HttpUrl = z
  .string()
  .regex(/^https?:\/\/[^\s"<>]+$/, 'must be an http(s) URL without spaces')
  .refine((u) => !u.includes('...') && !u.includes('…'), 'must be a whole URL, not a shortened one');

export const ParagraphBlock = z.strictObject({ p: PlainText });
export const ListBlock = z.strictObject({ list: z.array(PlainText).min(1) });
export const StepsBlock = z.strictObject({ steps: z.array(PlainText).min(1) });
export const TableBlock = z.strictObject({
  table: z
    .strictObject({
      head: z.array(PlainText).min(1),
      rows: z.array(z.array(PlainText)).min(1),
    })
    .superRefine((t, ctx) => {
      t.rows.forEach((row, i) => {
        if (row.length !== t.head.length) {
          ctx.addIssue({
            code: 'custom',
            path: ['rows', i],
            message: `row has ${row.length} cells, the head has ${t.head.length}`,
          });
        }
      });
    }),
});
export const QuestionSchema = z.strictObject({
  q: PlainText,
  choices: z.array(PlainText).min(2).optional(),
  a: PlainText,
});
export const QaBlock = z.strictObject({ qa: z.array(QuestionSchema).min(1) });
export const SourceSchema = z.strictObject({ label: PlainText, url: HttpUrl });
export const SourcesBlock = z.strictObject({ sources: z.array(SourceSchema).min(1) });

export const BlockSchema = z.union([
  ParagraphBlock,
  ListBlock,
  StepsBlock,
  TableBlock,
  QaBlock,
  SourcesBlock,
]);

export const SectionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
  heading: PlainText,
  /** A section about one chapter (its id): printed with that chapter's source packet. */
  chapter: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/).optional(),
  blocks: z.array(BlockSchema).min(1),
});

export const GuideSchema = z
  .strictObject({
    title: PlainText,
    sections: z.array(SectionSchema).min(1),
  })
  .superRefine((g, ctx) => {
    const seen = new Set<string>();
    g.sections.forEach((s, i) => {
      if (seen.has(s.id)) {
        ctx.addIssue({ code: 'custom', path: ['sections', i, 'id'], message: `duplicate section id "${s.id}"` });
      }
      seen.add(s.id);
    });
  });

export type Guide = z.infer<typeof GuideSchema>;
export type GuideSection = z.infer<typeof SectionSchema>;
export type GuideBlock = z.infer<typeof BlockSchema>;
export type GuideQuestion = z.infer<typeof QuestionSchema>;
export type GuideSource = z.infer<typeof SourceSchema>;

/** Section ids the teacher's guide must contain (checked by the guide's tests, not by parseGuide). */
export const REQUIRED_SECTION_IDS = [
  'objectives',
  'lesson-45',
  'lesson-20',
  'modes',
  'facilitation',
  'rubric',
  'check',
] as const;

/** Parses unknown data as a guide; throws an Error listing every problem with its path. */
export function parseGuide(data: unknown): Guide {
  const result = GuideSchema.safeParse(data);
  if (!result.success) {
    throw new Error(`Invalid teacher's guide:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}
