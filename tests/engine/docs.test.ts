import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseScenarioText } from '../../src/engine/index.ts';
import { SCENE_KEYS } from '../../src/engine/stage-roles.ts';

const doc = readFileSync(new URL('../../docs/scenario-format.md', import.meta.url), 'utf8');

describe('docs/scenario-format.md', () => {
  it('has a complete example that is a valid scenario, identical to the tiny fixture', () => {
    const block = /## A small complete example[\s\S]*?```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(block).toBeDefined();
    const scenario = parseScenarioText(block!, { reachability: true });
    const fixture = parseScenarioText(readFileSync(new URL('./fixtures/tiny.json', import.meta.url), 'utf8'));
    expect(scenario).toEqual(fixture);
  });

  it('lists every scene key the game knows in the scenes table, and no other', () => {
    const table = /### Scenes the game knows[\s\S]*?\n\n(\|[\s\S]*?)\n\n/.exec(doc)?.[1] ?? '';
    const listed = [...table.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    expect(listed).toEqual([...SCENE_KEYS]);
  });
});
