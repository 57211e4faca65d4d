/** What the scenario-check worker says back: how far it has got, then one result. */
import type { Problem } from '../engine/problems.ts';

/** A file that passes may still have warnings: the balance targets it misses (as `npm run scenario:check` prints them). */
export type CheckResult = { ok: true; id: string; title: string; warnings: Problem[] } | { ok: false; problems: Problem[] };

/** The check's steps: reading the file (size, JSON, schema, ids), walking its games to every ending, then the balance figures. */
export type CheckStep = 'read' | 'walk' | 'balance';

/** `done` of `total` is the whole check's progress; the walks report many times while they run. */
export type CheckMessage = { kind: 'progress'; step: CheckStep; done: number; total: number } | ({ kind: 'result' } & CheckResult);
