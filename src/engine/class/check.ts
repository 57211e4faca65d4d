/**
 * The learning check across a class: per question and overall, how many
 * students were right before play and after the debrief. Only games whose
 * code carries a check of the expected question set count; others are
 * listed, since another set's questions cannot be added to these.
 */
import { CHECK_QUESTIONS, checkScore, type CheckAnswer } from '../replay/check-bits.ts';
import { meanTenths, percentOf } from './percent.ts';
import type { ClassGame } from './types.ts';

/** Right answers out of the checks taken, for one question or all of them. */
export interface CheckTally {
  /** Checks taken (a skipped question counts as taken and not right). */
  taken: number;
  right: number;
  /** right / taken, 0–100, rounded half up (0 when none taken). */
  percent: number;
}

export interface CheckSummary {
  set: number;
  /** Per question (in order): before and after. */
  questions: Array<{ before: CheckTally; after: CheckTally }>;
  /** All questions together: right answers out of (checks taken × questions). */
  before: CheckTally;
  after: CheckTally;
  /** Mean score out of CHECK_QUESTIONS, in tenths (32 = 3.2), over the games that took that check. */
  meanBeforeTenths: number;
  meanAfterTenths: number;
  /** Games that took both checks, and how many of them scored higher after. */
  paired: number;
  improved: number;
  /** Lines of games whose check was another question set (left out of every figure). */
  otherSet: number[];
}

const tally = (taken: number, right: number): CheckTally => ({ taken, right, percent: percentOf(right, taken) });

function count(list: ReadonlyArray<readonly CheckAnswer[]>, q: number): CheckTally {
  return tally(list.length, list.filter((answers) => answers[q] === 'right').length);
}

function sum(list: ReadonlyArray<readonly CheckAnswer[]>): number {
  return list.reduce((total, answers) => total + (checkScore(answers) ?? 0), 0);
}

/** The summary for question set `set`, or null when no game carries a check at all. */
export function summariseChecks(games: readonly ClassGame[], set: number): CheckSummary | null {
  const withCheck = games.filter((g) => g.inputs.check !== undefined);
  if (withCheck.length === 0) return null;
  const counted = withCheck.filter((g) => g.inputs.check!.set === set);
  const pre = counted.flatMap((g) => (g.inputs.check!.pre ? [g.inputs.check!.pre] : []));
  const post = counted.flatMap((g) => (g.inputs.check!.post ? [g.inputs.check!.post] : []));
  const both = counted.filter((g) => g.inputs.check!.pre && g.inputs.check!.post);
  const questions = Array.from({ length: CHECK_QUESTIONS }, (_, q) => ({ before: count(pre, q), after: count(post, q) }));
  return {
    set,
    questions,
    before: tally(pre.length * CHECK_QUESTIONS, sum(pre)),
    after: tally(post.length * CHECK_QUESTIONS, sum(post)),
    meanBeforeTenths: meanTenths(sum(pre), pre.length),
    meanAfterTenths: meanTenths(sum(post), post.length),
    paired: both.length,
    improved: both.filter((g) => checkScore(g.inputs.check!.post)! > checkScore(g.inputs.check!.pre)!).length,
    otherSet: withCheck.filter((g) => g.inputs.check!.set !== set).map((g) => g.line),
  };
}
