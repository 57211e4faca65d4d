/**
 * Checks a teacher's scenario file off the main thread, with the same checks
 * and messages as `npm run scenario:check`: size, JSON, schema and ids first,
 * then the walk for endings no path reaches, then (for a file that passes) the
 * balance figures as warnings. Each walk takes seconds on a large file; the page
 * stays responsive and its progress bar moves while they run: each walk reports
 * each thousandth of its way.
 */
import { balanceWarnings, checkScenario, parseScenarioText, ScenarioError, WALK_STEPS, type Problem } from '../engine/index.ts';
import type { CheckMessage } from './check-protocol.ts';

const post = (message: CheckMessage): void => postMessage(message);
/** Reading counts as a small part of the check; the two walks share the rest. */
const READ_STEPS = Math.ceil(WALK_STEPS / 19);
const TOTAL = READ_STEPS + 2 * WALK_STEPS;

function problemsOf(error: unknown): Problem[] {
  return error instanceof ScenarioError ? error.problems : [{ path: '', message: 'the file could not be checked' }];
}

addEventListener('message', (event: MessageEvent<unknown>) => {
  const text = typeof event.data === 'string' ? event.data : '';
  post({ kind: 'progress', step: 'read', done: 0, total: TOTAL });
  try {
    const scenario = parseScenarioText(text);
    post({ kind: 'progress', step: 'walk', done: READ_STEPS, total: TOTAL });
    const problems = checkScenario(scenario, {
      progress: (done) => post({ kind: 'progress', step: 'walk', done: READ_STEPS + done, total: TOTAL }),
    });
    if (problems.length > 0) return post({ kind: 'result', ok: false, problems });
    const after = READ_STEPS + WALK_STEPS;
    post({ kind: 'progress', step: 'balance', done: after, total: TOTAL });
    const warnings = balanceWarnings(scenario, undefined, undefined, (done) => {
      if (done < WALK_STEPS) post({ kind: 'progress', step: 'balance', done: after + done, total: TOTAL });
    });
    post({ kind: 'progress', step: 'balance', done: TOTAL, total: TOTAL });
    post({ kind: 'result', ok: true, id: scenario.id, title: scenario.title, warnings });
  } catch (error) {
    post({ kind: 'result', ok: false, problems: problemsOf(error) });
  }
});
