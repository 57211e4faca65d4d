/** The teacher's check worker, run in Node with its two globals stubbed: its bar moves during the walk, then one result. */
import { readFileSync } from 'node:fs';
import { afterEach, expect, it, vi } from 'vitest';
import { WALK_STEPS } from '../../src/engine/index.ts';
import type { CheckMessage } from '../../src/workers/check-protocol.ts';
import { bigScenario } from '../engine/fixtures/hostile.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

async function check(text: string): Promise<CheckMessage[]> {
  const said: CheckMessage[] = [];
  let listener: ((event: { data: unknown }) => void) | undefined;
  vi.stubGlobal('postMessage', (m: CheckMessage) => said.push(m));
  vi.stubGlobal('addEventListener', (_: string, f: (event: { data: unknown }) => void) => (listener = f));
  await import('../../src/workers/scenario-check.ts');
  listener!({ data: text });
  return said;
}

it('reports the walk many times before its one result, the bar only growing', async () => {
  const said = await check(bigScenario(3, 8));
  const progress = said.filter((m) => m.kind === 'progress');
  const result = said.at(-1)!;
  expect(result.kind).toBe('result');
  expect(said.filter((m) => m.kind === 'result')).toHaveLength(1);
  expect(progress[0]).toMatchObject({ step: 'read', done: 0 });
  const walk = progress.filter((m) => m.step === 'walk');
  expect(walk.length).toBeGreaterThan(50);
  const total = walk[0]!.total;
  expect(walk.filter((m) => m.done > walk[0]!.done && m.done < total).length).toBeGreaterThan(50);
  // The bar only grows; it stands still only where the step changes (the status says the new step).
  for (let i = 1; i < progress.length; i++) {
    const [a, b] = [progress[i - 1]!, progress[i]!];
    if (a.step === b.step) expect(b.done).toBeGreaterThan(a.done);
    else expect(b.done).toBeGreaterThanOrEqual(a.done);
  }
  // The walk covers its whole share of the bar (this file has problems, so no balance step follows).
  expect(walk.at(-1)!.done - walk[0]!.done).toBe(WALK_STEPS);
  expect(result).toMatchObject({ ok: false });
});

it('a file that is not JSON gets its problem after the read step, without a walk', async () => {
  const said = await check('{"id": ');
  expect(said.map((m) => (m.kind === 'progress' ? m.step : m.kind))).toEqual(['read', 'result']);
  const result = said.at(-1)!;
  expect(result.kind === 'result' && !result.ok && result.problems[0]!.message).toContain('JSON');
});

it('the real chapter passes through the three steps, the balance walk reporting as it goes, with no warnings', async () => {
  const said = await check(readFileSync('src/scenarios/beijing-2023.json', 'utf8'));
  expect(said.at(-1)).toMatchObject({ kind: 'result', ok: true, id: 'beijing-2023', warnings: [] });
  const steps = said.flatMap((m) => (m.kind === 'progress' ? [m.step] : []));
  expect([...new Set(steps)]).toEqual(['read', 'walk', 'balance']);
  expect(steps.filter((s) => s === 'walk').length).toBeGreaterThan(10);
  expect(steps.filter((s) => s === 'balance').length).toBeGreaterThan(10);
});

it('a file that passes but misses balance targets says so in its result', async () => {
  const said = await check(readFileSync('tests/engine/fixtures/tiny.json', 'utf8'));
  const result = said.at(-1)!;
  expect(result.kind === 'result' && result.ok && result.warnings.length).toBeGreaterThan(0);
});
