/**
 * The five-question check as the game asks it: read from the teacher's guide
 * (its "check" section is the one source of the questions, their choices and
 * their answers), with each answer turned into the index of its choice.
 */
import type { GuideQuestion } from '../guide/guide-schema.ts';
import type { CheckAnswer } from '../../engine/replay/check-bits.ts';

/**
 * The question set the replay codes name. Bump it whenever a question, a
 * choice or an answer changes: codes from the old set then stay apart on the
 * class page. A test pins the questions to this number.
 */
export const CHECK_SET = 1;

export interface CheckQuestion {
  q: string;
  /** The choices as written, each starting with its letter ("A. …"). */
  choices: string[];
  /** Index of the right choice. */
  answer: number;
  /** The explanation, starting with the right letter. */
  why: string;
}

const LETTER = /^([A-Z])\.\s/;

/** The check's questions from the guide's "check" section; throws if an answer names no choice (a test runs this). */
export function checkQuestions(guide: { sections: ReadonlyArray<{ id: string; blocks: ReadonlyArray<object> }> }): CheckQuestion[] {
  const section = guide.sections.find((s) => s.id === 'check');
  const qa = section?.blocks.flatMap((b) => ('qa' in b ? (b as { qa: GuideQuestion[] }).qa : [])) ?? [];
  return qa.map((item) => {
    const choices = item.choices ?? [];
    const letter = LETTER.exec(item.a)?.[1];
    const answer = choices.findIndex((c) => LETTER.exec(c)?.[1] === letter);
    if (answer < 0) throw new Error(`The check's answer "${item.a.slice(0, 40)}" names none of its choices.`);
    return { q: item.q, choices, answer, why: item.a };
  });
}

/** Each question marked: the picked index (or null when left blank) against the key. */
export function markCheck(questions: readonly CheckQuestion[], picked: ReadonlyArray<number | null>): CheckAnswer[] {
  return questions.map((question, i) => {
    const choice = picked[i];
    if (choice === null || choice === undefined) return 'skipped';
    return choice === question.answer ? 'right' : 'wrong';
  });
}
