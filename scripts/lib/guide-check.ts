/**
 * A teacher's guide in another language (src/ui/guide/teaching-guide.<tag>.json)
 * against the English one: valid, the same sections (by id) and blocks (kinds
 * and lengths, so a table or a quiz keeps its shape), and its words in the
 * language's script. Source URLs may differ (a Chinese original's own link).
 */
import { parseGuide } from '../../src/ui/guide/guide-schema.ts';
import { HALF_WIDTH_BESIDE_HAN } from '../../src/engine/i18n/index.ts';
import type { LanguageRules } from './i18n-files.ts';

export interface GuideProblem {
  key: string;
  message: string;
}

/** The guide's structure with every word blanked: two guides of the same shape give the same text. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'id' ? v : shape(v)]));
  return typeof value;
}

function words(value: unknown, path: string, out: Map<string, string>): void {
  if (typeof value === 'string') out.set(path, value);
  else if (Array.isArray(value)) value.forEach((v, i) => words(v, `${path}.${i}`, out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) if (!NOT_WORDS.has(k)) words(v, path ? `${path}.${k}` : k, out);
}

/** Keys whose values are ids or links, not words: never translated (`chapter` names a chapter by its id). */
const NOT_WORDS = new Set(['id', 'url', 'chapter']);

export function guideProblems(english: unknown, other: unknown, rules: LanguageRules): GuideProblem[] {
  let guide;
  try {
    guide = parseGuide(other);
  } catch (error) {
    return [{ key: '', message: `is not a valid guide: ${String(error).slice(0, 300)}` }];
  }
  const base = parseGuide(english);
  const problems: GuideProblem[] = [];
  base.sections.forEach((section, i) => {
    const theirs = guide.sections[i];
    if (theirs?.id !== section.id) problems.push({ key: `sections.${i}`, message: `is "${theirs?.id ?? '(missing)'}" where English has "${section.id}"` });
    else if (JSON.stringify(shape(theirs)) !== JSON.stringify(shape(section))) problems.push({ key: `sections.${section.id}`, message: 'has other blocks than the English section (kinds, list lengths or table size differ)' });
  });
  if (guide.sections.length > base.sections.length) problems.push({ key: 'sections', message: `has ${guide.sections.length - base.sections.length} more section(s) than English` });
  const text = new Map<string, string>();
  words(guide, '', text);
  for (const [key, value] of text) {
    if (rules.script && /[A-Za-z]/.test(value) && !rules.script.test(value)) problems.push({ key, message: `looks untranslated: "${value.slice(0, 60)}"` });
    if (rules.fullWidth && HALF_WIDTH_BESIDE_HAN.test(value)) problems.push({ key, message: `has half-width punctuation beside Chinese: "${value.slice(0, 60)}"` });
  }
  return problems;
}
