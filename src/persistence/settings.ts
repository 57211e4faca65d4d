/**
 * Player settings, remembered in localStorage under a versioned key. Anything
 * unreadable (missing, corrupt JSON, another version, values out of range)
 * falls back to the defaults, field by field where the version matches.
 */
import { safeStorage, type SafeStorage } from './storage.ts';

export const SETTINGS_KEY = 'linkage.settings';
export const SETTINGS_VERSION = 1;

export interface Settings {
  sound: boolean;
  /** 0–1. */
  volume: number;
  reducedMotion: boolean;
  largeText: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  sound: true,
  volume: 0.7,
  reducedMotion: false,
  largeText: false,
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates stored data; returns defaults for anything it cannot trust. */
export function parseSettings(raw: string | null): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  if (raw === null) return settings;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return settings;
  }
  if (!isRecord(data) || data.version !== SETTINGS_VERSION || !isRecord(data.settings)) return settings;
  const s = data.settings;
  if (typeof s.sound === 'boolean') settings.sound = s.sound;
  if (typeof s.volume === 'number' && Number.isFinite(s.volume) && s.volume >= 0 && s.volume <= 1) settings.volume = s.volume;
  if (typeof s.reducedMotion === 'boolean') settings.reducedMotion = s.reducedMotion;
  if (typeof s.largeText === 'boolean') settings.largeText = s.largeText;
  return settings;
}

export function serializeSettings(settings: Settings): string {
  return JSON.stringify({ version: SETTINGS_VERSION, settings });
}

export interface SettingsStore {
  load(): Settings;
  /** True when saved; false when storage refused (the settings still apply for this page). */
  save(settings: Settings): boolean;
}

export function settingsStore(storage: SafeStorage = safeStorage()): SettingsStore {
  return {
    load: () => parseSettings(storage.get(SETTINGS_KEY)),
    save: (settings) => storage.set(SETTINGS_KEY, serializeSettings(settings)),
  };
}
