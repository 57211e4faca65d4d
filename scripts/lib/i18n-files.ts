/**
 * Every translation in the repository, checked: each interface table in
 * src/ui/locale/langs/ against en.ts, each teacher's guide
 * src/ui/guide/teaching-guide.<tag>.json against the English one, and each
 * chapter translation src/scenarios/<id>.<tag>.json against its scenario. The language's rules
 * (script, full-width punctuation, keys that may stay Latin) come from its
 * src/ui/locale/langs/<tag>.json, so a new language needs no code here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseScenario } from '../../src/engine/index.ts';
import { overlayScenario, ScenarioTranslation, translationProblems } from '../../src/engine/i18n/index.ts';
import { en } from '../../src/ui/locale/en.ts';
import { guideProblems } from './guide-check.ts';
import { tableProblems } from './locale-check.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const LANGS_DIR = join(ROOT, 'src/ui/locale/langs');
export const SCENARIOS_DIR = join(ROOT, 'src/scenarios');
export const GUIDE_DIR = join(ROOT, 'src/ui/guide');

export interface LanguageRules {
  tag: string;
  script?: RegExp;
  fullWidth: boolean;
  keep: Set<string>;
}

export interface FileProblem {
  file: string;
  key: string;
  message: string;
}

interface MetaFile { script?: string; fullWidth?: boolean; keep?: string[] }

export function languageRules(tag: string, dir = LANGS_DIR): LanguageRules {
  const meta = JSON.parse(readFileSync(join(dir, `${tag}.json`), 'utf8')) as MetaFile;
  return {
    tag,
    script: meta.script ? new RegExp(`\\p{Script=${meta.script}}`, 'u') : undefined,
    fullWidth: meta.fullWidth === true,
    keep: new Set(meta.keep ?? []),
  };
}

/** The languages other than English that have an interface table. */
export function translatedLanguages(dir = LANGS_DIR): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length)).filter((tag) => tag !== 'en').sort();
}

export async function checkTable(tag: string, dir = LANGS_DIR): Promise<FileProblem[]> {
  const file = join(dir, `${tag}.ts`);
  if (!existsSync(file)) return [{ file, key: '', message: 'the interface table is missing' }];
  const table = ((await import(pathToFileURL(file).href)) as { default: object }).default;
  const rules = languageRules(tag, dir);
  return tableProblems(en, table, { script: rules.script, keep: rules.keep, fullWidth: rules.fullWidth })
    .map((p) => ({ file, ...p }));
}

/** A chapter translation's problems, the overlaid scenario's validity included. */
export function checkChapterText(scenarioJson: unknown, translationJson: unknown, rules: LanguageRules, file: string): FileProblem[] {
  const parsed = ScenarioTranslation.safeParse(translationJson);
  if (!parsed.success) return parsed.error.issues.map((i) => ({ file, key: i.path.join('.'), message: i.message }));
  const translation = parsed.data;
  const scenario = parseScenario(scenarioJson);
  const problems: FileProblem[] = [];
  if (translation.language !== rules.tag) problems.push({ file, key: 'language', message: `says "${translation.language}", the file name says "${rules.tag}"` });
  for (const p of translationProblems(scenario, translation, { script: rules.script, fullWidth: rules.fullWidth })) problems.push({ file, key: p.key, message: p.message });
  try {
    parseScenario(overlayScenario(scenario, translation));
  } catch (error) {
    problems.push({ file, key: '', message: `the translated scenario is not valid: ${String(error).slice(0, 400)}` });
  }
  return problems;
}

/** The chapter translations present: `<id>.<tag>.json` beside `<id>.json`. */
export function chapterTranslations(dir = SCENARIOS_DIR): { id: string; tag: string; file: string }[] {
  return readdirSync(dir)
    .map((f) => /^([a-z][a-z0-9-]*)\.([A-Za-z0-9-]+)\.json$/.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ id: m[1] as string, tag: m[2] as string, file: join(dir, m[0]) }));
}

