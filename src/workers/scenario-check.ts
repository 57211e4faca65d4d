/**
 * Checks a teacher's scenario file off the main thread, with the same checks
 * and messages as `npm run scenario:check`: size, JSON, schema and ids first,
 * then the walk for endings no path reaches (up to about a second). The page
 * stays responsive and shows the steps as they finish.
 */
import { checkScenario, parseScenarioText, ScenarioError, type Problem } from '../engine/index.ts';
import type { CheckMessage } from './check-protocol.ts';

const post = (message: CheckMessage): void => postMessage(message);

function problemsOf(error: unknown): Problem[] {
  return error instanceof ScenarioError ? error.problems : [{ path: '', message: 'the file could not be checked' }];
}

addEventListener('message', (event: MessageEvent<unknown>) => {
  const text = typeof event.data === 'string' ? event.data : '';
  post({ kind: 'progress', done: 0, total: 2 });
  try {
    const scenario = parseScenarioText(text);
    post({ kind: 'progress', done: 1, total: 2 });
    const problems = checkScenario(scenario);
    post({ kind: 'progress', done: 2, total: 2 });
    post(problems.length > 0 ? { kind: 'result', ok: false, problems } : { kind: 'result', ok: true, id: scenario.id, title: scenario.title });
  } catch (error) {
    post({ kind: 'result', ok: false, problems: problemsOf(error) });
  }
});
