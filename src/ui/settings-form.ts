/**
 * The settings fieldset (sound, volume, reduced motion, large text). It appears
 * on the title and in the menu; every copy on the page reads from the same
 * settings, so a change in one is synced into the others. The title's copy also
 * has the teacher's settings for the computer side, which apply to new games
 * (so not in the menu, where they would seem to change the game in progress).
 */
import { TEMPERAMENT_CHOICES, UNPREDICTABILITY_CHOICES, type Settings } from '../persistence/settings.ts';
import { h } from './dom.ts';
import { t } from './locale/current.ts';
import { LANGUAGES } from './locale/languages.ts';
import { classroomFields } from './team/settings-fields.ts';

export interface SettingsFormHost {
  settings(): Settings;
  update(change: Partial<Settings>): void;
  /** The page's language now, and the switch to another (which reloads the page). */
  language(): string;
  setLanguage(tag: string): void;
}

/** The language control: each language named in itself, marked with its own `lang` so it is read in its own voice. */
function languageSelect(prefix: string, host: SettingsFormHost): HTMLElement {
  const id = `${prefix}-language`;
  const select = h('select', { id, 'data-language': true },
    LANGUAGES.map((l) => h('option', { value: l.tag, lang: l.tag }, l.name)));
  select.value = host.language();
  select.addEventListener('change', () => host.setLanguage(select.value));
  return h('div', { class: 'field field-select field-language' }, h('label', { for: id }, t.language), select);
}

type TeacherKey = 'temperament' | 'unpredictability';

/** A labelled select for one of the teacher's settings, with its hint. */
function teacherSelect(prefix: string, host: SettingsFormHost, key: TeacherKey, label: string, names: Record<string, string>, hint?: string): HTMLElement {
  const id = `${prefix}-${key}`;
  const hintId = hint ? `${id}-hint` : null;
  const choices: readonly string[] = key === 'temperament' ? TEMPERAMENT_CHOICES : UNPREDICTABILITY_CHOICES;
  const select = h('select', { id, 'data-key': key, 'aria-describedby': hintId },
    choices.map((value) => h('option', { value }, names[value] ?? value)));
  select.addEventListener('change', () => {
    // Only the listed values reach the settings; the store validates again when it reads them back.
    if (key === 'temperament') {
      const value = TEMPERAMENT_CHOICES.find((v) => v === select.value);
      if (value) host.update({ temperament: value });
    } else {
      const value = UNPREDICTABILITY_CHOICES.find((v) => v === select.value);
      if (value) host.update({ unpredictability: value });
    }
  });
  return h('div', { class: 'field field-select' },
    h('label', { for: id }, label), select,
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null);
}

/** The teacher's settings for the computer side (title only). */
function teacherFields(prefix: string, host: SettingsFormHost): HTMLElement {
  const m = t.model;
  return h('fieldset', { class: 'settings-teacher' },
    h('legend', null, m.teacherLegend),
    teacherSelect(prefix, host, 'temperament', m.temperamentLabel, m.temperament, m.temperamentHint),
    teacherSelect(prefix, host, 'unpredictability', m.unpredictabilityLabel, m.unpredictability),
  );
}

/** A settings form whose ids start with `prefix`, so two copies can share a page; `teacher` adds the computer side's settings. */
export function settingsForm(prefix: string, host: SettingsFormHost, teacher = false): HTMLElement {
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
    languageSelect(prefix, host),
    check('sound', t.sound),
    h('div', { class: 'field field-range' }, h('label', { for: volumeId }, t.volume), volume),
    check('reducedMotion', t.reducedMotion),
    check('largeText', t.largeText),
    teacher ? teacherFields(prefix, host) : null,
    teacher ? classroomFields(prefix, host) : null,
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
    } else if (key === 'sound' || key === 'reducedMotion' || key === 'largeText' || key === 'learningCheck' || key === 'team') {
      input.checked = settings[key];
    }
  }
  for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-key]')) {
    const key = select.dataset.key;
    if (key === 'temperament' || key === 'unpredictability') select.value = settings[key];
    if (key === 'discussionSeconds') select.value = String(settings.discussionSeconds);
  }
}
