// @vitest-environment happy-dom
/** The five-question check: its answer keys, the concepts it tests, its set number, marking, and the form. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import guideJson from '../../src/ui/guide/teaching-guide.en.json';
import { CHECK_SET, checkQuestions, markCheck } from '../../src/ui/check/questions.ts';
import { checkView } from '../../src/ui/check/check-view.ts';
import { CHECK_QUESTIONS } from '../../src/engine/replay/check-bits.ts';
import { t } from '../../src/ui/locale/current.ts';

const questions = checkQuestions(guideJson);

describe('the check\'s answer keys', () => {
  it('has as many questions as a replay code stores, four choices each', () => {
    expect(questions).toHaveLength(CHECK_QUESTIONS);
    for (const q of questions) expect(q.choices).toHaveLength(4);
  });

  // One test per question: the key, and that the keyed choice says what the concept says.
  const keys: Array<[string, number, RegExp, RegExp]> = [
    ['linkage: Wang Yi\'s "cannot be separated"', 1, /^B\. Linkage: making cooperation on one issue depend/, /cannot be separated/],
    ['when linking gives leverage', 2, /^C\. When the other side wants agreement on the issue held back more/, /give it leverage/],
    ['BATNA', 0, /^A\. Improving what it can achieve without a deal \(its BATNA\)/, /strengthen a negotiator's hand/],
    ['the two-level game', 3, /^D\. It narrows the deals that would be accepted at home \(the win-set\)/, /two-level game/],
    ['policy and principle', 2, /^C\. Each government keeps its own term for a different position: the principle is China's; the policy is the US's own/, /一个中国政策.*一个中国原则/],
  ];
  it.each(keys.map((k, i) => [i + 1, ...k] as const))('question %i (%s): the answer is choice %i', (n, _name, answer, keyed, asked) => {
    const q = questions[n - 1]!;
    expect(q.answer).toBe(answer);
    expect(q.choices[q.answer]).toMatch(keyed);
    expect(q.q).toMatch(asked);
    // The explanation names the same letter, and no other choice is a copy of the keyed one.
    expect(q.why.startsWith(`${'ABCD'[answer]}. `)).toBe(true);
    expect(new Set(q.choices.map((c) => c.slice(3))).size).toBe(4);
  });

  it('does not put every answer under one letter', () => {
    expect(new Set(questions.map((q) => q.answer)).size).toBeGreaterThanOrEqual(3);
  });

  it('throws when an answer names no choice', () => {
    const broken = { sections: [{ id: 'check', blocks: [{ qa: [{ q: 'Q?', choices: ['A. x', 'B. y'], a: 'E. z' }] }] }] };
    expect(() => checkQuestions(broken)).toThrow(/names none of its choices/);
  });

  it('is set 1 for exactly these questions: change a question, a choice or an answer, and bump CHECK_SET', () => {
    const digest = createHash('sha256').update(JSON.stringify(questions.map((q) => [q.q, q.choices, q.answer]))).digest('hex').slice(0, 16);
    expect({ set: CHECK_SET, digest }).toEqual({ set: 1, digest: '7b9beea11f957c57' });
  });
});

describe('marking', () => {
  it('marks right, wrong and skipped against the key', () => {
    const keyed = questions.map((q) => q.answer);
    expect(markCheck(questions, keyed)).toEqual(['right', 'right', 'right', 'right', 'right']);
    expect(markCheck(questions, keyed.map((a) => (a + 1) % 4))).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'wrong']);
    expect(markCheck(questions, [keyed[0]!, null, (keyed[2]! + 1) % 4, null, keyed[4]!])).toEqual(['right', 'skipped', 'wrong', 'skipped', 'right']);
  });
});

describe('the check form', () => {
  it('labels every choice, and gives the marks on Done or null on Skip', () => {
    let got: unknown = 'nothing';
    const said: string[] = [];
    const view = checkView({ phase: 'pre', questions, heading: (text) => Object.assign(document.createElement('h1'), { textContent: text }), onDone: (a) => { got = a; }, announce: (s) => said.push(s) });
    document.body.replaceChildren(view);
    for (const radio of view.querySelectorAll('input[type="radio"]')) expect(view.querySelector(`label[for="${radio.id}"]`)?.textContent).not.toBe('');
    expect(view.querySelectorAll('fieldset legend')).toHaveLength(5);
    view.querySelector<HTMLInputElement>(`#check-pre-q1-${questions[0]!.answer}`)!.click();
    view.querySelector<HTMLInputElement>(`#check-pre-q2-${(questions[1]!.answer + 1) % 4}`)!.click();
    view.querySelector<HTMLButtonElement>('[data-action="check-done"]')!.click();
    expect(got).toEqual(['right', 'wrong', 'skipped', 'skipped', 'skipped']);
    expect(said).toEqual([t.check.savedPre]);
    const skipped = checkView({ phase: 'post', questions, heading: (text) => Object.assign(document.createElement('h2'), { textContent: text }), onDone: (a) => { got = a; }, announce: () => undefined });
    document.body.replaceChildren(skipped);
    skipped.querySelector<HTMLButtonElement>('[data-action="check-skip"]')!.click();
    expect(got).toBeNull();
  });
});
