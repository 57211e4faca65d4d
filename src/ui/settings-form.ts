/**
 * The settings fieldset (sound, volume, reduced motion, large text). It appears
 * on the title and in the menu; every copy on the page reads from the same
 * settings, so a change in one is synced into the others.
 */
import type { Settings } from '../persistence/settings.ts';
import { h } from './dom.ts';
import { t } from './locale/en.ts';

export interface SettingsFormHost {
  settings(): Settings;
  update(change: Partial<Settings>): void;
}

/** A settings form whose ids start with `prefix`, so two copies can share a page. */
export function settingsForm(prefix: string, host: SettingsFormHost): HTMLElement {
  const check = (key: 'sound' | 'reducedMotion' | 'largeText', label: string) => {
    const id = `${prefix}-${key}`;
    const input = h('input', { type: 'checkbox', id, 'data-key': key });
    input.addEventListener('change', () => host.update({ [key]: input.checked }));
    return h('div', { class: 'field field-check' }, input, h('label', { for: id }, label));
  };
  const volumeId = `${prefix}-volume`;
  const volume = h('input', { type: 'range', id: volumeId, min: 0, max: 100, step: 5, 'data-key': 'volume' });
  volume.addEventListener('input', () => host.update({ volume: Number(volume.value) / 100 }));
  const form = h('fieldset', { class: 'settings', 'data-settings': true },
    h('legend', null, t.settingsHeading),
    check('sound', t.sound),
    h('div', { class: 'field field-range' }, h('label', { for: volumeId }, t.volume), volume),
    check('reducedMotion', t.reducedMotion),
    check('largeText', t.largeText),
  );
  syncSettingsForm(form, host.settings());
  return form;
}

/** Puts the current settings into a form's inputs. */
export function syncSettingsForm(form: HTMLElement, settings: Settings): void {
  for (const input of form.querySelectorAll<HTMLInputElement>('input[data-key]')) {
    const key = input.dataset.key;
    if (key === 'volume') {
      input.value = String(Math.round(settings.volume * 100));
      input.disabled = !settings.sound;
      input.setAttribute('aria-valuetext', `${Math.round(settings.volume * 100)}%`);
    } else if (key === 'sound' || key === 'reducedMotion' || key === 'largeText') {
      input.checked = settings[key];
    }
  }
}
