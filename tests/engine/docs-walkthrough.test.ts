/** The teacher's walkthrough in docs/scenario-format.md, applied to the real chapter: its snippets give a valid scenario. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, ScenarioError } from '../../src/engine/index.ts';

const doc = readFileSync(new URL('../../docs/scenario-format.md', import.meta.url), 'utf8');
const section = /### Walkthrough: adapting a chapter[\s\S]*?(?=\n## )/.exec(doc)?.[0] ?? '';
const blocks = [...section.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);

interface Line { speaker: string; text: string; source?: string }
interface Json {
  id: string; title: string; sources: Record<string, unknown>;
  rounds: { lines: Line[]; options: { us: { id: string }[] } }[];
}

/** beijing-2023.json with the walkthrough's four snippets applied, as its steps say. */
function adapted(): Json {
  const [header, source, option, line] = blocks as [Record<string, unknown>, Record<string, unknown>, { id: string }, Line];
  const json = JSON.parse(readFileSync('src/scenarios/beijing-2023.json', 'utf8')) as Json;
  Object.assign(json, header);
  Object.assign(json.sources, source);
  const options = json.rounds[0]!.options.us;
  const at = options.findIndex((o) => o.id === option.id);
  expect(at).toBeGreaterThanOrEqual(0);
  options[at] = option;
  json.rounds[0]!.lines.push(line);
  return json;
}

describe('the walkthrough for teachers', () => {
  it('has its four snippets: the id and title, a source, an option, a line', () => {
    expect(blocks).toHaveLength(4);
  });

  it('turns the Beijing chapter into a valid scenario of the teacher\'s own, citing the new source', () => {
    const scenario = parseScenario(adapted());
    expect(scenario.id).toBe('my-beijing');
    expect(scenario.sources['our-reading']).toBeDefined();
    expect(scenario.rounds[0]!.lines.at(-1)!.source).toBe('our-reading');
  });

  it('shows the message the check really gives for a misspelt source, at the place it names', () => {
    const shown = /\n {4}(\S+): (.+)\n/.exec(section);
    expect(shown).not.toBeNull();
    const json = adapted();
    json.rounds[0]!.lines.at(-1)!.source = 'our-reding';
    let problems: { path: string; message: string }[] = [];
    try {
      parseScenario(json);
    } catch (e) {
      if (e instanceof ScenarioError) problems = e.problems;
    }
    expect(problems).toContainEqual({ path: shown![1], message: shown![2] });
  });
});
