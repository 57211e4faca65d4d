/** What the scenario-check worker says back: steps done, then one result. */
import type { Problem } from '../engine/problems.ts';

export type CheckResult = { ok: true; id: string; title: string } | { ok: false; problems: Problem[] };

export type CheckMessage = { kind: 'progress'; done: number; total: number } | ({ kind: 'result' } & CheckResult);
