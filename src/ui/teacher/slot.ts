/**
 * The title's "Your scenarios" section, for teachers: load a scenario file,
 * see it checked (in a worker, with a progress bar) and its problems listed
 * with their places, keep a valid one in this browser, choose or remove it.
 * A file's text is shown only as text.
 */
import type { Problem } from '../../engine/problems.ts';
import type { StoredScenario } from '../../persistence/teacher-scenarios.ts';
import { MAX_SCENARIO_BYTES_UI } from './limits.ts';
import { h } from '../dom.ts';
import { t } from '../locale/current.ts';
import { routeHash } from '../router.ts';
import { checkInWorker, type CheckResult } from './check-file.ts';
import { printLinks } from '../screens/chapters.ts';

const w = t.teacher;

export interface TeacherSlotHost {
  /** The teacher's scenarios known now, oldest first. */
  stored: readonly { id: string; title: string }[];
  /** Ids of the game's own chapters: a file may not reuse one. */
  builtIn: ReadonlySet<string>;
  /** A checked file and its warnings: keep it (as far as the browser allows) and list it; resolves to what was said. */
  add(file: StoredScenario, warnings: readonly Problem[]): Promise<Said>;
  remove(id: string): Promise<void>;
  announce(text: string): void;
  /** A message from before the title was shown again (a file kept, with its warnings; a file removed). */
  said: Said;
}

export interface Said { text: string; warnings: readonly Problem[] }

/** What was said, and a file's balance warnings listed by place, like its problems. */
function saidView(said: Said): (HTMLElement | string)[] {
  if (said.warnings.length === 0) return [said.text];
  return [h('p', null, said.text), h('p', null, w.warnings(said.warnings.length)), h('ul', { class: 'scenario-warnings' },
    said.warnings.map((p) => h('li', { 'data-path': p.path }, h('code', null, p.path || w.whole), ' ', p.message)))];
}

function problemList(name: string, result: Extract<CheckResult, { ok: false }>): HTMLElement {
  return h('div', { class: 'scenario-problems' },
    h('p', null, w.problems(name, result.problems.length)),
    h('ul', null, result.problems.map((p) => h('li', { 'data-path': p.path },
      h('code', null, p.path || w.whole), ' ', p.message))),
  );
}

export function teacherSlot(host: TeacherSlotHost): HTMLElement {
  const input = h('input', { type: 'file', id: 'teacher-file', accept: '.json,application/json', 'aria-describedby': 'teacher-intro' });
  const progress = h('progress', { id: 'teacher-progress', max: 1, value: 0, hidden: true, 'aria-label': w.checking });
  const status = h('p', { class: 'hint', role: 'status', id: 'teacher-status' });
  const found = h('div', { class: 'teacher-found', role: 'alert' }, ...saidView(host.said));

  const list = h('ul', { class: 'your-scenarios' }, host.stored.map((s) => h('li', { 'data-scenario': s.id },
    h('span', { class: 'your-title', id: `your-${s.id}-title` }, s.title),
    h('a', { class: 'btn', href: routeHash({ name: 'play', chapter: s.id }), 'aria-label': `${w.choose}: ${s.title}` }, w.choose),
    h('button', { type: 'button', class: 'btn', 'data-action': 'remove-scenario', 'aria-label': w.remove(s.title), onclick: () => void host.remove(s.id) }, w.removeShort),
    printLinks(s.id, `your-${s.id}-title`),
  )));

  input.addEventListener('change', () => void (async () => {
    const file = input.files?.[0];
    if (!file) return;
    found.replaceChildren();
    if (file.size > MAX_SCENARIO_BYTES_UI) {
      found.textContent = w.tooBig(file.name);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      found.textContent = w.unreadable(file.name);
      return;
    }
    progress.hidden = false;
    progress.value = 0;
    status.textContent = w.checking;
    let said = '';
    let result = await checkInWorker(text, (done, total, step) => {
      progress.max = total;
      progress.value = done;
      // The status is a live region: it changes with the step, not with each move of the bar.
      const now = w.checkingStep[step];
      if (now !== said) status.textContent = said = now;
    });
    progress.hidden = true;
    status.textContent = '';
    if (result.ok && host.builtIn.has(result.id)) result = { ok: false, problems: [{ path: 'id', message: w.takenId(result.id) }] };
    if (!result.ok) {
      found.replaceChildren(problemList(file.name, result));
      return;
    }
    // Usually the title shows again with the new list (and this message); if not, say it here.
    found.replaceChildren(...saidView(await host.add({ id: result.id, title: result.title, text, savedAt: Date.now() }, result.warnings)));
  })());

  return h('section', { class: 'card teacher-scenarios', 'aria-labelledby': 'teacher-heading' },
    h('h2', { id: 'teacher-heading' }, w.heading),
    h('p', { class: 'hint', id: 'teacher-intro' }, w.intro),
    h('div', { class: 'field field-stack' }, h('label', { for: 'teacher-file' }, w.fileLabel), input),
    progress,
    status,
    found,
    host.stored.length ? list : h('p', { class: 'hint' }, w.none),
  );
}
