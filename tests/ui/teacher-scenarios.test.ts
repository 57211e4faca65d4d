// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { MAX_SCENARIO_BYTES } from '../../src/engine/parse.ts';
import { listStored, removeStored, storeScenario } from '../../src/persistence/teacher-scenarios.ts';
import { cardOf } from '../../src/ui/teacher/custom-chapters.ts';
import { MAX_SCENARIO_BYTES_UI } from '../../src/ui/teacher/limits.ts';
import { teacherSlot } from '../../src/ui/teacher/slot.ts';

const text = readFileSync('src/scenarios/beijing-2023.json', 'utf8');

describe('teachers\' own scenarios', () => {
  test('the title refuses the same file sizes as the engine', () => {
    expect(MAX_SCENARIO_BYTES_UI).toBe(MAX_SCENARIO_BYTES);
  });

  test('a checked file gives its card; text that is not a scenario gives none', () => {
    expect(cardOf(text)).toMatchObject({ id: 'beijing-2023', title: 'Beijing, July 2023', minutes: { min: 15, max: 25 } });
    for (const bad of ['', '{', 'null', '[]', '{"id":"x"}', JSON.stringify({ ...JSON.parse(text), minutes: 'long' })]) expect(cardOf(bad)).toBeNull();
  });

  test('without IndexedDB nothing is kept and nothing throws', async () => {
    // happy-dom has no IndexedDB: the same path as a browser that blocks it.
    expect(await listStored()).toEqual([]);
    expect(await storeScenario({ id: 'x', title: 'X', text: '{}', savedAt: 1 })).toBe('unavailable');
    await expect(removeStored('x')).resolves.toBeUndefined();
  });

  test('the section lists kept files as text, with a labelled file input, Choose links and Remove buttons', () => {
    const removed: string[] = [];
    const el = teacherSlot({
      stored: [{ id: 'mine', title: '<b>Mine</b>' }], builtIn: new Set(['beijing-2023']), said: { text: 'Kept.', warnings: [] },
      add: () => Promise.resolve({ text: '', warnings: [] }), remove: (id) => Promise.resolve(void removed.push(id)), announce: () => undefined,
    });
    document.body.replaceChildren(el);
    expect(el.querySelector('label[for="teacher-file"]')?.textContent).toBe('Load a scenario file');
    expect(el.querySelector('.your-title')?.textContent).toBe('<b>Mine</b>');
    expect(el.querySelector('b')).toBeNull();
    expect(el.querySelector('a[href="#/play/mine"]')).not.toBeNull();
    expect(el.querySelector('.teacher-found')?.textContent).toBe('Kept.');
    const remove = el.querySelector<HTMLButtonElement>('[data-action="remove-scenario"]')!;
    expect(remove.getAttribute('aria-label')).toBe('Remove “<b>Mine</b>”');
    remove.click();
    expect(removed).toEqual(['mine']);
  });

  test('a kept file\'s balance warnings are listed with their places, as text', () => {
    const el = teacherSlot({
      stored: [], builtIn: new Set(), announce: () => undefined, remove: () => Promise.resolve(),
      said: { text: 'Kept.', warnings: [{ path: 'balance', message: '<i>us</i>: at least 5 endings reachable (measured: 3)' }] },
      add: () => Promise.resolve({ text: '', warnings: [] }),
    });
    const found = el.querySelector('.teacher-found')!;
    expect(found.querySelector('p')?.textContent).toBe('Kept.');
    expect(found.textContent).toContain('It has 1 balance warning;');
    const item = found.querySelector('.scenario-warnings li[data-path="balance"]')!;
    expect(item.querySelector('code')?.textContent).toBe('balance');
    expect(item.textContent).toContain('<i>us</i>: at least 5 endings');
    expect(found.querySelector('i')).toBeNull();
  });
});
