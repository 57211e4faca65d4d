// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, serializeSettings, SETTINGS_KEY, settingsStore } from '../../src/persistence/settings.ts';
import { safeStorage } from '../../src/persistence/storage.ts';

afterEach(() => {
  localStorage.clear();
});

describe('settings persistence', () => {
  test('round-trips through localStorage', () => {
    const store = settingsStore();
    const settings = {
      sound: false, volume: 0.25, reducedMotion: true, largeText: true, temperament: 'hard-line', unpredictability: 'none',
      learningCheck: true, team: true, discussionSeconds: 30,
    } as const;
    expect(store.save(settings)).toBe(true);
    expect(store.load()).toEqual(settings);
    expect(JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '')).toMatchObject({ version: 1 });
  });

  test('nothing stored gives the defaults', () => {
    expect(settingsStore().load()).toEqual(DEFAULT_SETTINGS);
  });

  test('corrupt JSON gives the defaults', () => {
    localStorage.setItem(SETTINGS_KEY, '{"version":1,"settings":{');
    expect(settingsStore().load()).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('not json')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('null')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('[1,2]')).toEqual(DEFAULT_SETTINGS);
  });

  test('another version gives the defaults', () => {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ version: 99, settings: { sound: false, volume: 0.1, reducedMotion: true, largeText: true } }));
    expect(settingsStore().load()).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(JSON.stringify({ settings: { sound: false } }))).toEqual(DEFAULT_SETTINGS);
  });

  test('invalid fields fall back one by one', () => {
    const raw = JSON.stringify({ version: 1, settings: { sound: 'yes', volume: 7, reducedMotion: true, largeText: null } });
    expect(parseSettings(raw)).toEqual({ ...DEFAULT_SETTINGS, reducedMotion: true });
    expect(parseSettings(JSON.stringify({ version: 1, settings: { volume: Number.NaN } })).volume).toBe(DEFAULT_SETTINGS.volume);
    expect(parseSettings(JSON.stringify({ version: 1, settings: { volume: -0.5 } })).volume).toBe(DEFAULT_SETTINGS.volume);
  });

  test('the teacher\'s settings: known values kept, anything else falls back to the default', () => {
    const read = (temperament: unknown, unpredictability: unknown) =>
      parseSettings(JSON.stringify({ version: 1, settings: { temperament, unpredictability } }));
    expect(read('pragmatic', 'high')).toMatchObject({ temperament: 'pragmatic', unpredictability: 'high' });
    expect(read('history', 'low')).toMatchObject({ temperament: 'history', unpredictability: 'low' });
    for (const bad of ['Hard-line', 'furious', 3, null, ['drawn'], '__proto__']) {
      expect(read(bad, bad)).toMatchObject({ temperament: 'drawn', unpredictability: 'normal' });
    }
    // Settings saved before these existed keep their other fields and get the defaults.
    const old = parseSettings(JSON.stringify({ version: 1, settings: { sound: false, volume: 0.5, reducedMotion: false, largeText: true } }));
    expect(old).toEqual({ ...DEFAULT_SETTINGS, sound: false, volume: 0.5, largeText: true });
  });

  test('the classroom settings: booleans and a listed discussion time kept, anything else the default', () => {
    const read = (settings: Record<string, unknown>) => parseSettings(JSON.stringify({ version: 1, settings }));
    expect(read({ learningCheck: true, team: true, discussionSeconds: 10 })).toMatchObject({ learningCheck: true, team: true, discussionSeconds: 10 });
    for (const bad of [0, 7, 121, '120', null, -10, 1e9]) expect(read({ discussionSeconds: bad }).discussionSeconds).toBe(120);
    expect(read({ learningCheck: 'yes', team: 1 })).toMatchObject({ learningCheck: false, team: false });
  });

  const fail = () => {
    throw new DOMException('denied', 'SecurityError');
  };
  const throwing = { getItem: fail, setItem: fail, removeItem: fail, clear: fail, key: fail, length: 0 } as unknown as Storage;

  test('storage that throws on every call: defaults, no crash, save reports false', () => {
    const store = settingsStore(safeStorage(throwing));
    expect(store.load()).toEqual(DEFAULT_SETTINGS);
    expect(store.save({ ...DEFAULT_SETTINGS, sound: false })).toBe(false);
    expect(() => safeStorage(throwing).remove(SETTINGS_KEY)).not.toThrow();
  });

  test('a localStorage getter that throws (blocked storage) gives defaults', () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', { get: fail, configurable: true });
    try {
      const store = settingsStore();
      expect(store.load()).toEqual(DEFAULT_SETTINGS);
      expect(store.save(DEFAULT_SETTINGS)).toBe(false);
    } finally {
      if (original) Object.defineProperty(globalThis, 'localStorage', original);
    }
  });

  test('no storage at all (null) still works', () => {
    const storage = safeStorage(null);
    expect(storage.get('x')).toBeNull();
    expect(storage.set('x', '1')).toBe(false);
    expect(settingsStore(storage).load()).toEqual(DEFAULT_SETTINGS);
  });

  test('a full storage (quota exceeded) does not break saving', () => {
    const full = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } } as unknown as Storage;
    expect(settingsStore(safeStorage(full)).save(DEFAULT_SETTINGS)).toBe(false);
  });

  test('serialized settings carry the version', () => {
    expect(JSON.parse(serializeSettings(DEFAULT_SETTINGS))).toEqual({ version: 1, settings: DEFAULT_SETTINGS });
  });
});
