// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PLAYED_KEY, markPlayed, playedChapters } from '../../src/persistence/played.ts';
import { DEFAULT_SETTINGS, settingsStore } from '../../src/persistence/settings.ts';
import { safeStorage } from '../../src/persistence/storage.ts';
import { startApp } from '../../src/ui/app.ts';
import { h } from '../../src/ui/dom.ts';

const card = { id: 'beijing-2023', title: 'Beijing, July 2023', subtitle: 'Can climate talks be kept apart?', dates: '16–19 July 2023', place: 'Beijing', premise: 'A premise.', minutes: { min: 15, max: 25 } };
const later = { id: 'sunnylands-2023', title: 'Sunnylands', subtitle: 'Back in the package?', dates: 'November 2023', place: 'California', premise: 'Another premise.', minutes: { min: 20, max: 30 } };
const fail = () => {
  throw new Error('storage is blocked');
};
const throwingStorage = { getItem: fail, setItem: fail, removeItem: fail } as unknown as Storage;

function mount(storage: Storage | null, chapters = [card]) {
  const root = document.createElement('div');
  root.id = 'app';
  document.body.replaceChildren(root);
  startApp({ root, chapters, chapterJson: () => Promise.resolve({}), store: settingsStore(safeStorage(storage)) });
  return root;
}

afterEach(() => {
  document.documentElement.className = '';
  localStorage.clear();
  history.replaceState(null, '', location.href.split('#')[0] ?? '');
});

describe('the chapters on the title', () => {
  test('one card per chapter: dates, the question, the length, whether it was played; the first is chosen', () => {
    localStorage.setItem(PLAYED_KEY, JSON.stringify(['sunnylands-2023']));
    const root = mount(localStorage, [card, later]);
    const cards = [...root.querySelectorAll<HTMLElement>('.chapter-card')];
    expect(cards.map((c) => c.dataset.chapter)).toEqual(['beijing-2023', 'sunnylands-2023']);
    expect(cards[0]!.textContent).toContain('16–19 July 2023');
    expect(cards[0]!.textContent).toContain('Can climate talks be kept apart?');
    expect(cards[0]!.textContent).toContain('15–25 minutes');
    expect(cards[0]!.textContent).toContain('Not played yet');
    expect(cards[1]!.textContent).toContain('Played');
    expect(cards[0]!.getAttribute('aria-current')).toBe('true');
    expect(cards[1]!.querySelector('a')?.getAttribute('href')).toBe('#/play/sunnylands-2023');
    expect(root.querySelector('#scenario-title')?.textContent).toBe(card.title);
  });

  test('#/play/ID chooses that chapter (once teachers\' own files are read); an unknown id says so', async () => {
    history.replaceState(null, '', '#/play/sunnylands-2023');
    let root = mount(localStorage, [card, later]);
    await vi.waitFor(() => expect(root.querySelector('#scenario-title')?.textContent).toBe('Sunnylands'));
    expect(root.querySelector('[data-chapter="sunnylands-2023"]')?.getAttribute('aria-current')).toBe('true');
    history.replaceState(null, '', '#/play/atlantis-1999');
    root = mount(localStorage, [card, later]);
    await vi.waitFor(() => expect(root.querySelector('.notice[role="alert"]')?.textContent).toContain('“atlantis-1999”'));
    expect(root.querySelector('#scenario-title')?.textContent).toBe(card.title);
  });

  test('a played list that is not a list, or storage that throws, shows every chapter unplayed', () => {
    localStorage.setItem(PLAYED_KEY, '{"x":1');
    expect(mount(localStorage).querySelector('.chapter-card')?.textContent).toContain('Not played yet');
    expect(playedChapters(safeStorage(throwingStorage)).size).toBe(0);
    markPlayed('beijing-2023', safeStorage(throwingStorage));
    markPlayed('beijing-2023');
    markPlayed('BAD ID');
    expect([...playedChapters()]).toEqual(['beijing-2023']);
  });
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
