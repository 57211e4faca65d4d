/**
 * A chapter's translation: `src/scenarios/<id>.<language>.json`. The scenario
 * file keeps its source-language (English) words, its ids and its rules; the
 * translation holds only words, each under the key keys.ts gives it.
 *
 * {
 *   "format": 1,
 *   "scenario": "beijing-2023",
 *   "language": "zh-Hans",
 *   "keep": ["rounds.x.headlines.0.outlet"],      // optional: may stay as in English
 *   "sources": {                                  // optional: sources only this language cites
 *     "mfa-wang-kerry-zh": { "label": "外交部网站（转载）", "url": "http://…" }
 *   },
 *   "text": {
 *     "title": "…",
 *     "sources.mfa-wang-kerry.label": "…",
 *     "rounds.great-hall.lines.1.text": {
 *       "text": "王毅说……",                          // the words shown
 *       "source": "mfa-wang-kerry-zh",              // an id in the scenario's sources
 *       "original": true                            // a quotation in its own language
 *     }
 *   }
 * }
 *
 * A value is the text, or an object with the text and, for a quotation read
 * in its original language, that original's own `source`: an id of the
 * translation's own `sources` (the Chinese original, which the English text
 * does not cite) or of the scenario's table. It replaces the `source` the line, headline,
 * event, timeline entry or interest cites, or goes first in a `sources` list
 * (a round's history, an ending). `original: true` marks the quotation.
 */
import { z } from 'zod';
import { Id, Source, SourceRef, Text } from '../schema-parts.ts';

export const TranslationEntry = z.union([
  Text,
  z.strictObject({ text: Text, source: SourceRef.optional(), original: z.literal(true).optional() }),
]);
export type TranslationEntry = z.infer<typeof TranslationEntry>;

export const ScenarioTranslation = z.strictObject({
  format: z.literal(1),
  /** The scenario's id, as in its file. */
  scenario: z.string(),
  /** The BCP 47 tag of the interface language this is for: "zh-Hans". */
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "zh-Hans"'),
  /** Keys whose text may stay as in the source language (a name or a number the check would flag). */
  keep: z.array(z.string()).optional(),
  /** Sources this language's text cites that the scenario does not list (originals in this language), by new ids. */
  sources: z.record(Id, Source).optional(),
  text: z.record(z.string(), TranslationEntry),
});
export type ScenarioTranslation = z.infer<typeof ScenarioTranslation>;

/** An entry's words, whichever form it has. */
export const entryText = (entry: TranslationEntry): string => (typeof entry === 'string' ? entry : entry.text);
