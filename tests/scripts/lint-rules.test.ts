/**
 * The project's layer rules must fail the build on a planted violation: the
 * engine imports no Phaser/howler and touches no DOM; nothing in src/ uses
 * HTML-string sinks, eval or new Function; views import engine values only
 * from zod-free modules or through the lazy gateways.
 */
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const LAYER_RULES = new Set([
  'no-restricted-imports', '@typescript-eslint/no-restricted-imports', 'no-restricted-globals', 'no-restricted-properties',
  'no-restricted-syntax', 'no-eval', 'no-new-func',
]);

// Type information is not needed for these rules, so planted text need not exist on disk.
const eslint = new ESLint({
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ruleFilter: ({ ruleId }) => LAYER_RULES.has(ruleId),
});

async function errorsIn(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('engine layer rule', () => {
  test.each([
    ["import Phaser from 'phaser';", 'Phaser'],
    ["import { Howl } from 'howler';", 'howler'],
    ["import { x } from '../game/stage.ts';", 'views'],
    ['export const w = document.body;', 'no DOM'],
    ['export const s = window.localStorage;', 'no DOM'],
    ['export const r = Math.random();', 'seeded PRNG'],
    ['export const t = Date.now();', 'clock'],
    ['export const d = new Date();', 'clock'],
    ['export const s = Math.sin(1);', 'Integer arithmetic'],
  ])('refuses %s in src/engine/', async (code, why) => {
    const errors = await errorsIn('src/engine/planted.ts', code);
    expect(errors.join('\n')).toContain(why);
  });

  test('allows the same imports outside the engine', async () => {
    expect(await errorsIn('src/game/planted.ts', "import Phaser from 'phaser';\nexport const p = Phaser;")).toEqual([]);
  });

  test('allows pure code in the engine', async () => {
    expect(await errorsIn('src/engine/planted.ts', 'export const sum = (a: number, b: number): number => a + b;')).toEqual([]);
  });
});

describe('unsafe sinks rule', () => {
  test.each([
    ['src/ui/planted.ts', "document.body.innerHTML = '<b>x</b>';", 'innerHTML'],
    ['src/ui/planted.ts', "document.body.outerHTML = 'x';", 'outerHTML'],
    ['src/game/planted.ts', "document.body.insertAdjacentHTML('beforeend', 'x');", 'insertAdjacentHTML'],
    ['src/ui/planted.ts', "document.write('x');", 'document.write'],
    ['src/main.ts', "eval('1');", 'eval'],
    ['src/engine/planted.ts', "export const f = new Function('return 1');", 'Function'],
  ])('refuses in %s: %s', async (file, code, why) => {
    const errors = await errorsIn(file, code);
    expect(errors.join('\n')).toContain(why);
  });
});

describe('engine deep-import rule', () => {
  test.each([
    ['src/ui/planted.ts', "import { parseScenario } from '../engine/index.ts';\nexport const p = parseScenario;"],
    ['src/ui/planted.ts', "import { SIDES } from '../engine/schema.ts';\nexport const s = SIDES;"],
    ['src/ui/replay/planted.ts', "import { replayGame } from '../../engine/replay/play.ts';\nexport const r = replayGame;"],
    ['src/game/planted.ts', "import { createGameMachine } from '../engine/machine.ts';\nexport const m = createGameMachine;"],
    ['src/ui/session.ts', "import { SIDES } from '../engine/schema.ts';\nexport const s = SIDES;"],
    ['src/ui/classroom/planted.ts', "import { parseScenario } from '../../engine/index.ts';\nexport const p = parseScenario;"],
  ])('refuses in %s: %s', async (file, code) => {
    const errors = await errorsIn(file, code);
    expect(errors.join('\n')).toContain('Views load the engine lazily');
  });

  test.each([
    ['src/ui/planted.ts', "import type { Scenario } from '../engine/schema.ts';\nimport { netMoves } from '../engine/net-moves.ts';\nexport type S = Scenario;\nexport const n = netMoves;"],
    ['src/game/planted.ts', "import { MODES } from '../engine/types.ts';\nimport { replayLink } from '../engine/replay/link.ts';\nexport const m = [MODES, replayLink];"],
    ['src/ui/session.ts', "import { parseScenario } from '../engine/index.ts';\nexport * as replay from '../engine/replay/index.ts';\nexport const p = parseScenario;"],
    ['src/ui/classroom/planted.ts', "import { aggregate } from '../../engine/class/index.ts';\nexport const a = aggregate;"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await errorsIn(file, code)).toEqual([]);
  });
});
