/**
 * The teacher's classroom settings in the title's settings form: the
 * five-question check, team mode and its discussion time. They apply to the
 * next game (the check) and to every round screen (team mode).
 */
import { DISCUSSION_CHOICES, type Settings } from '../../persistence/settings.ts';
import { h } from '../dom.ts';
import { t } from '../locale/current.ts';

interface Host {
  update(change: Partial<Settings>): void;
}

function checkbox(prefix: string, host: Host, key: 'learningCheck' | 'team', label: string, hint: string): HTMLElement {
  const id = `${prefix}-${key}`;
  const input = h('input', { type: 'checkbox', id, 'data-key': key, 'aria-describedby': `${id}-hint` });
  input.addEventListener('change', () => host.update({ [key]: input.checked }));
  // The hint below the row, so the box stays beside its label on a narrow screen.
  return h('div', { class: 'field-with-hint' },
    h('div', { class: 'field field-check' }, input, h('label', { for: id }, label)),
    h('p', { class: 'hint', id: `${id}-hint` }, hint));
}

/** Their own fieldset beside the computer side's, since they are about the lesson, not the counterpart. */
export function classroomFields(prefix: string, host: Host): HTMLElement {
  const id = `${prefix}-discussionSeconds`;
  const select = h('select', { id, 'data-key': 'discussionSeconds', 'aria-describedby': `${id}-hint` },
    DISCUSSION_CHOICES.map((seconds) => h('option', { value: String(seconds) }, t.team.duration(seconds))));
  select.addEventListener('change', () => {
    const seconds = DISCUSSION_CHOICES.find((s) => String(s) === select.value);
    if (seconds !== undefined) host.update({ discussionSeconds: seconds });
  });
  return h('fieldset', { class: 'settings-teacher settings-classroom' },
    h('legend', null, t.team.classroomLegend),
    checkbox(prefix, host, 'learningCheck', t.check.settingLabel, t.check.settingHint),
    checkbox(prefix, host, 'team', t.team.settingLabel, t.team.settingHint),
    h('div', { class: 'field field-select' }, h('label', { for: id }, t.team.timerLabel), select, h('p', { class: 'hint', id: `${id}-hint` }, t.team.timerHint)),
  );
}