const CARD_FIELDS = ['title', 'subtitle', 'dates', 'place', 'premise'];

/**
 * The title's cards in one language (`chapters.<tag>.json`): a key for each
 * card field of each chapter translated into it (a chapter not yet translated
 * may have its card too), nothing else, and the same words as the chapter's
 * own translation.
 */
export function checkCards(cards: { id: string }[], cardText: unknown, chapterTexts: Map<string, Record<string, unknown>>, rules: LanguageRules, file: string): FileProblem[] {
  const text = (typeof cardText === 'object' && cardText !== null ? (cardText as { text?: Record<string, unknown> }).text : undefined) ?? {};
  const problems: FileProblem[] = [];
  const all = new Set(cards.flatMap((c) => CARD_FIELDS.map((f) => `${c.id}.${f}`)));
  const expected = new Set(cards.filter((c) => chapterTexts.has(c.id)).flatMap((c) => CARD_FIELDS.map((f) => `${c.id}.${f}`)));
  for (const key of Object.keys(text)) if (all.has(key)) expected.add(key);
  for (const key of expected) {
    const value = text[key];
    if (typeof value !== 'string' || value.trim() === '') { problems.push({ file, key, message: 'has no translation' }); continue; }
    if (rules.script && /[A-Za-z]/.test(value) && !rules.script.test(value)) problems.push({ file, key, message: `looks untranslated: "${value.slice(0, 60)}"` });
    const [id, field] = key.split('.') as [string, string];
    const entry = chapterTexts.get(id)?.[field];
    const own = typeof entry === 'object' && entry !== null ? (entry as { text?: unknown }).text : entry;
    if (own !== undefined && own !== value) problems.push({ file, key, message: `differs from ${id}.${rules.tag}.json's "${field}"` });
  }
  for (const key of Object.keys(text)) if (!all.has(key)) problems.push({ file, key, message: 'names no card field (unused)' });
  return problems;
}

/** Everything: the interface tables, then every chapter translation (and an orphan without its scenario or language). */
export async function checkAll(langsDir = LANGS_DIR, scenariosDir = SCENARIOS_DIR): Promise<FileProblem[]> {
  const languages = translatedLanguages(langsDir);
  const problems: FileProblem[] = [];
  const read = (f: string): unknown => JSON.parse(readFileSync(f, 'utf8'));
  for (const tag of languages) problems.push(...(await checkTable(tag, langsDir)));
  const guideFile = (tag: string): string => join(GUIDE_DIR, `teaching-guide.${tag}.json`);
  for (const tag of languages.filter((l) => existsSync(guideFile(l)))) {
    problems.push(...guideProblems(read(guideFile('en')), read(guideFile(tag)), languageRules(tag, langsDir)).map((p) => ({ file: guideFile(tag), ...p })));
  }
  const all = chapterTranslations(scenariosDir);
  for (const { tag, file } of all.filter((c) => c.id === 'chapters')) {
    if (!languages.includes(tag)) { problems.push({ file, key: '', message: `there is no interface language "${tag}"` }); continue; }
    const texts = new Map(all.filter((c) => c.tag === tag && c.id !== 'chapters')
      .map((c) => [c.id, ((read(c.file) as { text?: Record<string, unknown> }).text ?? {})]));
    const cards = read(join(scenariosDir, 'chapters.json')) as { id: string }[];
    problems.push(...checkCards(cards, read(file), texts, languageRules(tag, langsDir), file));
  }
  for (const { id, tag, file } of all.filter((c) => c.id !== 'chapters')) {
    const scenarioFile = join(scenariosDir, `${id}.json`);
    if (!existsSync(scenarioFile)) { problems.push({ file, key: '', message: `there is no scenario ${id}.json` }); continue; }
    if (!languages.includes(tag)) { problems.push({ file, key: '', message: `there is no interface language "${tag}" (src/ui/locale/langs/${tag}.json)` }); continue; }
    problems.push(...checkChapterText(read(scenarioFile), read(file), languageRules(tag, langsDir), file));
  }
  return problems;
}
