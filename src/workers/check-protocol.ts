/** What the scenario-check worker says back: how far it has got, then one result. */
import type { Problem } from '../engine/problems.ts';

export type CheckResult = { ok: true; id: string; title: string } | { ok: false; problems: Problem[] };

/** The check's two steps: reading the file (size, JSON, schema, ids), then walking its games to every ending. */
export type CheckStep = 'read' | 'walk';

/** `done` of `total` is the whole check's progress; the walk reports many times while it runs. */
export type CheckMessage = { kind: 'progress'; step: CheckStep; done: number; total: number } | ({ kind: 'result' } & CheckResult);
