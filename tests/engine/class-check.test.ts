/** The learning check across a class: before and after, per question and overall, from pasted codes, and in the CSV. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Scenario as ScenarioSchema, playGame, type Scenario } from '../../src/engine/index.ts';
import { CHECK_ANSWERS, encodeReplay, type CheckAnswer, type CheckRecord } from '../../src/engine/replay/index.ts';
import { loadClassGames, parseClassInput, readCsv, summariseChecks, toCsv, type ClassGame } from '../../src/engine/class/index.ts';
import { BEIJING_PATH } from './helpers.ts';

const S: Scenario = ScenarioSchema.parse(JSON.parse(readFileSync(BEIJING_PATH, 'utf8')));
const lookup = new Map([[S.id, S]]);
const R = 'right', W = 'wrong', X = 'skipped';

function gameCode(seed: number, check?: CheckRecord): string {
  const choices = S.rounds.map((r, i) => ({ us: r.options.us[(seed + i) % r.options.us.length]!.id }));
  return encodeReplay(S, playGame(S, seed, 'us', choices), check);
}

function load(lines: string[]): ClassGame[] {
  const input = parseClassInput(lines.join('\n'));
  expect(input.problems).toEqual([]);
  const { games, problems } = loadClassGames(input.entries, lookup);
  expect(problems).toEqual([]);
  return games;
}

describe('summariseChecks', () => {
  // Worked by hand: three students with both checks, one with only the pre-check, one with none, one from another set.
  const a: CheckAnswer[] = [R, W, W, X, R]; // 2 before
  const a2: CheckAnswer[] = [R, R, R, W, R]; // 4 after
  const b: CheckAnswer[] = [W, W, W, W, W]; // 0 before
  const b2: CheckAnswer[] = [R, W, R, W, W]; // 2 after
  const c: CheckAnswer[] = [R, R, R, R, R]; // 5 before
  const c2: CheckAnswer[] = [R, R, W, R, R]; // 4 after (fell)
  const d: CheckAnswer[] = [R, X, X, X, X]; // 1 before, no post
  const games = load([
    `Ana: ${gameCode(1, { set: 1, pre: a, post: a2 })}`,
    `Bo: ${gameCode(2, { set: 1, pre: b, post: b2 })}`,
    `Cy: ${gameCode(3, { set: 1, pre: c, post: c2 })}`,
    `Di: ${gameCode(4, { set: 1, pre: d })}`,
    `Ed: ${gameCode(5)}`,
    `Fay: ${gameCode(6, { set: 2, pre: c, post: c })}`,
  ]);
  const summary = summariseChecks(games, 1)!;

  it('counts right answers per question, before and after', () => {
    expect(summary.questions.map((q) => [q.before.right, q.before.taken, q.after.right, q.after.taken])).toEqual([
      [3, 4, 3, 3],
      [1, 4, 2, 3],
      [1, 4, 2, 3],
      [1, 4, 1, 3],
      [2, 4, 2, 3],
    ]);
    expect(summary.questions[0]!.before.percent).toBe(75);
    expect(summary.questions[0]!.after.percent).toBe(100);
  });

  it('adds up overall, with mean scores and the students who improved', () => {
    expect(summary.before).toEqual({ taken: 20, right: 8, percent: 40 });
    expect(summary.after).toEqual({ taken: 15, right: 10, percent: 67 });
    expect(summary.meanBeforeTenths).toBe(20); // (2 + 0 + 5 + 1) / 4
    expect(summary.meanAfterTenths).toBe(33); // (4 + 2 + 4) / 3 = 3.33
    expect(summary.paired).toBe(3);
    expect(summary.improved).toBe(2);
  });

  it('leaves out another question set, naming its line, and is null without any check', () => {
    expect(summary.otherSet).toEqual([6]);
    expect(summariseChecks(games, 2)!.before.taken).toBe(5);
    expect(summariseChecks(load([gameCode(7), gameCode(8)]), 1)).toBeNull();
  });

  it('writes the scores and each answer to the CSV, empty where no check was taken', () => {
    const rows = readCsv(toCsv(S, games)).map((r) => r.fields);
    const head = rows[0]!;
    const col = (name: string) => head.indexOf(name);
    expect(col('check before')).toBeGreaterThan(0);
    const cell = (row: number, name: string) => rows[row]![col(name)];
    expect([cell(1, 'check before'), cell(1, 'check after'), cell(1, 'q2 before'), cell(1, 'q2 after')]).toEqual(['2', '4', 'wrong', 'right']);
    expect([cell(4, 'check before'), cell(4, 'check after'), cell(4, 'q1 after')]).toEqual(['1', '', '']);
    expect([cell(5, 'check before'), cell(5, 'q5 before')]).toEqual(['', '']);
    for (const answer of CHECK_ANSWERS) expect(rows.flat()).toContain(answer);
    // The file loads back with the same checks.
    const back = loadClassGames(parseClassInput(toCsv(S, games)).entries, lookup).games;
    expect(back.map((g) => g.inputs.check)).toEqual(games.map((g) => g.inputs.check));
  });
});
