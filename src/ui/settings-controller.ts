/**
 * The player's settings while the app runs: loaded from and saved to the
 * store, applied to the page (text size, motion), and kept in step with every
 * settings form on the page. The system's reduced-motion preference counts too.
 */
import type { Settings, SettingsStore } from '../persistence/settings.ts';
import { pageLanguage } from './locale/page-language.ts';
import { settingsForm, syncSettingsForm } from './settings-form.ts';

export interface SettingsHooks {
  /** Apply the settings to what the app owns (the stage, the sound). */
  applied(): void;
  /** The reduced-motion setting was changed by the player. */
  motionChanged(): void;
  /** The player chose another language. */
  languageChanged(tag: string): void;
}

export class SettingsController {
  private settings: Settings;
  private readonly motionQuery = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;

  constructor(private readonly store: SettingsStore, private readonly hooks: SettingsHooks) {
    this.settings = store.load();
  }

  get current(): Settings {
    return this.settings;
  }

  /** Team mode's discussion time in seconds, or null when team mode is off. */
  teamSeconds(): number | null {
    return this.settings.team ? this.settings.discussionSeconds : null;
  }

  reducedMotion(): boolean {
    return this.settings.reducedMotion || (this.motionQuery?.matches ?? false);
  }

  /** Applies the settings now and again whenever the system's motion preference changes. */
  start(): void {
    this.apply();
    this.motionQuery?.addEventListener('change', () => this.apply());
  }

  private apply(): void {
    const html = document.documentElement;
    html.classList.toggle('text-large', this.settings.largeText);
    html.classList.toggle('reduce-motion', this.reducedMotion());
    this.hooks.applied();
  }

  update(change: Partial<Settings>): void {
    this.settings = { ...this.settings, ...change };
    this.store.save(this.settings);
    this.apply();
    // Keep every settings form on the page in step.
    for (const form of document.querySelectorAll<HTMLElement>('[data-settings]')) syncSettingsForm(form, this.settings);
    if ('reducedMotion' in change) this.hooks.motionChanged();
  }

  /** A settings form (ids starting with `prefix`) wired to these settings; `teacher` adds the computer side's settings. */
  form(prefix: string, teacher = false): HTMLElement {
    return settingsForm(prefix, {
      settings: () => this.settings,
      update: (change) => this.update(change),
      language: pageLanguage,
      setLanguage: (tag) => this.hooks.languageChanged(tag),
    }, teacher);
  }

  sync(form: HTMLElement): void {
    syncSettingsForm(form, this.settings);
  }
}
