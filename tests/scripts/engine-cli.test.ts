import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
function run(script: string, args: string[]) {
  const r = spawnSync('npx', ['tsx', `scripts/${script}`, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('simulate', () => {
  it('gives the same JSON for the same seed, apart from timing', () => {
    const args = ['--scenario', 'beijing-2023', '--runs', '200', '--seed', '5', '--us', 'random', '--json'];
    const [a, b] = [run('simulate.ts', args), run('simulate.ts', args)];
    expect(a.code).toBe(0);
    const [ja, jb] = [JSON.parse(a.out) as Record<string, unknown>, JSON.parse(b.out) as Record<string, unknown>];
    expect(ja.runs).toBe(200);
    expect(Object.values(ja.endings as Record<string, number>).reduce((x, y) => x + y, 0)).toBe(200);
    expect(typeof ja.gamesPerSecond).toBe('number');
    delete ja.gamesPerSecond;
    delete jb.gamesPerSecond;
    expect(ja).toEqual(jb);
  });

  it.each([
    [['--frobnicate'], /unknown flag "--frobnicate"/],
    [['--us', 'greedy'], /unknown policy "greedy"/],
    [['--scenario', 'atlantis'], /no scenario "atlantis"/],
    [['--runs', '-3'], /--runs must be a whole number/],
  ])('refuses %j with a clear message', (args, message) => {
    const r = run('simulate.ts', args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});

describe('scenario:check', () => {
  it('passes valid files and fails on a broken one, naming file and path', () => {
    expect(run('scenario-check.ts', ['tests/engine/fixtures/mini.json']).code).toBe(0);
    const bad = run('scenario-check.ts', ['tests/engine/fixtures/mini.json', 'package.json']);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/^package\.json: format: /m);
  });
});
