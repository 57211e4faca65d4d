/**
 * The check after the debrief, as a section of the debrief page: the same
 * questions as before the game. Once answered (or skipped) the answers are
 * put in the game's check record, and the caller rebuilds the replay link.
 */
import type { CheckAnswer, CheckRecord } from '../../engine/replay/check-bits.ts';
import { h } from '../dom.ts';
import { t } from '../locale/current.ts';
import { checkView } from './check-view.ts';
import { guideCheckQuestions } from './guide-check.ts';

/** Right answers, or null when that check was not taken (the engine's checkScore, which views may not import). */
const score = (answers: readonly CheckAnswer[] | undefined): number | null => (answers ? answers.filter((a) => a === 'right').length : null);

export interface PostCheckOptions {
  /** Where the live game keeps its check (LiveGame): read, and written once answered. */
  learning: { check: CheckRecord | undefined };
  announce(text: string): void;
  /** The answers are in the record: rebuild what shows the replay link. */
  onSaved(): void;
}

/** The post-check section, or null when this game has no check (the teacher did not turn it on). */
export function postCheckSection(options: PostCheckOptions): HTMLElement | null {
  const record = options.learning.check;
  if (!record) return null;
  const questions = guideCheckQuestions();
  if (record.post) {
    // Already answered (the debrief shown again): the score, not the form.
    return h('section', { class: 'card check check-post', 'aria-labelledby': 'check-post-heading' },
      h('h2', { id: 'check-post-heading' }, t.check.postHeading),
      h('p', { class: 'check-score' }, t.check.scoreLine(score(record.pre), score(record.post) ?? 0, questions.length)));
  }
  return checkView({
    phase: 'post',
    questions,
    heading: (text) => h('h2', null, text),
    scoreBefore: score(record.pre),
    announce: (text) => options.announce(text),
    onDone: (answers: CheckAnswer[] | null) => {
      if (!answers) return;
      options.learning.check = { ...record, post: answers };
      options.onSaved();
    },
  });
}
