/**
 * A teacher's file checked in a Web Worker (src/workers/scenario-check.ts), so
 * the reachability walk never freezes the page. Reports its progress as it goes,
 * during the walk too.
 */
import type { CheckMessage, CheckResult, CheckStep } from '../../workers/check-protocol.ts';
import { t } from '../locale/current.ts';

export type { CheckResult, CheckStep };

export function checkInWorker(text: string, onProgress: (done: number, total: number, step: CheckStep) => void): Promise<CheckResult> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('../../workers/scenario-check.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve({ ok: false, problems: [{ path: '', message: t.teacher.checkFailed }] });
      return;
    }
    worker.addEventListener('message', (event: MessageEvent<CheckMessage>) => {
      const m = event.data;
      if (m.kind === 'progress') return onProgress(m.done, m.total, m.step);
      worker.terminate();
      resolve(m.ok ? { ok: true, id: m.id, title: m.title, warnings: m.warnings } : { ok: false, problems: m.problems });
    });
    worker.addEventListener('error', () => {
      worker.terminate();
      resolve({ ok: false, problems: [{ path: '', message: t.teacher.checkFailed }] });
    });
    worker.postMessage(text);
  });
}
