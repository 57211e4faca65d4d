// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, settingsStore } from '../../src/persistence/settings.ts';
import { safeStorage } from '../../src/persistence/storage.ts';
import { startApp } from '../../src/ui/app.ts';
import { h } from '../../src/ui/dom.ts';

const card = { title: 'Beijing, July 2023', dates: '16–19 July 2023', place: 'Beijing', premise: 'A premise.', minutes: { min: 15, max: 25 } };
const fail = () => {
  throw new Error('storage is blocked');
};
const throwingStorage = { getItem: fail, setItem: fail, removeItem: fail } as unknown as Storage;

function mount(storage: Storage | null) {
  const root = document.createElement('div');
  root.id = 'app';
  document.body.replaceChildren(root);
  startApp({ root, card, scenarioJson: () => Promise.resolve({}), store: settingsStore(safeStorage(storage)) });
  return root;
}

afterEach(() => {
  document.documentElement.className = '';
  localStorage.clear();
});

describe('the title screen', () => {
  test('shows the name, the scenario card, three modes, settings and the open-a-replay form', () => {
    const root = mount(localStorage);
    expect(root.dataset.screen).toBe('title');
    expect(root.querySelector('h1')?.textContent).toBe('Linkage');
    expect(root.textContent).toContain(card.title);
    expect(root.textContent).toContain('15–25 minutes');
    expect([...root.querySelectorAll('[data-mode]')].map((b) => b.getAttribute('data-mode'))).toEqual(['us', 'china', 'two']);
    // The later slots: "Open a replay" and the teacher's guide.
    expect(root.querySelector('label[for="open-replay-code"]')?.textContent).toBe('Replay code or link');
    expect(root.querySelector('#open-replay-alert')?.getAttribute('role')).toBe('alert');
    const live = root.querySelector('#live');
    expect(live?.getAttribute('aria-live')).toBe('polite');
    expect(live?.getAttribute('role')).toBe('status');
  });

  test('settings apply at once and are remembered', () => {
    const root = mount(localStorage);
    const large = root.querySelector<HTMLInputElement>('#title-largeText')!;
    large.checked = true;
    large.dispatchEvent(new Event('change'));
    expect(document.documentElement.classList.contains('text-large')).toBe(true);
    expect(settingsStore().load()).toEqual({ ...DEFAULT_SETTINGS, largeText: true });
    // A new page load reads them back.
    const again = mount(localStorage);
    expect(again.querySelector<HTMLInputElement>('#title-largeText')!.checked).toBe(true);
  });

  test('storage that throws: the title still renders and settings still apply for this page', () => {
    const root = mount(throwingStorage);
    expect(root.querySelectorAll('[data-mode]').length).toBe(3);
    const motion = root.querySelector<HTMLInputElement>('#title-reducedMotion')!;
    motion.checked = true;
    motion.dispatchEvent(new Event('change'));
    expect(document.documentElement.classList.contains('reduce-motion')).toBe(true);
  });
});

describe('h()', () => {
  test('builds elements with attributes, listeners and text children, never parsing HTML', () => {
    let clicked = 0;
    const el = h('button', { type: 'button', class: 'btn', disabled: false, 'data-x': 3, onclick: () => (clicked += 1) }, '<b>hi</b>', 2, null, [h('span', null, 'x')]);
    expect(el.getAttribute('class')).toBe('btn');
    expect(el.hasAttribute('disabled')).toBe(false);
    expect(el.getAttribute('data-x')).toBe('3');
    expect(el.querySelector('b')).toBeNull();
    expect(el.textContent).toBe('<b>hi</b>2x');
    el.click();
    expect(clicked).toBe(1);
    expect(() => h('div', { style: 'color: red' })).toThrow();
  });
});
