/**
 * The learning check's answers inside a replay code (format 3): whether each
 * of the five questions was answered right, wrong or skipped, before play and
 * after the debrief. Only right/wrong travels, never which choice was picked,
 * so a code says no more about a student than the class page needs.
 *
 * Layout, after a format-2 body (most significant bit first):
 *
 *    4 bits    question set (1–15): which five questions; 0 is refused
 *    1 bit     a pre-check was taken
 *    1 bit     a post-check was taken
 *    per check taken (pre before post), per question:
 *              2 bits: 0 skipped, 1 right, 2 wrong (3 is refused)
 *
 * A format-3 code must hold at least one check: a game without one is written
 * as format 2, so each game keeps exactly one spelling.
 */
import type { BitReader, BitWriter } from './bits.ts';
import { ReplayError } from './errors.ts';

/** Questions in every set: the check has five, in the guide and on screen. */
export const CHECK_QUESTIONS = 5;
/** Set numbers fit in 4 bits; 0 is never written. */
export const MAX_CHECK_SET = 15;

export const CHECK_ANSWERS = ['skipped', 'right', 'wrong'] as const;
export type CheckAnswer = (typeof CHECK_ANSWERS)[number];

/** One game's check results. `pre` and `post` are absent when that check was not taken (or skipped as a whole). */
export interface CheckRecord {
  /** Which question set was asked (the guide's check, numbered by the UI). */
  set: number;
  pre?: CheckAnswer[];
  post?: CheckAnswer[];
}

/** True when there is something to write: a set and at least one check taken. */
export function hasCheck(check: CheckRecord | undefined): check is CheckRecord {
  return check !== undefined && (check.pre !== undefined || check.post !== undefined);
}

function validAnswers(answers: readonly CheckAnswer[] | undefined): boolean {
  return answers === undefined || (answers.length === CHECK_QUESTIONS && answers.every((a) => CHECK_ANSWERS.includes(a)));
}

/** Writes the check section. Throws ReplayError('malformed') for a record no decoder would read back. */
export function writeCheck(bits: BitWriter, check: CheckRecord): void {
  if (!Number.isInteger(check.set) || check.set < 1 || check.set > MAX_CHECK_SET || !validAnswers(check.pre) || !validAnswers(check.post)) {
    throw new ReplayError('malformed', 'These check answers cannot be stored in a replay code.');
  }
  bits.write(check.set, 4);
  bits.write(check.pre ? 1 : 0, 1);
  bits.write(check.post ? 1 : 0, 1);
  for (const answers of [check.pre, check.post]) {
    for (const answer of answers ?? []) bits.write(CHECK_ANSWERS.indexOf(answer), 2);
  }
}

function readAnswers(bits: BitReader): CheckAnswer[] {
  const answers: CheckAnswer[] = [];
  for (let i = 0; i < CHECK_QUESTIONS; i++) {
    const answer = CHECK_ANSWERS[bits.read(2)];
    if (answer === undefined) throw new ReplayError('malformed');
    answers.push(answer);
  }
  return answers;
}

/** Reads the check section of a format-3 code; refuses set 0 and a section with no check taken. */
export function readCheck(bits: BitReader): CheckRecord {
  const set = bits.read(4);
  const hasPre = bits.read(1) === 1;
  const hasPost = bits.read(1) === 1;
  if (set === 0 || (!hasPre && !hasPost)) throw new ReplayError('malformed');
  const check: CheckRecord = { set };
  if (hasPre) check.pre = readAnswers(bits);
  if (hasPost) check.post = readAnswers(bits);
  return check;
}

/** Right answers in one check, or null when it was not taken. */
export function checkScore(answers: readonly CheckAnswer[] | undefined): number | null {
  return answers ? answers.filter((a) => a === 'right').length : null;
}
