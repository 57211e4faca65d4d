/**
 * `npm run i18n:check`: checks every translation (interface tables and chapter
 * texts, see scripts/lib/i18n-files.ts) and exits 0 only when all are whole.
 * `npm run i18n:check -- --keys ID`: prints a new translation file for the
 * scenario ID with every key and its English text, to translate in place.
 * Chapters not yet translated are listed, not refused.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parseScenario } from '../src/engine/index.ts';
import { scenarioTextKeys } from '../src/engine/i18n/index.ts';
import { chapterTranslations, checkAll, ROOT, SCENARIOS_DIR, translatedLanguages } from './lib/i18n-files.ts';

const { values } = parseArgs({ options: { keys: { type: 'string' }, language: { type: 'string' } }, strict: true });

if (values.keys) {
  const scenario = parseScenario(JSON.parse(readFileSync(join(SCENARIOS_DIR, `${values.keys}.json`), 'utf8')));
  const text = Object.fromEntries(scenarioTextKeys(scenario));
  console.log(JSON.stringify({ format: 1, scenario: scenario.id, language: values.language ?? 'zh-Hans', text }, null, 2));
} else {
  const problems = await checkAll();
  for (const p of problems) console.log(`${relative(ROOT, p.file)}: ${p.key || '(file)'}: ${p.message}`);
  const chapters = (JSON.parse(readFileSync(join(SCENARIOS_DIR, 'chapters.json'), 'utf8')) as { id: string }[]).map((c) => c.id);
  const present = new Set(chapterTranslations().map((c) => `${c.id}.${c.tag}`));
  for (const tag of translatedLanguages()) {
    const todo = chapters.filter((id) => !present.has(`${id}.${tag}`));
    if (todo.length) console.log(`${tag}: chapters not translated yet: ${todo.join(', ')}`);
  }
  console.log(problems.length === 0 ? 'Translations: no problems.' : `Translations: ${problems.length} problem${problems.length === 1 ? '' : 's'}.`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
