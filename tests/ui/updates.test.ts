// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi, type Mock } from 'vitest';
import { reloadSafety } from '../../src/ui/offline/resume.ts';
import { RESUME_AFTER_UPDATE, TITLE_IDLE_MS, Updates, type RegisterWorker } from '../../src/ui/offline/updates.ts';

interface Fake {
  updates: Updates;
  callbacks: Parameters<RegisterWorker>[0] | null;
  skipWaiting: Mock<(reloadPage?: boolean) => Promise<void>>;
  reload: Mock<() => void>;
  update: Mock<() => Promise<void>>;
  store: Map<string, string>;
  clock: { now: number };
}

function fake(): Fake {
  const f = { callbacks: null, store: new Map<string, string>(), clock: { now: 0 } } as unknown as Fake;
  f.skipWaiting = vi.fn((_reloadPage?: boolean) => Promise.resolve());
  f.reload = vi.fn(() => undefined);
  f.update = vi.fn(() => Promise.resolve());
  const register: RegisterWorker = (callbacks) => {
    f.callbacks = callbacks;
    callbacks.onRegisteredSW('sw.js', { update: f.update } as unknown as ServiceWorkerRegistration);
    return f.skipWaiting;
  };
  f.updates = new Updates({
    register: () => Promise.resolve(register),
    reload: f.reload,
    now: () => f.clock.now,
    storage: {
      getItem: (k) => f.store.get(k) ?? null,
      setItem: (k, v) => void f.store.set(k, v),
      removeItem: (k) => void f.store.delete(k),
    },
  });
  return f;
}

const settle = () => vi.advanceTimersByTimeAsync(0);

describe('Updates: the service worker seen from the game', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('registers when asked (the stage is up), on a page other than the game, or after a while on the title', async () => {
    const a = fake();
    for (const screen of ['title', 'briefing', 'round', 'report']) a.updates.screenChange(screen, 'no');
    await settle();
    expect(a.callbacks).toBeNull();
    a.updates.start();
    await settle();
    expect(a.callbacks).not.toBeNull();

    const c = fake();
    c.updates.screenChange('teachers', 'reload');
    await settle();
    expect(c.callbacks).not.toBeNull();

    const b = fake();
    await vi.advanceTimersByTimeAsync(TITLE_IDLE_MS);
    expect(b.callbacks).not.toBeNull();
  });

  test('a new version is announced, never applied where a reload would lose something', async () => {
    const f = fake();
    f.updates.start();
    await settle();
    f.callbacks?.onNeedRefresh();
    expect(f.updates.notice.hidden).toBe(false);
    expect(f.updates.notice.getAttribute('role')).toBe('status');
    expect(f.updates.notice.dataset.update).toBe('ready');
    expect(f.updates.screenChange('report', 'no')).toBe(false);
    expect(f.updates.screenChange('ending', 'no')).toBe(false);
    expect(f.skipWaiting).not.toHaveBeenCalled();
    expect(f.reload).not.toHaveBeenCalled();
  });

  test('at the start of a saved round: the new worker takes over, the page reloads, the game resumes once', async () => {
    const f = fake();
    f.updates.start();
    await settle();
    f.callbacks?.onNeedRefresh();
    expect(f.updates.screenChange('round', 'resume', 'g1')).toBe(true);
    expect(f.skipWaiting).toHaveBeenCalledOnce();
    expect(f.reload).not.toHaveBeenCalled();
    f.callbacks?.onNeedReload(); // the new worker controls the page
    expect(f.reload).toHaveBeenCalledOnce();
    expect(f.store.get(RESUME_AFTER_UPDATE)).toBe('g1');
    await vi.advanceTimersByTimeAsync(10_000); // the fallback does not reload twice
    expect(f.reload).toHaveBeenCalledOnce();
    expect(f.updates.takeResume()).toBe('g1');
    expect(f.updates.takeResume()).toBe(null);
  });

  test('on the title with no game, it reloads without asking for a resume', async () => {
    const f = fake();
    f.updates.start();
    await settle();
    f.callbacks?.onNeedRefresh();
    expect(f.updates.screenChange('title', 'reload')).toBe(true);
    f.callbacks?.onNeedReload();
    expect(f.reload).toHaveBeenCalledOnce();
    expect(f.store.has(RESUME_AFTER_UPDATE)).toBe(false);
  });

  test("another tab's update does not reload a round in play", async () => {
    const f = fake();
    f.updates.start();
    await settle();
    f.callbacks?.onNeedReload();
    expect(f.reload).not.toHaveBeenCalled();
    expect(f.updates.notice.hidden).toBe(false);
    expect(f.updates.screenChange('round', 'resume', null)).toBe(false); // no saved game to come back to: wait
    expect(f.updates.screenChange('round', 'resume', 'g1')).toBe(true);
    expect(f.reload).toHaveBeenCalledOnce();
  });

  test('looks for a new version at screen changes, at most every 10 s', async () => {
    const f = fake();
    f.updates.start();
    await settle();
    f.updates.screenChange('report', 'no');
    expect(f.update).not.toHaveBeenCalled();
    f.clock.now = 10_000;
    f.updates.screenChange('round', 'no');
    f.updates.screenChange('report', 'no');
    expect(f.update).toHaveBeenCalledOnce();
  });
});

describe('reloadSafety: when applying an update loses nothing', () => {
  const game = (phase: string, rounds: number) => ({ phase: () => phase, state: () => ({ log: new Array<unknown>(rounds) }) });

  test('with no game on: the title and the guide reload; nothing resumes', () => {
    expect(reloadSafety('title', null)).toBe('reload');
    expect(reloadSafety('teachers', game('ended', 6))).toBe('reload');
    expect(reloadSafety('class', null)).toBe('no'); // pasted links would be lost
    expect(reloadSafety('ending', game('ended', 6))).toBe('no');
  });

  test('in a game: only at the start of a round already saved, which then resumes', () => {
    expect(reloadSafety('round', game('choosing', 2))).toBe('resume');
    expect(reloadSafety('pass', game('choosing', 1))).toBe('resume');
    expect(reloadSafety('round', game('choosing', 0))).toBe('no'); // the first round is not saved yet
    expect(reloadSafety('report', game('report', 2))).toBe('no');
    expect(reloadSafety('title', game('choosing', 2))).toBe('no');
    expect(reloadSafety('teachers', game('choosing', 2))).toBe('no');
  });
});
