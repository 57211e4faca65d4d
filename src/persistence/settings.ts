/**
 * Player settings, remembered in localStorage under a versioned key. Anything
 * unreadable (missing, corrupt JSON, another version, values out of range)
 * falls back to the defaults, field by field where the version matches.
 */
import type { TemperamentSetting, Unpredictability } from '../engine/model/state.ts';
import { safeStorage, type SafeStorage } from './storage.ts';

export const SETTINGS_KEY = 'linkage.settings';
export const SETTINGS_VERSION = 1;

export interface Settings {
  sound: boolean;
  /** 0–1. */
  volume: number;
  reducedMotion: boolean;
  largeText: boolean;
  /** The computer side's temperament, set by a teacher; part of each new game's input (and so of its replay code). */
  temperament: TemperamentSetting;
  /** How much chance the computer side adds to its choices. */
  unpredictability: Unpredictability;
  /** The five-question check before the briefing and after the debrief (each skippable). */
  learningCheck: boolean;
  /** Team mode: a discussion with a timer before each choice (a UI matter: the game's input does not change). */
  team: boolean;
  /** The team's discussion time per choice, one of DISCUSSION_CHOICES. */
  discussionSeconds: number;
}

/** The teacher's choices, in the order the title offers them (the engine's own lists, checked by the types). */
export const TEMPERAMENT_CHOICES = ['drawn', 'hard-line', 'pragmatic', 'history'] as const satisfies readonly TemperamentSetting[];
/** Discussion times a teacher can pick, in seconds: short ones for a demonstration, two minutes for a class. */
export const DISCUSSION_CHOICES = [10, 30, 60, 120, 180, 300] as const;
export const UNPREDICTABILITY_CHOICES = ['none', 'low', 'normal', 'high'] as const satisfies readonly Unpredictability[];
// Both lists name every value the engine accepts: a value added there fails the typecheck here.
const allTemperaments: Exclude<TemperamentSetting, (typeof TEMPERAMENT_CHOICES)[number]> extends never ? true : never = true;
const allLevels: Exclude<Unpredictability, (typeof UNPREDICTABILITY_CHOICES)[number]> extends never ? true : never = true;
void allTemperaments;
void allLevels;

function oneOf<T extends string>(choices: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (choices as readonly string[]).includes(value);
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  sound: true,
  volume: 0.7,
  reducedMotion: false,
  largeText: false,
  temperament: 'drawn',
  unpredictability: 'normal',
  learningCheck: false,
  team: false,
  discussionSeconds: 120,
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
  if (oneOf(TEMPERAMENT_CHOICES, s.temperament)) settings.temperament = s.temperament;
  if (oneOf(UNPREDICTABILITY_CHOICES, s.unpredictability)) settings.unpredictability = s.unpredictability;
  if (typeof s.learningCheck === 'boolean') settings.learningCheck = s.learningCheck;
  if (typeof s.team === 'boolean') settings.team = s.team;
  if ((DISCUSSION_CHOICES as readonly unknown[]).includes(s.discussionSeconds)) settings.discussionSeconds = s.discussionSeconds as number;
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
