/**
 * Checks a teacher's scenario file off the main thread, with the same checks
 * and messages as `npm run scenario:check`: size, JSON, schema and ids first,
 * then the walk for endings no path reaches (up to about a second). The page
 * stays responsive and its progress bar moves while the walk runs: the walk
 * reports each thousandth of its way.
 */
import { checkScenario, parseScenarioText, ScenarioError, WALK_STEPS, type Problem } from '../engine/index.ts';
import type { CheckMessage } from './check-protocol.ts';

const post = (message: CheckMessage): void => postMessage(message);
/** Reading counts as a twentieth of the check; the walk is the rest. */
const READ_STEPS = Math.ceil(WALK_STEPS / 19);
const TOTAL = READ_STEPS + WALK_STEPS;

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
    post(problems.length > 0 ? { kind: 'result', ok: false, problems } : { kind: 'result', ok: true, id: scenario.id, title: scenario.title });
  } catch (error) {
    post({ kind: 'result', ok: false, problems: problemsOf(error) });
  }
});
