/**
 * The five-question check as a form: one fieldset of radio buttons per
 * question, "Done" and "Skip the check". Before the game it is a screen of its
 * own; after the debrief it is a section of the debrief, which then shows the
 * score and the answers. Nothing is sent anywhere: the caller puts the marks
 * into the replay code.
 */
import type { CheckAnswer } from '../../engine/replay/check-bits.ts';
import { h } from '../dom.ts';
import { t } from '../locale/current.ts';
import { markCheck, type CheckQuestion } from './questions.ts';

const k = t.check;

export interface CheckViewOptions {
  phase: 'pre' | 'post';
  questions: readonly CheckQuestion[];
  /** The heading element (an h1 on its own screen, an h2 in the debrief). */
  heading: (text: string) => HTMLElement;
  /** The marks, or null when the check was skipped as a whole. */
  onDone(answers: CheckAnswer[] | null): void;
  announce(text: string): void;
  /** After the debrief: the score before the game, if that check was taken. */
  scoreBefore?: number | null;
}

function questionField(phase: string, question: CheckQuestion, i: number, total: number): HTMLFieldSetElement {
  const name = `check-${phase}-q${i + 1}`;
  return h('fieldset', { class: 'check-question', 'data-question': i + 1 },
    h('legend', null, h('span', { class: 'check-number' }, k.questionN(i + 1, total)), h('span', { class: 'check-q' }, question.q)),
    question.choices.map((choice, c) => {
      const id = `${name}-${c}`;
      return h('div', { class: 'field field-radio' },
        h('input', { type: 'radio', id, name, value: String(c), 'data-choice': c }),
        h('label', { for: id }, choice));
    }),
  );
}

/** The score and each question's answer with its explanation, shown after the post-check. */
function resultView(questions: readonly CheckQuestion[], picked: ReadonlyArray<number | null>, answers: readonly CheckAnswer[], before: number | null | undefined): HTMLElement {
  const right = answers.filter((a) => a === 'right').length;
  return h('div', { class: 'check-result' },
    h('p', { class: 'check-score', 'data-score': right }, k.scoreLine(before ?? null, right, questions.length)),
    h('h3', null, k.answersHeading),
    h('ol', { class: 'check-answers' }, questions.map((q, i) => {
      const choice = picked[i];
      return h('li', { 'data-answer': answers[i] },
        h('p', { class: 'check-q' }, q.q),
        h('p', null, choice === null || choice === undefined ? k.noAnswer : k.yourAnswer(q.choices[choice] ?? '')),
        h('p', { class: 'check-why' }, q.why));
    })),
  );
}

export function checkView(options: CheckViewOptions): HTMLElement {
  const { phase, questions } = options;
  const fields = questions.map((q, i) => questionField(phase, q, i, questions.length));
  const body = h('div', { class: 'check-body' });
  const picked = () => fields.map((field) => {
    const chosen = field.querySelector<HTMLInputElement>('input:checked');
    return chosen ? Number(chosen.value) : null;
  });
  const done = () => {
    const choices = picked();
    const answers = markCheck(questions, choices);
    if (phase === 'post') {
      body.replaceChildren(resultView(questions, choices, answers, options.scoreBefore));
      options.announce(`${k.saved(answers.filter((a) => a === 'right').length, questions.length)} ${k.replayUpdated}`);
    } else {
      options.announce(k.savedPre);
    }
    options.onDone(answers);
  };
  const skip = () => {
    if (phase === 'post') body.replaceChildren(h('p', null, k.skipped));
    options.announce(k.skipped);
    options.onDone(null);
  };
  const form = h('form', { class: 'check-form', 'data-check': phase, novalidate: true },
    fields,
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'btn btn-primary', 'data-action': 'check-done' }, k.submit),
      h('button', { type: 'button', class: 'btn', 'data-action': 'check-skip', onclick: skip }, k.skip),
    ),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    done();
  });
  body.append(form);
  const headingText = phase === 'pre' ? k.preHeading : k.postHeading;
  return h(phase === 'pre' ? 'div' : 'section', { class: `check check-${phase}${phase === 'post' ? ' card' : ''}`, 'aria-labelledby': phase === 'post' ? 'check-post-heading' : null },
    withId(options.heading(headingText), phase === 'post' ? 'check-post-heading' : null),
    h('p', { class: 'lead' }, phase === 'pre' ? k.preIntro : k.postIntro),
    body,
  );
}

function withId(el: HTMLElement, id: string | null): HTMLElement {
  if (id) el.id = id;
  return el;
}
